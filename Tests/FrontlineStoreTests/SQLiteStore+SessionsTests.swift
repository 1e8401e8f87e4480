import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Sessions")
struct ProgressStoreSessionsTests {
    @Test("a started session is in progress and carries this process's pid and hostname", arguments: StoreKind.allCases)
    func startSession(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session(mode: "exam"))
            let session = try #require(try store.session(id))
            #expect(session.id == id)
            #expect(session.trainee == "Ava")
            #expect(session.scenarioId == "refund-late-parcel")
            #expect(session.scenarioTitle == "A parcel that never came")
            #expect(session.language == "en")
            #expect(session.mode == "exam")
            #expect(session.contentFingerprint == "0123456789abcdef")
            #expect(session.status == .inProgress)
            #expect(session.startedAt == Fixture.start)
            #expect(session.lastActivityAt == Fixture.start)
            #expect(session.finishedAt == nil && session.overall == nil && session.scores.isEmpty)
            #expect(session.turnCount == 0)
            #expect(session.pid == getpid())
            #expect(session.hostname == ProcessIdentity.current.hostname)
            #expect(try store.session(id + 1) == nil)
        }
    }

    @Test("finishing stores the ending, outcome, final scores and status", arguments: StoreKind.allCases)
    func finishSession(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            let end = Fixture.start.addingTimeInterval(600)
            try store.finishSession(id, summary: Fixture.summary(overall: 72.4), at: end)
            let session = try #require(try store.session(id))
            #expect(session.status == .completed)
            #expect(session.endingId == "refund-issued")
            #expect(session.outcome == .resolved)
            #expect(session.debrief == "Well handled.")
            #expect(session.overall == 72.4)
            #expect(session.scores == [.empathy: 70, .responseTime: 90])
            #expect(session.finishedAt == end)
            #expect(session.lastActivityAt == end)
            #expect(session.turnCount == 1)
        }
    }

    @Test("finishing an unknown, finished or still-running session is refused", arguments: StoreKind.allCases)
    func finishRefusals(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            #expect(throws: StoreError.unknownSession("42")) {
                try store.finishSession(42, summary: Fixture.summary(overall: 50), at: Fixture.start)
            }
            let id = try store.startSession(Fixture.session())
            #expect(throws: StoreError.self) {
                try store.finishSession(id, summary: Fixture.summary(overall: 50, status: .inProgress), at: Fixture.start)
            }
            try store.finishSession(id, summary: Fixture.summary(overall: nil, status: .abandoned), at: Fixture.start)
            #expect(try store.session(id)?.status == .abandoned)
            #expect(throws: StoreError.failed("session \(id) is already abandoned")) {
                try store.finishSession(id, summary: Fixture.summary(overall: 50), at: Fixture.start)
            }
        }
    }

    @Test("best scores count completed sessions only", arguments: StoreKind.allCases)
    func bestScores(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            #expect(try store.bestScore(trainee: "Ava", scenario: "refund-late-parcel") == nil)
            func play(_ trainee: String, _ scenario: String, _ overall: Double?, _ status: SessionSummary.Status) throws {
                let id = try store.startSession(Fixture.session(trainee: trainee, scenario: scenario))
                if status != .inProgress {
                    try store.finishSession(id, summary: Fixture.summary(overall: overall, status: status), at: Fixture.start)
                }
            }
            try play("Ava", "refund-late-parcel", 61, .completed)
            try play("Ava", "refund-late-parcel", 84.5, .completed)
            try play("Ava", "refund-late-parcel", 99, .abandoned)
            try play("Ava", "refund-late-parcel", nil, .inProgress)
            try play("Ava", "angry-upgrade", 40, .completed)
            try play("Ava", "angry-upgrade", nil, .completed)
            try play("Ava", "billing-twice", 90, .interrupted)
            try play("Ben", "refund-late-parcel", 97, .completed)
            #expect(try store.bestScore(trainee: "Ava", scenario: "refund-late-parcel") == 84.5)
            #expect(try store.bestScore(trainee: "Ava", scenario: "billing-twice") == nil)
            #expect(try store.bestScores(trainee: "Ava") == ["refund-late-parcel": 84.5, "angry-upgrade": 40])
            #expect(try store.bestScores(trainee: "Nobody") == [:])
        }
    }

    @Test("sessions are listed newest first, filtered and limited", arguments: StoreKind.allCases)
    func listing(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            var ids: [Int64] = []
            for (offset, (trainee, scenario)) in [("Ava", "a"), ("Ben", "a"), ("Ava", "b"), ("Ava", "a")].enumerated() {
                let startedAt = Fixture.start.addingTimeInterval(Double(offset) * 3600)
                ids.append(try store.startSession(Fixture.session(trainee: trainee, scenario: scenario, startedAt: startedAt)))
            }
            #expect(try store.sessions(trainee: nil, scenario: nil, limit: nil).map(\.id) == ids.reversed())
            #expect(try store.sessions(trainee: "Ava", scenario: nil, limit: nil).map(\.id) == [ids[3], ids[2], ids[0]])
            #expect(try store.sessions(trainee: nil, scenario: "a", limit: nil).map(\.id) == [ids[3], ids[1], ids[0]])
            #expect(try store.sessions(trainee: "Ava", scenario: "a", limit: 1).map(\.id) == [ids[3]])
            #expect(try store.sessions(trainee: "Zoe", scenario: nil, limit: nil).isEmpty)
            #expect(try store.sessions(trainee: nil, scenario: nil, limit: 0).isEmpty)
        }
    }

    @Test("names with SQL in them and Persian or Latvian text are stored verbatim", arguments: StoreKind.allCases)
    func verbatimText(kind: StoreKind) throws {
        let names = [
            "Robert'); DROP TABLE sessions;--",
            "x' OR '1'='1",
            "مریم رضایی\u{200C}نژاد",   // Persian with a zero-width non-joiner
            "Ģirts Ķēniņš",
            "Ģirts Ķēniņš".decomposedStringWithCanonicalMapping,   // the same name, decomposed
        ]
        try withStore(kind) { store throws in
            for name in names {
                let id = try store.startSession(Fixture.session(trainee: name, scenario: name))
                let session = try #require(try store.session(id))
                #expect(Array(session.trainee.utf8) == Array(name.utf8))
                #expect(Array(session.scenarioId.utf8) == Array(name.utf8))
                #expect(try store.sessions(trainee: name, scenario: nil, limit: nil).map(\.id) == [id])
            }
            #expect(try store.sessions().count == names.count)
        }
    }
}
