import Foundation
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// The session a transcript shows: found by number or as the latest, with its turns,
/// annotations and only its own disputes.
@Suite struct TranscriptRunTests {
    @Test func theLatestSessionComesWithItsTurnsAndDisputes() throws {
        let store = try RegradeRunTests.store()
        let id = try SessionLookup.resolve("last", trainee: nil, in: store)
        try store.dispute(DisputeRequest(sessionId: id, turnIndex: 0, trainee: "Ava", reason: "I did apologise",
                                         at: Date(timeIntervalSince1970: 1_200)))
        let transcript = try TranscriptRun.load("last", trainee: nil, in: store)
        #expect(transcript.session.session.id == id)
        #expect(transcript.session.turns.map(\.turnId) == ["opening"])
        #expect(transcript.disputes.map(\.reason) == ["I did apologise"])
        #expect(try TranscriptRun.load("#\(id)", trainee: "Ava", in: store).session.session.id == id)
    }

    @Test func aSessionThatIsNotThereIsSaid() throws {
        let store = try RegradeRunTests.store()
        do {
            _ = try TranscriptRun.load("999", trainee: nil, in: store)
            Issue.record("session 999 was found")
        } catch let error as SessionError {
            #expect(error.description.hasPrefix("no such session '999'"))
        }
    }
}
