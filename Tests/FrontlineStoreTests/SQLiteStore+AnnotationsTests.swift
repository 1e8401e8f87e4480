import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Annotations")
struct ProgressStoreAnnotationsTests {
    typealias F = ReviewFixture

    @Test("a note and overrides are stored beside the grader's scores, which stay", arguments: StoreKind.allCases)
    func noteAndOverrides(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try F.play(store)
            let before = try store.turns(session: id)
            let at = F.day(3)
            let added = try store.annotate(AnnotationRequest(
                sessionId: id, turnIndex: 1, supervisor: "رضا کریمی", note: "  لحن مناسب بود، \"ولی\" طولانی.  ",
                overrides: [.accuracy: 60, .empathy: 55.5], reason: "Apology was scripted, not sincere.", at: at))
            #expect(added.count == 3)
            #expect(added[0].note == "لحن مناسب بود، \"ولی\" طولانی." && added[0].override == nil)
            #expect(added.compactMap(\.override?.dimension) == [.empathy, .accuracy])
            #expect(added[1].override == ScoreOverride(dimension: .empathy, graderScore: 75, score: 55.5,
                                                        reason: "Apology was scripted, not sincere."))
            #expect(added[1].override?.delta == -19.5)
            #expect(added.allSatisfy { $0.sessionId == id && $0.turnIndex == 1 && $0.supervisor == "رضا کریمی" && $0.createdAt == at })
            #expect(try store.turns(session: id) == before, "the grader's scores are untouched")
            #expect(try store.annotations(session: id) == added)
            #expect(try store.annotations(session: id + 1).isEmpty)
            #expect(try store.annotationCounts(sessions: [id, id + 1]) == [id: 3])
        }
    }

    @Test("the latest override of a dimension is the effective one")
    func effectiveOverrides() throws {
        let store = try SQLiteStore.inMemory()
        let id = try F.play(store)
        try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "A", overrides: [.empathy: 40], reason: "r"))
        try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "B", overrides: [.empathy: 60], reason: "r"))
        try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "B", note: "n"))
        let all = try store.annotations(session: id)
        #expect(all.count == 3)
        #expect(all.effectiveOverrides[.empathy]?.score == 60)
        #expect(all.effectiveOverrides[.accuracy] == nil)
    }

    @Test("refusals say what to do, and write nothing", arguments: StoreKind.allCases)
    func refusals(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try F.play(store, record: { Fixture.turn($0, accuracy: nil) })
            func refused(_ request: AnnotationRequest) -> String {
                do {
                    try store.annotate(request)
                    return "accepted"
                } catch {
                    return "\(error)"
                }
            }
            #expect(refused(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", note: "  ")).contains("nothing to add"))
            #expect(refused(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", overrides: [.empathy: 50]))
                .contains("needs a reason"))
            #expect(refused(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", overrides: [.empathy: 101], reason: "r"))
                == "a empathy score must be between 0 and 100, not 101")
            #expect(refused(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", note: "n", overrides: [.accuracy: 50],
                                              reason: "r"))
                == "accuracy did not apply to turn 1, so there is no grader score to override")
            #expect(refused(AnnotationRequest(sessionId: id, turnIndex: 5, supervisor: "M", note: "n"))
                == "session \(id) has no turn 6; it has turns 1–2")
            #expect(refused(AnnotationRequest(sessionId: 999, turnIndex: 0, supervisor: "M", note: "n")) == "no session '999'")
            #expect(try store.annotations(session: id).isEmpty, "a refused request writes nothing, not even its note")
        }
    }

    @Test("the table refuses an annotation that is neither a note nor a full override")
    func checkConstraint() throws {
        let store = try SQLiteStore.inMemory()
        let id = try F.play(store)
        #expect(throws: StoreError.self) {
            try store.execute(sql: """
                INSERT INTO annotations (session_id, turn_id, supervisor, created_at, dimension, score)
                VALUES (\(id), 1, 'M', '2026-01-01 00:00:00.000', 'empathy', 50)
                """)
        }
    }

    @Test("deleting a session deletes its annotations")
    func cascade() throws {
        let store = try SQLiteStore.inMemory()
        let id = try F.play(store)
        try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", note: "n"))
        try store.execute(sql: "DELETE FROM sessions WHERE id = \(id)")
        #expect(try store.column(sql: "SELECT COUNT(*) FROM annotations") == ["0"])
    }
}
