#if PostgreSQL
import Foundation
import FrontlineModel
import Testing
@testable import FrontlinePostgres
@testable import FrontlineStore

/// Disputes under row-level security, proved by logging in as each role.
@Suite("PostgreSQL disputes", .enabled(if: PostgresTesting.url != nil), .serialized)
struct PostgresDisputeRolesTests {
    typealias Team = PostgresRolesTests.Team

    @Test("a trainee disputes only their own turns; a supervisor settles only their team's")
    func disputes() throws {
        let team = try Team()
        defer { team.drop() }
        let ava = try team.store(as: team.ava), ben = try team.store(as: team.ben)
        let avas = try PostgresRolesTests.play(ava, trainee: "Ava")
        let bens = try PostgresRolesTests.play(ben, trainee: "Ben")

        try ava.dispute(DisputeRequest(sessionId: avas, turnIndex: 0, trainee: "Ava", reason: "I did apologise"))
        // Ava cannot see Ben's session, let alone dispute it, even naming him.
        #expect(throws: (any Error).self) {
            try ava.dispute(DisputeRequest(sessionId: bens, turnIndex: 0, trainee: "Ben", reason: "r"))
        }
        // Inserting past the store's checks is refused by the database too.
        #expect(throws: StoreError.self) {
            try ava.execute(sql: "INSERT INTO disputes (session_id, turn_id, trainee, reason, created_at) SELECT \(bens), t.id, 'Ben', 'r', now() FROM turns t")
        }
        try ben.dispute(DisputeRequest(sessionId: bens, turnIndex: 0, trainee: "Ben", reason: "too harsh"))

        let supervisor = try team.store(as: team.supervisor)
        #expect(try supervisor.review(ReviewFilter()).openDisputes.map(\.trainee) == ["Ava"], "their team's only")
        // Settling Ben's (team south) is refused; Ava's (north) is settled by the annotation.
        #expect(throws: (any Error).self) {
            try supervisor.annotate(AnnotationRequest(sessionId: bens, turnIndex: 0, supervisor: "S", note: "n"))
        }
        // A direct update reaches their team's rows only (Ben's stays untouched, below).
        try supervisor.execute(sql: "UPDATE disputes SET settled_at = now()")
        try supervisor.annotate(AnnotationRequest(sessionId: avas, turnIndex: 0, supervisor: "S", note: "You did; noted."))
        let manager = try team.store(as: team.manager)
        let open = try manager.disputes(ReviewFilter(), openOnly: true)
        #expect(open.map(\.trainee) == ["Ben"], "Ben's stays open; Ava's is settled")
        #expect(try manager.disputes(ReviewFilter(), openOnly: false).first { $0.trainee == "Ben" }?.settledAt == nil)
    }
}
#endif
