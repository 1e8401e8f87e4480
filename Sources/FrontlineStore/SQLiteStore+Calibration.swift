import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// How often and by how much supervisors disagree with the grader: per dimension from
    /// their overrides, per criterion from their corrections of that criterion. Reads the
    /// annotations, and counts the corrected criteria's findings in scope.
    public func calibration(_ filter: ReviewFilter) throws(StoreError) -> CalibrationReport {
        try read { db in try CalibrationReport.assemble(from: ReviewQuery(db: db, filter: filter)) }
    }
}

extension ReviewQuery {
    /// The whole team over all time: the per-trainee rollup, not every session.
    func gradedTurns() throws -> Int {
        isWholeHistoryOfTeam
            ? try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(turns), 0) FROM trainee_totals") ?? 0
            : try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(s.turn_count), 0) FROM sessions s WHERE \(condition.sql)",
                               arguments: condition.arguments) ?? 0
    }

    func reviewedTurns() throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT COUNT(DISTINCT a.turn_id) FROM annotations a JOIN sessions s ON s.id = a.session_id WHERE \(condition.sql)
            """, arguments: condition.arguments) ?? 0
    }
}
