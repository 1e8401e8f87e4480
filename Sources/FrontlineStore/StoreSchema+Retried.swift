import FrontlineReview
import GRDB

extension StoreSchema {
    /// `/retry` keeps a trainee's first attempt at a turn and marks it `retried`; the
    /// attempt that replaced it follows it with the next index. Reports read both;
    /// transcripts show the first as retried.
    static func addRetriedToTurns(_ db: Database) throws {
        try db.alter(table: "turns") { t in
            t.add(column: "retried", .boolean).notNull().defaults(to: false)
        }
    }

    /// Each turn keeps its empathy facets' scores (`FacetScores`), and so does each regrade.
    static func addFacetsToTurns(_ db: Database) throws {
        try db.alter(table: "turns") { t in t.add(column: "facets", .text) }
        try db.alter(table: "regraded_turns") { t in t.add(column: "facets", .text) }
    }
}
