import Foundation
import FrontlineModel
import GRDB

extension SQLiteStore {
    /// How often and by how much supervisors' overrides disagree with the grader, per
    /// dimension and per criterion present on the overridden turns. Reads annotations and
    /// the findings of overridden turns only.
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
            let overriddenTurns = Set(overrides.map(\.turnId))

            // The criteria on each overridden turn, once per (criterion, outcome), of the
            // dimensions overridden on that turn (the others are skipped before any text is
            // read). Read through a cursor by column index: tens of thousands of findings.
            typealias Key = CalibrationArithmetic.CriterionKey
            var overriddenDimensions: [Int64: Set<String>] = [:]
            for override in overrides { overriddenDimensions[override.turnId, default: []].insert(override.dimension.rawValue) }
            var present: [Int64: [Key: String]] = [:]
            for chunk in Array(overriddenTurns).sorted().chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT turn_id, dimension, criterion_id, outcome, name FROM findings WHERE turn_id IN (\(marks))
                    """, arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    let turn: Int64 = row[0]
                    let dimension: String = row[1]
                    guard overriddenDimensions[turn]?.contains(dimension) == true else { continue }
                    present[turn, default: [:]][Key(dimension: dimension, criterion: row[2], outcome: row[3])] = row[4]
                }
            }
            return CalibrationArithmetic.report(graded: graded, reviewed: reviewed, overrides: overrides, present: present)
        }
    }
}
