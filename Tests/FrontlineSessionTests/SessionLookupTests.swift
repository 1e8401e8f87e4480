import Foundation
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// Which session and turn a user means, and what they are told when there is none.
@Suite struct SessionLookupTests {
    @Test func aSessionIsFoundByNumberOrAsTheLatest() throws {
        let store = try RegradeRunTests.store()
        let id = try #require(try store.sessions(trainee: nil, scenario: nil, limit: 1).first?.id)
        #expect(try SessionLookup.resolve("last", trainee: nil, in: store) == id)
        #expect(try SessionLookup.resolve(" #\(id) ", trainee: nil, in: store) == id)
        #expect(try SessionLookup.resolve("latest", trainee: "Ava", in: store) == id)
    }

    @Test func whatIsNotThereIsSaidWithWhatToDo() throws {
        let store = try RegradeRunTests.store()
        #expect(throws: SessionError("no such session 'abc': sessions are numbered (see 'frontline review --trainee NAME'), or use 'last'")) {
            try SessionLookup.resolve("abc", trainee: nil, in: store)
        }
        #expect(throws: SessionError("no such trainee 'Avaa'; did you mean 'Ava'?")) {
            try SessionLookup.resolve("last", trainee: "Avaa", in: store)
        }
        do {
            _ = try SessionLookup.resolve("999", trainee: nil, in: store)
            Issue.record("session 999 was found")
        } catch let error as SessionError {
            #expect(error.description.hasPrefix("no such session '999'"))
        }
    }

    @Test func aTurnIsItsNumberFromOneOrItsScenarioId() throws {
        let store = try RegradeRunTests.store()
        let id = try SessionLookup.resolve("last", trainee: nil, in: store)
        let turns = try store.turns(session: id)
        #expect(try SessionLookup.turnIndex("1", in: turns, session: id) == 0)
        #expect(try SessionLookup.turnIndex(" opening ", in: turns, session: id) == 0)
        #expect(throws: SessionError("session \(id) has no turn 2; it has turns 1–1")) {
            try SessionLookup.turnIndex("2", in: turns, session: id)
        }
        #expect(throws: SessionError("session \(id) has no turn 'openin'; did you mean 'opening'?")) {
            try SessionLookup.turnIndex("openin", in: turns, session: id)
        }
        #expect(throws: SessionError("session \(id) has no answered turns yet")) {
            try SessionLookup.turnIndex("1", in: [], session: id)
        }
    }
}
