import Foundation
import FrontlineReview
import GRDB

extension SQLiteStore {
    public func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]] {
        let condition = SQLCondition.sessions(filter)
        let averages = FacetScores.names.map { facet in
            "AVG(json_extract(t.facets, '$.\(facet)'))"
        }.joined(separator: ", ")
        return try read { db in
            var result: [String: [String: Double]] = [:]
            // A store opened read-only may predate facets (and retried attempts): it has none.
            let columns = Set(try db.columns(in: "turns").map(\.name))
            guard columns.contains("facets"), columns.contains("retried") else { return result }
            for row in try Row.fetchAll(db, sql: """
                SELECT s.trainee, \(averages) FROM turns t JOIN sessions s ON s.id = t.session_id
                WHERE t.facets IS NOT NULL AND NOT t.retried AND \(condition.sql)
                GROUP BY s.trainee
                """, arguments: condition.arguments) {
                let trainee: String = row[0]
                for (i, facet) in FacetScores.names.enumerated() {
                    if let mean: Double = row[i + 1] { result[trainee, default: [:]][facet] = FacetScores.rounded(mean) }
                }
            }
            return result
        }
    }
}
