import Foundation
import FrontlineLocale
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// The store a practice session records into: a file store as it is, and when the team
/// store is away as the session starts, the policy — fail, practise locally (said on
/// standard error), or ask the trainee (and with nobody to ask, fail).
@Suite struct PlayStoreTests {
    static let start = SessionStart(trainee: "Ava", scenarioId: "refund-request", scenarioTitle: "Refund", language: "en",
                                    mode: "coach", contentFingerprint: "f", startedAt: Date(timeIntervalSince1970: 1_000))

    @Test func aFileStoreRecordsTheSession() throws {
        let file = try StoreIntentTests.folder() + "/progress.sqlite"
        var notices: [String] = []
        let play = PlayStore(location: .file(file), policy: .fail, ask: nil, notice: { notices.append($0) })
        let recorder = try play.recorder(Self.start, messages: .english)
        try recorder.sessionStarted(at: Self.start.startedAt)
        let sessions = try StoreLocation.file(file).open(.read).sessions(trainee: "Ava", scenario: nil, limit: nil)
        #expect(sessions.map(\.scenarioId) == ["refund-request"])
        #expect(notices.isEmpty)
    }

    @Test func aStoreThatCannotBeOpenedIsTheUsersProblemInWords() throws {
        let folder = try StoreIntentTests.folder()
        let play = PlayStore(location: .file(folder), policy: .local, ask: nil, notice: { _ in })
        #expect(throws: SessionError(StoreError.folder(path: folder).description)) { try play.recorder(Self.start, messages: .english) }
    }

    @Test func theRecordersNoticesSpeakTheSessionsLanguage() throws {
        let file = try StoreIntentTests.folder() + "/progress.sqlite"
        let lv = Messages(.lv, pack: PlayContentTests.latvian)
        let recorder = try PlayStore(location: .file(file), policy: .fail, ask: nil, notice: { _ in }).recorder(Self.start, messages: lv)
        #expect(recorder.unreachableNotice("timeout").hasPrefix("Komandas krātuve nav sasniedzama (timeout)"))
        #expect(recorder.backNotice(3) == lv(.storeBack, ["n": "3"]))
    }

    #if PostgreSQL
    static let away = StoreLocation.postgres("postgres://nobody@127.0.0.1:1/frontline")

    func play(_ policy: UnreachablePolicy, ask: ((String) -> Bool)?, local: String, notices: @escaping (String) -> Void = { _ in }) -> PlayStore {
        PlayStore(location: Self.away, policy: policy, ask: ask, notice: notices, localFile: local, journalFolder: local + ".journal")
    }

    @Test func failRefusesWithWhatToDo() throws {
        let local = try StoreIntentTests.folder() + "/local.sqlite"
        do {
            _ = try play(.fail, ask: { _ in true }, local: local).recorder(Self.start, messages: .english)
            Issue.record("a session started without its store")
        } catch let error as SessionError {
            #expect(error.description.hasPrefix("cannot reach the team store at postgres://nobody@127.0.0.1:1/frontline ("))
            #expect(error.description.hasSuffix("try again later, or practise on this computer with --if-unreachable local"))
        }
        #expect(!FileManager.default.fileExists(atPath: local), "nothing is created")
    }

    @Test func localPractisesOnThisComputerAndSaysSo() throws {
        let local = try StoreIntentTests.folder() + "/local.sqlite"
        var notices: [String] = []
        let recorder = try play(.local, ask: nil, local: local, notices: { notices.append($0) }).recorder(Self.start, messages: .english)
        try recorder.sessionStarted(at: Self.start.startedAt)
        #expect(try StoreLocation.file(local).open(.read).sessionCount() == 1)
        #expect(notices.count == 1 && notices[0].hasSuffix("Practising on this computer (saved in \(local))."))
    }

    @Test func askAsksTheTraineeAndTakesTheirAnswer() throws {
        let local = try StoreIntentTests.folder() + "/local.sqlite"
        var questions: [String] = []
        _ = try play(.ask, ask: { questions.append($0); return true }, local: local).recorder(Self.start, messages: .english)
        #expect(questions.count == 1 && questions[0].hasSuffix("Practise on this computer instead (saved in \(local))? [Y/n] "))
        #expect(FileManager.default.fileExists(atPath: local))
        let declinedLocal = try StoreIntentTests.folder() + "/declined.sqlite"
        #expect(throws: PlayStore.Declined()) { try play(.ask, ask: { _ in false }, local: declinedLocal).recorder(Self.start, messages: .english) }
        #expect(!FileManager.default.fileExists(atPath: declinedLocal))
        // Nobody to ask (no terminal): as with fail.
        #expect(throws: SessionError.self) { try play(.ask, ask: nil, local: declinedLocal).recorder(Self.start, messages: .english) }
    }
    #endif
}
