#if PostgreSQL
import Foundation
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    public func review(_ filter: ReviewFilter, options: ReviewOptions) throws(StoreError) -> ReviewSummary {
        var summary = try read { c in try ReviewSummary.assemble(from: PostgresReview(c: c, filter: filter), options: options) }
        summary.addFacets(try facetAverages(filter))
        return summary
    }

    public func calibration(_ filter: ReviewFilter) throws(StoreError) -> CalibrationReport {
        try read { c in try CalibrationReport.assemble(from: PostgresReview(c: c, filter: filter)) }
    }

    public func trainees() throws(StoreError) -> [String] {
        try read { c in try c.rows("SELECT DISTINCT trainee FROM sessions ORDER BY trainee").map { try $0.string("trainee") } }
    }

    public func scenarioIds() throws(StoreError) -> [String] {
        try read { c in
            try c.rows("SELECT DISTINCT scenario_id FROM sessions ORDER BY scenario_id").map { try $0.string("scenario_id") }
        }
    }

    public func sessionCount() throws(StoreError) -> Int {
        try read { c in try c.row("SELECT COUNT(*)::int8 AS n FROM sessions")?.int("n") ?? 0 }
    }

    public func sessionIds(near id: Int64?, latest: Int) throws(StoreError) -> [Int64] {
        try read { c in
            var ids = try c.rows("SELECT id FROM sessions ORDER BY id DESC LIMIT $1", [.int(latest)]).map { try $0.int64("id") }
            if let id {
                ids += try c.rows("SELECT id FROM sessions WHERE id BETWEEN $1 AND $2 ORDER BY id",
                                  [.int(id &- 1000), .int(id &+ 1000)]).map { try $0.int64("id") }
            }
            return ids
        }
    }

    public func hasSessions(trainee: String) throws(StoreError) -> Bool {
        try read { c in try c.row("SELECT 1 AS one FROM sessions WHERE trainee = $1 LIMIT 1", [.text(trainee.storable)]) != nil }
    }
}
#endif
