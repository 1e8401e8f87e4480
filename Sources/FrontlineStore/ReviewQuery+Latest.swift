import Foundation
import FrontlineReview
import GRDB

extension ReviewQuery {
    /// Each trainee's latest `count` scored sessions (within the team filter), newest
    /// first, for the stuck rule: one short query per trainee, a range of the review index each.
    func latestScores(of trainees: [String], count: Int) throws -> [String: [Double]] {
        let others = SQLCondition.sessions(filter.team)
        let statement = try db.cachedStatement(sql: """
            SELECT s.overall FROM sessions s
            WHERE s.trainee = ? AND \(others.sql) AND s.overall IS NOT NULL
            ORDER BY s.started_at DESC LIMIT ?
            """)
        var result: [String: [Double]] = [:]
        for trainee in trainees {
            result[trainee] = try Double.fetchAll(statement, arguments: StatementArguments([trainee]) + others.arguments + [count])
        }
        return result
    }
}
