import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Disputes")
struct DisputeTests {
    typealias F = ReviewFixture

    @Test("a trainee disputes their own turn; it is open in the review until a supervisor annotates the turn",
          arguments: StoreKind.allCases)
    func openUntilSettled(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try F.play(store, trainee: "Ava", turns: 2)
            let dispute = try store.dispute(DisputeRequest(sessionId: id, turnIndex: 1, trainee: "Ava",
                                                           reason: "  I did state the window  ", at: F.day(1)))
            #expect(dispute.turn == 2 && dispute.reason == "I did state the window" && dispute.isOpen)
            let open = try store.review(ReviewFilter()).openDisputes
            #expect(open.map(\.sessionId) == [id] && open.first?.turn == 2 && open.first?.trainee == "Ava")
            #expect(try store.review(ReviewFilter(trainee: "Ben")).openDisputes.isEmpty, "the filter applies")
            // An annotation of another turn settles nothing; one of the disputed turn settles it.
            try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", note: "n"))
            #expect(try store.disputes(ReviewFilter(), openOnly: true).count == 1)
            let note = try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 1, supervisor: "M", note: "checked",
                                                            at: F.day(2)))
            #expect(try store.disputes(ReviewFilter(), openOnly: true).isEmpty)
            let settled = try #require(try store.disputes(ReviewFilter(), openOnly: false).first)
            #expect(settled.settledBy == note.first?.id && settled.settledAt == F.day(2))
            #expect(try store.review(ReviewFilter()).openDisputes.isEmpty)
        }
    }

    @Test("another trainee's turn, a missing turn, an empty reason or a second open dispute is refused",
          arguments: StoreKind.allCases)
    func refusals(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try F.play(store, trainee: "Ava", turns: 1)
            #expect(throws: DisputeError.notYours(session: id, trainee: "Ava")) {
                try store.dispute(DisputeRequest(sessionId: id, turnIndex: 0, trainee: "Ben", reason: "r"))
            }
            #expect(throws: DisputeError.noSuchTurn(session: id, turn: 4, turns: 1)) {
                try store.dispute(DisputeRequest(sessionId: id, turnIndex: 4, trainee: "Ava", reason: "r"))
            }
            #expect(throws: DisputeError.reasonRequired) {
                try store.dispute(DisputeRequest(sessionId: id, turnIndex: 0, trainee: "Ava", reason: " "))
            }
            try store.dispute(DisputeRequest(sessionId: id, turnIndex: 0, trainee: "Ava", reason: "r"))
            #expect(throws: DisputeError.alreadyOpen(session: id, turn: 0)) {
                try store.dispute(DisputeRequest(sessionId: id, turnIndex: 0, trainee: "Ava", reason: "again"))
            }
            #expect(try store.disputes(ReviewFilter(), openOnly: false).count == 1)
        }
    }
}
