#if PostgreSQL
import Foundation
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    /// Each trainee's mean per facet over the filtered sessions' graded turns, from the
    /// sessions' facet sums (kept by a trigger): one scan of the sessions in scope.
    public func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]] {
        let sums = FacetScores.names.map { "sum(s.\($0)_total)::float8 AS \($0)_total, sum(s.\($0)_turns)::int8 AS \($0)_turns" }
            .joined(separator: ", ")
        return try read { c in
            let condition = SessionCondition(filter)
            var result: [String: [String: Double]] = [:]
            for row in try c.rows("SELECT s.trainee, \(sums) FROM sessions s WHERE \(condition.sql) GROUP BY s.trainee", condition.values) {
                let trainee = try row.string("trainee")
                for facet in FacetScores.names {
                    let turns = try row.int64("\(facet)_turns")
                    if turns > 0, let total = try row.double("\(facet)_total") {
                        result[trainee, default: [:]][facet] = FacetScores.rounded(total / Double(turns))
                    }
                }
            }
            return result
        }
    }
}
#endif
