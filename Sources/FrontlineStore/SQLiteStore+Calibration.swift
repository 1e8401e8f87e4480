import Foundation
import FrontlineModel
import GRDB

extension SQLiteStore {
    /// How often and by how much supervisors disagree with the grader: per dimension from
    /// their overrides, per criterion from their corrections of that criterion. Reads the
    /// annotations, and counts the corrected criteria's findings in scope.
    public func calibration(_ filter: ReviewFilter) throws(StoreError) -> CalibrationReport {
        try read { db in
            let query = ReviewQuery(db: db, filter: filter, options: ReviewOptions())
            let condition = query.condition
            // The whole team over all time: the per-trainee rollup, not every session.
            let graded = query.isWholeHistoryOfTeam
                ? try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(turns), 0) FROM trainee_totals") ?? 0
                : try Int.fetchOne(db, sql: "SELECT COALESCE(SUM(s.turn_count), 0) FROM sessions s WHERE \(condition.sql)",
                                   arguments: condition.arguments) ?? 0
            let reviewed = try Int.fetchOne(db, sql: """
                SELECT COUNT(DISTINCT a.turn_id) FROM annotations a JOIN sessions s ON s.id = a.session_id WHERE \(condition.sql)
                """, arguments: condition.arguments) ?? 0
            let overrides = try query.effectiveOverrides()
            let corrections = try query.effectiveCorrections()
            let assessed = try query.assessedTurns(Set(corrections.map(\.correction.criterionId)))
            return CalibrationArithmetic.report(graded: graded, reviewed: reviewed, overrides: overrides,
                                                corrections: corrections, assessed: assessed)
        }
    }
}
