import GRDB

/// The progress store's schema: named, append-only migrations. Never edit a registered
/// migration; add a new one ("v2-…") below the last. A file that holds a migration this
/// build does not know was written by a newer Frontline and is refused untouched.
///
/// Scores live in their own columns (per dimension, NULL when not applicable) and every
/// finding in its own row, so that review queries (team averages, trends, most-missed
/// criteria) are plain SQL, and later migrations can add supervisor annotations and
/// regrades in their own tables while the grader's original scores stay as they are.
enum StoreSchema {
    /// `PRAGMA application_id` of every Frontline progress store ("FrLn").
    static let applicationId: Int32 = 0x4672_4C6E

    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-sessions-turns-findings", migrate: createSessionsTurnsFindings)
        migrator.registerMigration("v2-annotations", migrate: createAnnotationsAndMissRollups)
        migrator.registerMigration("v3-regrades", migrate: createRegrades)
        migrator.registerMigration("v4-true-outcomes", migrate: correctOutcomes)
        migrator.registerMigration("v5-criterion-corrections", migrate: addCriterionCorrections)
        migrator.registerMigration("v6-disputes", migrate: createDisputes)
        migrator.registerMigration("v7-retried-turns", migrate: addRetriedToTurns)
        migrator.registerMigration("v8-turn-facets", migrate: addFacetsToTurns)
        migrator.registerMigration("v9-session-facet-sums", migrate: addSessionFacetSums)
        return migrator
    }()

    static var knownMigrations: [String] { migrator.migrations }

    private static func createSessionsTurnsFindings(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationId)")

        try db.create(table: "sessions") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("trainee", .text).notNull()
            t.column("scenario_id", .text).notNull()
            t.column("scenario_title", .text).notNull()
            t.column("language", .text).notNull()
            t.column("mode", .text).notNull()
            t.column("content_fingerprint", .text).notNull()
            // in_progress | completed | abandoned | interrupted
            t.column("status", .text).notNull()
            t.column("started_at", .datetime).notNull()
            // The latest moment the session is known to have been alive (start, or a turn sent).
            t.column("last_activity_at", .datetime).notNull()
            t.column("finished_at", .datetime)
            t.column("ending_id", .text)
            t.column("outcome", .text)
            t.column("debrief", .text)
            t.column("overall", .double)
            t.column("empathy", .double)
            t.column("accuracy", .double)
            t.column("response_time", .double)
            t.column("turn_count", .integer).notNull().defaults(to: 0)
            // The process that ran the session, to spot sessions whose process died.
            t.column("pid", .integer).notNull()
            t.column("hostname", .text).notNull()
        }
        try db.create(index: "sessions_on_trainee_started_at", on: "sessions", columns: ["trainee", "started_at"])
        try db.create(index: "sessions_on_scenario_started_at", on: "sessions", columns: ["scenario_id", "started_at"])
        try db.create(index: "sessions_on_status", on: "sessions", columns: ["status"])

        try db.create(table: "turns") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("session_id", .integer).notNull().references("sessions", onDelete: .cascade)
            t.column("turn_index", .integer).notNull()
            t.column("scenario_turn_id", .text).notNull()
            t.column("customer_line", .text).notNull()
            t.column("reply", .text).notNull()
            t.column("shown_at", .datetime).notNull()
            t.column("first_keystroke_seconds", .double)
            t.column("sent_seconds", .double).notNull()
            t.column("empathy", .double)
            t.column("accuracy", .double)
            t.column("response_time", .double)
            // The grader's overall, before the hint cost.
            t.column("grade_overall", .double).notNull()
            // The overall after the hint cost: what the trainee saw.
            t.column("overall", .double).notNull()
            t.column("critical_failure", .boolean).notNull()
            t.column("grade_message", .text)
            t.column("hints_used", .integer).notNull()
            t.column("patience_before", .integer).notNull()
            t.column("patience_after", .integer).notNull()
            t.column("nudges", .integer).notNull()
            t.column("next", .text).notNull()
        }
        try db.create(index: "turns_on_session_id_turn_index", on: "turns", columns: ["session_id", "turn_index"],
                      options: .unique)

        try db.create(table: "findings") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("turn_id", .integer).notNull().references("turns", onDelete: .cascade)
            // Repeated from the turn so review queries need no join.
            t.column("session_id", .integer).notNull().references("sessions", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("dimension", .text).notNull()
            t.column("criterion_id", .text).notNull()
            t.column("name", .text).notNull()
            // met | missed | triggered | measured
            t.column("outcome", .text).notNull()
            // rubric | expectation
            t.column("source", .text).notNull()
            t.column("points", .double).notNull()
            t.column("possible", .double).notNull()
            t.column("is_critical", .boolean).notNull()
            // Unicode code points into the reply, end exclusive.
            t.column("evidence_start", .integer)
            t.column("evidence_end", .integer)
            t.column("evidence_text", .text)
            t.column("tip", .text)
            t.column("note", .text)
        }
        try db.create(index: "findings_on_turn_id_position", on: "findings", columns: ["turn_id", "position"],
                      options: .unique)
        try db.create(index: "findings_on_session_id", on: "findings", columns: ["session_id"])
        try db.create(index: "findings_on_criterion_id_outcome", on: "findings", columns: ["criterion_id", "outcome"])
    }
}
