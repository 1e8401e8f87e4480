import Foundation
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// Each trainee's mean per facet over the filtered sessions' graded turns, from the
    /// sessions' facet sums (kept by triggers, see `StoreSchema.addSessionFacetSums`): one
    /// scan of the sessions in scope, never a turn.
    public func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]] {
        let condition = SQLCondition.sessions(filter)
        let sums = FacetScores.names.map { "SUM(s.\($0)_total), SUM(s.\($0)_turns)" }.joined(separator: ", ")
        return try read { db in
            var result: [String: [String: Double]] = [:]
            // A store from before the sums is refused for reading until `frontline sync`.
            guard try db.columns(in: "sessions").contains(where: { $0.name == "warmth_turns" }) else { return result }
            for row in try Row.fetchAll(db, sql: "SELECT s.trainee, \(sums) FROM sessions s WHERE \(condition.sql) GROUP BY s.trainee",
                                        arguments: condition.arguments) {
                let trainee: String = row[0]
                for (i, facet) in FacetScores.names.enumerated() {
                    let total: Double = row[1 + 2 * i], turns: Int = row[2 + 2 * i]
                    if turns > 0 { result[trainee, default: [:]][facet] = FacetScores.rounded(total / Double(turns)) }
                }
            }
            return result
        }
    }
}
