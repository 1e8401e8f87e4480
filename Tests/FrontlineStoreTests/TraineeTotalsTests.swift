import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// `trainee_totals`, `trainee_weeks` and the per-session applicable-turn counts (migration v2-annotations)
/// always equal what the sessions and turns say, whatever happens to them.
@Suite("Trainee totals")
struct TraineeTotalsTests {
    typealias F = ReviewFixture

    static let recount = """
        SELECT trainee || '|' || COUNT(*) || '|' || SUM(status = 'completed') || '|' || SUM(status = 'abandoned') || '|' ||
          SUM(status = 'interrupted') || '|' || SUM(status = 'in_progress') || '|' || SUM(turn_count) || '|' ||
          printf('%.6f', TOTAL(overall)) || '|' || COUNT(overall) || '|' || printf('%.6f', TOTAL(empathy)) || '|' ||
          COUNT(empathy) || '|' || printf('%.6f', TOTAL(accuracy)) || '|' || COUNT(accuracy) || '|' ||
          printf('%.6f', TOTAL(response_time)) || '|' || COUNT(response_time) || '|' || COALESCE(MAX(overall), '-') || '|' ||
          MAX(last_activity_at)
        FROM sessions GROUP BY trainee ORDER BY trainee
        """
    static let rollup = """
        SELECT trainee || '|' || sessions || '|' || completed || '|' || abandoned || '|' || interrupted || '|' ||
          in_progress || '|' || turns || '|' || printf('%.6f', overall_sum) || '|' || overall_n || '|' ||
          printf('%.6f', empathy_sum) || '|' || empathy_n || '|' || printf('%.6f', accuracy_sum) || '|' || accuracy_n || '|' ||
          printf('%.6f', response_time_sum) || '|' || response_time_n || '|' || COALESCE(best, '-') || '|' || last_activity
        FROM trainee_totals ORDER BY trainee
        """

    func agree(_ store: any TestableStore, _ step: String = "") throws {
        #expect(try store.column(sql: Self.rollup) == store.column(sql: Self.recount), "\(step)")
        #expect(try store.column(sql: """
            SELECT week || '/' || trainee || '/' || scored || '/' || printf('%.6f', overall_sum) FROM trainee_weeks
            WHERE scored <> 0 ORDER BY week, trainee
            """) == store.column(sql: """
            SELECT week || '/' || trainee || '/' || n || '/' || printf('%.6f', total) FROM (
              SELECT CAST((julianday(started_at) - 2440591.5) / 7 AS INTEGER) AS week, trainee, COUNT(*) AS n,
                TOTAL(overall) AS total
              FROM sessions WHERE overall IS NOT NULL GROUP BY week, trainee)
            ORDER BY week, trainee
            """))
        #expect(try store.column(sql: """
            SELECT COUNT(*) FROM sessions s WHERE empathy_turns <> (SELECT COUNT(empathy) FROM turns WHERE session_id = s.id)
              OR accuracy_turns <> (SELECT COUNT(accuracy) FROM turns WHERE session_id = s.id)
              OR response_time_turns <> (SELECT COUNT(response_time) FROM turns WHERE session_id = s.id)
            """) == ["0"])
    }

    @Test("playing, finishing, interrupting, resuming and deleting keep them exact", arguments: StoreKind.sqlite)
    func lifecycle(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            try agree(store)
            let a = try F.play(store, trainee: "Ava", at: F.day(0), overall: 80, record: { Fixture.turn($0, accuracy: nil) })
            try agree(store)
            let b = try F.play(store, trainee: "Ava", at: F.day(1), overall: nil, turns: 1, status: .inProgress)
            try agree(store)
            try F.play(store, trainee: "Ben", at: F.day(2), overall: 55, status: .abandoned)
            try store.execute(sql: "UPDATE sessions SET status = 'interrupted' WHERE id = \(b)")
            try agree(store)
            try store.recordTurn(session: b, Fixture.turn(1), shownAt: F.day(1, hour: 1))
            try store.finishSession(b, summary: Fixture.summary(overall: 90), at: F.day(1, hour: 2))
            try agree(store)
            #expect(try store.column(sql: "SELECT best FROM trainee_totals WHERE trainee = 'Ava'") == ["90.0"])
            try store.execute(sql: "DELETE FROM sessions WHERE id = \(b)")
            try agree(store)
            #expect(try store.column(sql: "SELECT best FROM trainee_totals WHERE trainee = 'Ava'") == ["80.0"])
            try store.execute(sql: "UPDATE sessions SET trainee = 'Cai', overall = 20 WHERE id = \(a)")
            try agree(store)
            try store.execute(sql: "DELETE FROM turns WHERE session_id = \(a) AND turn_index = 0")
            try agree(store)
            try store.execute(sql: "DELETE FROM sessions")
            try agree(store)
            #expect(try store.column(sql: "SELECT COUNT(*) FROM trainee_totals") == ["0"])
        }
    }

    @Test("bulk sessions keep them exact too")
    func bulk() throws {
        let store = try SQLiteStore.inMemory()
        let records = (0..<3).map { Fixture.turn($0, accuracy: $0 == 1 ? nil : 80) }
        try store.insertBulk([BulkSession(start: Fixture.session(trainee: "Ava"),
                                          summary: SessionSummary.of(records, status: .completed, ending: nil),
                                          finishedAt: F.day(0, hour: 1), turns: records.map { ($0, F.day(0)) })])
        try agree(store)
        #expect(try store.column(sql: "SELECT accuracy_turns FROM sessions") == ["2"])
    }

    @Test("migrating a v1 store fills them from its sessions and turns")
    func backfill() throws {
        let store = try SQLiteStore.inMemory(upTo: "v1-sessions-turns-findings")
        try F.play(store, trainee: "Ava", at: F.day(0), overall: 70, record: { Fixture.turn($0, accuracy: nil) })
        try F.play(store, trainee: "Ben", at: F.day(1), overall: nil, status: .inProgress)
        try store.migrateToLatest()
        try agree(store)
        #expect(try store.column(sql: "SELECT empathy_turns || '/' || accuracy_turns FROM sessions ORDER BY id") == ["2/0", "2/2"])
    }
}
