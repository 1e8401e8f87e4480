import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// `frontline regrade` without the command line: the filter picks the sessions, a dry run
/// saves nothing, a real run keeps the new scores beside the old, and content with a
/// pattern that does not compile is refused before anything is regraded.
@Suite struct RegradeRunTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let catalog = CatalogLoader.load(root: repository.path).catalog

    /// A store holding one refund-request session whose opening reply was recorded with
    /// scores the current rubrics would not give (empathy 0).
    static func store() throws -> any ProgressStore {
        let store = try StoreLocation(try StoreIntentTests.folder() + "/progress.sqlite").open(.write)
        let grade = Grade(scores: [.empathy: 0, .accuracy: 0], overall: 0, findings: [], criticalFailure: false)
        let record = TurnRecord(index: 0, turnId: "opening", customerLine: "My blender arrived cracked.",
                                reply: "I'm so sorry the blender arrived cracked, Dana. What's your order number?",
                                timings: Timings(firstKeystroke: 1, sent: 5), grade: grade, hintsUsed: 0, overall: 0,
                                patienceBefore: 60, patienceAfter: 60, nudges: 0, next: "end")
        let start = SessionStart(trainee: "Ava", scenarioId: "refund-request", scenarioTitle: "Refund", language: "en",
                                 mode: "coach", contentFingerprint: "0", startedAt: Date(timeIntervalSince1970: 1_000))
        let recorder = StoreRecorder(store: store, start: start, journalFolder: nil, now: { Date(timeIntervalSince1970: 1_100) })
        try recorder.sessionStarted(at: Date(timeIntervalSince1970: 1_000))
        try recorder.turnGraded(record, shownAt: Date(timeIntervalSince1970: 1_001))
        try recorder.sessionEnded(SessionSummary.of([record], status: .completed, ending: nil), at: Date(timeIntervalSince1970: 1_010))
        return store
    }

    func run(dryRun: Bool, scenario: String? = nil, since: Date? = nil) throws -> RegradeRun {
        RegradeRun(regrader: try Regrader(compiling: Self.catalog), scenario: scenario, since: since,
                   filterDescription: "test", dryRun: dryRun)
    }

    @Test func aDryRunTalliesTheMoveAndSavesNothing() throws {
        let store = try Self.store()
        let run = try run(dryRun: true)
        let sessions = try run.sessions(in: store)
        #expect(sessions.count == 1)
        var reported: [Int] = []
        let tally = try run.run(sessions, store: store, now: Date(timeIntervalSince1970: 2_000)) { reported.append($0) }
        #expect(reported == [1])
        #expect(tally.turns == 1 && tally.changed == 1)
        #expect(tally.before["empathy"]?.value == 0)
        #expect(try #require(tally.after["empathy"]?.value) > 0, "the apology and the name earn empathy now")
        #expect(try store.regradedOverall(session: sessions[0].id).isEmpty)
    }

    @Test func aRunKeepsTheNewScoresBesideTheRecordedOnes() throws {
        let store = try Self.store()
        let run = try run(dryRun: false)
        let sessions = try run.sessions(in: store)
        let tally = try run.run(sessions, store: store, now: Date(timeIntervalSince1970: 2_000))
        let regraded = try store.regradedOverall(session: sessions[0].id)
        #expect(regraded.count == 1)
        #expect(regraded.values.first == tally.after["overall"]?.value)
        #expect(try store.turns(session: sessions[0].id).first?.overall == 0, "the recorded score stays")
    }

    @Test func theFilterPicksByScenarioAndStart() throws {
        let store = try Self.store()
        #expect(try run(dryRun: true, scenario: "angry-caller").sessions(in: store).isEmpty)
        #expect(try run(dryRun: true, since: Date(timeIntervalSince1970: 5_000)).sessions(in: store).isEmpty)
        #expect(try run(dryRun: true, since: Date(timeIntervalSince1970: 1_000)).sessions(in: store).count == 1)
    }

    @Test func aSessionWhoseScenarioIsGoneIsSkippedAndCounted() throws {
        let store = try Self.store()
        let empty = Catalog(scenarios: [], rubrics: Self.catalog.rubrics, languages: Self.catalog.languages)
        let run = RegradeRun(regrader: Regrader(catalog: empty, library: GraderLibrary(catalog: empty)), scenario: nil,
                             since: nil, filterDescription: "", dryRun: true)
        let tally = try run.run(try run.sessions(in: store), store: store, now: Date())
        #expect(tally.turns == 0 && tally.skipped == [.scenarioGone: 1])
    }

    @Test func contentWithAPatternThatDoesNotCompileIsRefused() throws {
        let folder = Self.repository.appendingPathComponent("Tests/FrontlineCheckTests/Fixtures/bad-rubric-pattern")
        let catalog = CatalogLoader.load(root: folder.path).catalog
        #expect(throws: PatternRefusal.self) { _ = try Regrader(compiling: catalog) }
    }
}
