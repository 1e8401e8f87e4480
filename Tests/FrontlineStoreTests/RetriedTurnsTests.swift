import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// `/retry` keeps the first attempt, marked retried, and the new attempt after it.
@Suite("Retried turns")
struct RetriedTurnsTests {
    @Test("a retried turn is kept and marked; the new attempt follows it", arguments: StoreKind.allCases)
    func markAndRead(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            try store.markRetried(session: id, turnIndex: 0)
            try store.recordTurn(session: id, Fixture.turn(1), shownAt: Fixture.shownAt(1))
            let turns = try store.turns(session: id)
            #expect(turns.map(\.retried) == [true, false])
            #expect(turns.map(\.index) == [0, 1])
            let exported = try store.exportPage(ReviewFilter(), after: nil)
            #expect(exported.first?.turns.map(\.retried) == [true, false], "exports carry the mark too")
        }
    }

    @Test("marking a turn that is not there, or of a finished session, is a clear error", arguments: StoreKind.allCases)
    func refusals(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            #expect { try store.markRetried(session: id, turnIndex: 4) } throws: { "\($0)".contains("turn 4 of session \(id) is not recorded") }
            try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            try store.finishSession(id, summary: SessionSummary.of([Fixture.turn(0)], status: .completed, ending: nil), at: Fixture.shownAt(1))
            #expect { try store.markRetried(session: id, turnIndex: 0) } throws: { "\($0)".contains("can no longer be retried") }
            #expect(try store.turns(session: id).map(\.retried) == [false])
        }
    }
}
