import Foundation
import GRDB

extension ReviewQuery {
    /// Trainees whose latest scored sessions are all below the pass mark, or none better
    /// than the average of as many sessions before them (while below the mark at times).
    /// One short query per trainee, a range of the review index each: only the latest
    /// 2 × stuckAfter sessions per trainee are read.
    func stuckTrainees(_ trainees: [String]) throws -> [String: StuckFlag] {
        let k = options.stuckAfter
        let others = SQLCondition.sessions(filter.team)
        let statement = try db.cachedStatement(sql: """
            SELECT s.overall FROM sessions s
            WHERE s.trainee = ? AND \(others.sql) AND s.overall IS NOT NULL
            ORDER BY s.started_at DESC LIMIT ?
            """)
        var result: [String: StuckFlag] = [:]
        for trainee in trainees {
            let latest = try Double.fetchAll(statement, arguments: StatementArguments([trainee]) + others.arguments + [2 * k])
            if let flag = Self.stuckFlag(latest.reversed(), after: k, passMark: options.passMark) { result[trainee] = flag }
        }
        return result
    }

    /// `scores`: oldest first, at most 2k.
    static func stuckFlag(_ scores: [Double], after k: Int, passMark: Double) -> StuckFlag? {
        guard scores.count >= k else { return nil }
        let recent = Array(scores.suffix(k))
        let earlier = scores.dropLast(k)
        let before = earlier.count == k ? earlier.reduce(0, +) / Double(k) : nil
        if recent.allSatisfy({ $0 < passMark }) {
            return StuckFlag(reason: .belowPassMark, recent: recent, before: before)
        }
        if let before, recent.max()! <= before, recent.min()! < passMark {
            return StuckFlag(reason: .noImprovement, recent: recent, before: before)
        }
        return nil
    }
}
