import GRDB

extension StoreSchema {
    /// `frontline regrade` keeps the grader's original scores in `turns` and writes the new
    /// ones here, one batch per run, with the fingerprint of the content that produced them.
    static func createRegrades(_ db: Database) throws {
        try db.create(table: "regrades") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("created_at", .datetime).notNull()
            t.column("filter", .text).notNull()
        }
        try db.create(table: "regraded_turns") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("regrade_id", .integer).notNull().references("regrades", onDelete: .cascade)
            t.column("turn_id", .integer).notNull().references("turns", onDelete: .cascade)
            t.column("content_fingerprint", .text).notNull()
            t.column("empathy", .double)
            t.column("accuracy", .double)
            t.column("response_time", .double)
            t.column("grade_overall", .double).notNull()
            t.column("overall", .double).notNull()
            t.column("critical_failure", .boolean).notNull()
            t.uniqueKey(["regrade_id", "turn_id"])
        }
        try db.create(index: "regraded_turns_on_turn", on: "regraded_turns", columns: ["turn_id"])
    }
}
