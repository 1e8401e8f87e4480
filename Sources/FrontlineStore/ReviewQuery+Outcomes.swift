import Foundation
import FrontlineReview
import GRDB

extension ReviewQuery {
    /// Sessions per trainee, scenario, week and outcome in scope: one grouped pass over the
    /// filtered sessions, through the index that covers it (migration v4-true-outcomes).
    func outcomes() throws -> OutcomeTally {
        var tally = OutcomeTally()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT s.trainee, s.scenario_id, \(Self.weekSQL) AS week, \(SessionOutcome.sql()) AS outcome, COUNT(*) AS n
            FROM sessions s INDEXED BY sessions_for_outcomes WHERE \(condition.sql) GROUP BY 1, 2, 3, 4
            """, arguments: condition.arguments)
        while let row = try rows.next() {
            tally.add(trainee: row[0], scenario: row[1], week: row[2], outcome: row[3], count: row[4])
        }
        return tally
    }
}
