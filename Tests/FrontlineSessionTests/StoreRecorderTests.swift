import Foundation
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// Recording a session as it is played: the session row, each turn as soon as it is
/// graded, a retried turn, and the ending; through a journal when one is kept.
@Suite struct StoreRecorderTests {
    static func record(_ index: Int) -> TurnRecord {
        let grade = Grade(scores: [.empathy: 70, .accuracy: 90], overall: 80, findings: [], criticalFailure: false)
        return TurnRecord(index: index, turnId: "t\(index)", customerLine: "My blender arrived cracked.", reply: "I'm so sorry.",
                          timings: Timings(firstKeystroke: 1, sent: 5), grade: grade, hintsUsed: 0, overall: 80,
                          patienceBefore: 60, patienceAfter: 65, nudges: 0, next: "end")
    }

    static func start() -> SessionStart {
        SessionStart(trainee: "Ava", scenarioId: "refund-request", scenarioTitle: "Refund", language: "en", mode: "coach",
                     contentFingerprint: "0", startedAt: Date(timeIntervalSince1970: 0))
    }

    func play(_ recorder: StoreRecorder) throws {
        try recorder.sessionStarted(at: Date(timeIntervalSince1970: 100))
        try recorder.turnGraded(Self.record(0), shownAt: Date(timeIntervalSince1970: 101))
        try recorder.turnRetried(Self.record(0))
        try recorder.turnGraded(Self.record(1), shownAt: Date(timeIntervalSince1970: 110))
        let records = [Self.record(1)]
        try recorder.sessionEnded(SessionSummary.of(records, status: .completed, ending: nil), at: Date(timeIntervalSince1970: 120))
    }

    @Test(arguments: [false, true])
    func everyTurnAndTheEndingAreStored(throughAJournal: Bool) throws {
        let folder = try StoreIntentTests.folder()
        let store = try StoreLocation(folder + "/progress.sqlite").open(.write)
        let journal = throughAJournal ? folder + "/journal" : nil
        let recorder = StoreRecorder(store: store, start: Self.start(), journalFolder: journal, now: { Date(timeIntervalSince1970: 200) })
        #expect(recorder.previousBest == nil)
        try play(recorder)
        #expect(recorder.takeNotice() == nil)
        let session = try #require(try store.sessions(trainee: "Ava", scenario: nil, limit: 1).first)
        #expect(session.status == .completed)
        #expect(session.startedAt == Date(timeIntervalSince1970: 100), "the start is when the recorder heard of it")
        let turns = try store.turns(session: session.id)
        #expect(turns.map(\.retried) == [true, false])
        if let journal {
            #expect(KeptTurns.deliverLeftovers(to: store, folder: journal) == nil, "nothing is left waiting")
        }
        let next = StoreRecorder(store: store, start: Self.start(), journalFolder: nil)
        #expect(next.previousBest != nil)
    }

    @Test func aDisputeNamesTheRecordedTurn() throws {
        let folder = try StoreIntentTests.folder()
        let store = try StoreLocation(folder + "/progress.sqlite").open(.write)
        let recorder = StoreRecorder(store: store, start: Self.start(), journalFolder: nil)
        #expect(throws: StoreError.self) { try recorder.dispute(turnIndex: 0, reason: "too early") }
        try play(recorder)
        let dispute = try recorder.dispute(turnIndex: 0, reason: "I did apologise")
        #expect(dispute.reason == "I did apologise")
    }
}
