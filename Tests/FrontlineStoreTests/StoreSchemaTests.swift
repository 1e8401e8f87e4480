import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Schema")
struct StoreSchemaTests {
    @Test("migrations are named and applied", arguments: StoreKind.sqlite)
    func migrations(kind: StoreKind) throws {
        // Later migrations (v3-regrades, …) follow; these two come first, in this order.
        #expect(StoreSchema.knownMigrations.prefix(2) == ["v1-sessions-turns-findings", "v2-annotations"])
        try withStore(kind) { store throws in
            #expect(try store.column(sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
                    == StoreSchema.knownMigrations)
            #expect(try store.column(sql: "PRAGMA application_id") == [String(StoreSchema.applicationId)])
        }
    }

    @Test("tables and the indexes review queries need", arguments: StoreKind.sqlite)
    func tablesAndIndexes(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let tables = try store.column(sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            #expect(Set(tables).isSuperset(of: ["annotations", "criterion_misses", "daily_misses", "findings", "grdb_migrations",
                                                "session_misses", "sessions", "trainee_misses", "trainee_totals", "trainee_weeks",
                                                "turns"]))
            let indexes = Set(try store.column(sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
            #expect(indexes.isSuperset(of: [
                "sessions_on_trainee_started_at", "sessions_on_scenario_started_at", "sessions_on_status",
                "turns_on_session_id_turn_index", "findings_on_turn_id_position", "findings_on_session_id",
                "findings_on_criterion_id_outcome", "annotations_on_session_id", "annotations_on_turn_id",
                "sessions_for_review", "sessions_by_trainee_for_review",
            ]))
            let triggers = try store.column(sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            #expect(Set(triggers).isSuperset(of: [
                "findings_count_misses", "findings_uncount_misses", "sessions_uncount_misses", "turns_count_dimensions",
                "turns_uncount_dimensions", "sessions_add_to_trainee_totals", "sessions_update_trainee_totals",
                "sessions_recheck_trainee_maxima", "sessions_remove_from_trainee_totals", "sessions_add_to_trainee_weeks",
                "sessions_update_trainee_weeks", "sessions_remove_from_trainee_weeks", "sessions_move_trainee_misses",
            ]))
        }
    }

    @Test("the store's and review's queries use those indexes", arguments: [
        ("SELECT * FROM sessions WHERE trainee = 'a' ORDER BY started_at DESC", "sessions_on_trainee_started_at"),
        ("SELECT * FROM sessions WHERE scenario_id = 'a' ORDER BY started_at DESC", "sessions_on_scenario_started_at"),
        ("SELECT * FROM sessions WHERE status = 'in_progress'", "sessions_on_status"),
        ("SELECT * FROM turns WHERE session_id = 1 ORDER BY turn_index", "turns_on_session_id_turn_index"),
        ("SELECT * FROM findings WHERE session_id = 1", "findings_on_session_id"),
        ("SELECT * FROM findings WHERE turn_id = 1 ORDER BY position", "findings_on_turn_id_position"),
        ("SELECT criterion_id, COUNT(*) FROM findings WHERE criterion_id = 'x' AND outcome = 'missed'",
         "findings_on_criterion_id_outcome"),
    ])
    func queryPlans(query: String, index: String) throws {
        let store = try SQLiteStore.inMemory()
        let plan = try store.column(sql: "EXPLAIN QUERY PLAN " + query, at: 3).compactMap { $0 }.joined(separator: "; ")
        #expect(plan.contains(index), "\(plan)")
    }

    @Test("foreign keys are enforced and deleting a session deletes its turns and findings", arguments: StoreKind.sqlite)
    func foreignKeys(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            #expect(try store.column(sql: "PRAGMA foreign_keys") == ["1"])
            #expect(throws: StoreError.self) {
                try store.execute(sql: """
                    INSERT INTO turns (session_id, turn_index, scenario_turn_id, customer_line, reply, shown_at,
                      sent_seconds, grade_overall, overall, critical_failure, hints_used, patience_before,
                      patience_after, nudges, next)
                    VALUES (999, 0, 't', 'c', 'r', '2026-01-01 00:00:00.000', 1, 1, 1, 0, 0, 0, 0, 0, 'n')
                    """)
            }
            let id = try store.startSession(Fixture.session())
            try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            try store.execute(sql: "DELETE FROM sessions WHERE id = \(id)")
            #expect(try store.column(sql: "SELECT COUNT(*) FROM turns") == ["0"])
            #expect(try store.column(sql: "SELECT COUNT(*) FROM findings") == ["0"])
        }
    }

    @Test("an on-disk store uses WAL and waits at least 5 s for a busy file")
    func walAndBusyTimeout() throws {
        #expect(SQLiteStore.busyTimeout >= 5)
        try withStore(.disk) { store throws in
            #expect(try store.column(sql: "PRAGMA journal_mode") == ["wal"])
            #expect(try store.column(sql: "PRAGMA busy_timeout") == [String(Int(SQLiteStore.busyTimeout * 1000))])
        }
    }
}
