import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineReview
import FrontlineSession
import Testing
@testable import FrontlineTerminal

/// `frontline progress` as a trainee reads it: where to start with no sessions, the
/// averages, tracks with their steps, best per scenario, the most-missed criteria with
/// their tips and what to practise next, names from the store made terminal-safe.
@Suite struct ProgressTextTests {
    static let plain = TerminalStyle(enabled: false)
    static let track = Track(id: "new-hire", title: "New hire", steps: [
        .init(title: "Basics", scenarios: ["a", "b"], passMarks: PassMarks(overall: 70)),
        .init(title: "Harder", scenarios: ["c"], passMarks: PassMarks(overall: 75)),
    ], source: SourceFile(path: "t.track.yaml", fingerprint: "0"))
    static let catalog = Catalog(scenarios: [], rubrics: [], tracks: [track])

    static func session(_ id: Int64, _ scenario: String, overall: Double?, trainee: String = "dana") -> StoredSession {
        let start = Date(timeIntervalSince1970: 1_790_000_000 + Double(id) * 86_400)
        return StoredSession(id: id, trainee: trainee, scenarioId: scenario, scenarioTitle: scenario, language: "en", mode: "coach",
                             contentFingerprint: "0", status: .completed, startedAt: start, lastActivityAt: start, finishedAt: start,
                             endingId: nil, outcome: nil, debrief: nil, overall: overall, scores: [.empathy: 70, .accuracy: 90],
                             turnCount: 2, pid: 1, hostname: "h")
    }

    static func miss(_ id: Int64, _ criterion: String) -> StoredFinding {
        StoredFinding(id: id, position: 0, dimension: .empathy, criterionId: criterion, name: criterion.capitalized,
                      outcome: .missed, source: .rubric, points: 0, possible: 10, isCritical: false, evidence: nil,
                      tip: "tip for \(criterion)", note: nil)
    }

    func render(_ progress: TraineeProgress) -> String {
        ProgressText(style: Self.plain, width: 100, catalog: Self.catalog).render(progress)
    }

    @Test func withNoSessionsItSaysWhereToStart() {
        let text = render(TraineeProgress(trainee: "dana", sessions: [], findings: [], tracks: [Self.track], scenarioIds: []))
        #expect(text == "Progress for dana — 0 sessions, 0 completed\nNo sessions yet. Start with:  frontline play a")
    }

    @Test func aTraineeWithSessionsSeesAveragesTracksBestsMissesAndWhatNext() {
        let sessions = [Self.session(1, "a", overall: 72), Self.session(2, "b", overall: 64)]
        let findings = [Self.miss(1, "apologise"), Self.miss(2, "apologise"), Self.miss(3, "use-name")]
        var progress = TraineeProgress(trainee: "dana", sessions: sessions, findings: findings, tracks: [Self.track], scenarioIds: ["a", "b", "c"])
        progress.facets = ["warmth": 62.5, "courtesy": 80]
        let text = render(progress)
        #expect(text.hasPrefix("Progress for dana — 2 sessions, 2 completed\n"))
        #expect(text.contains("Averages: Empathy 70 · Accuracy 90 · Overall 68"))
        #expect(text.contains("Empathy facets: warmth 62.5 · courtesy 80"))
        #expect(text.contains("New hire — 0 of 2 steps passed"))
        #expect(text.contains("  ▶ Basics  (pass: "))
        #expect(text.contains("      a 72 ✓   b 64"))
        #expect(text.contains("  · Harder"), "a locked step is listed without its scenarios")
        #expect(!text.contains("      c "))
        #expect(text.contains("Best per scenario"))
        #expect(text.contains("Costliest misses (last \(ProgressRun.recentSessions) sessions; facts first, then points lost)"))
        #expect(text.contains("  ✗ Apologise (2×) — tip for apologise"))
        #expect(text.contains("Practise next: frontline play b"))
        #expect(!text.contains("\u{1B}["), "no colours with a plain style")
    }

    @Test func namesFromTheStoreCannotDriveTheTerminal() {
        let progress = TraineeProgress(trainee: "eve\u{1B}[2J", sessions: [Self.session(1, "a\u{1B}]0;x\u{07}", overall: 50, trainee: "eve")],
                                       findings: [], tracks: [], scenarioIds: [])
        let text = render(progress)
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasPrefix("Progress for eve\\u{1B}[2J"))
    }

    @Test func colouredScoresAtATerminal() {
        let progress = TraineeProgress(trainee: "dana", sessions: [Self.session(1, "a", overall: 85)], findings: [], tracks: [], scenarioIds: ["a"])
        let text = ProgressText(style: TerminalStyle(enabled: true), width: 100, catalog: Self.catalog).render(progress)
        #expect(text.contains(TerminalStyle(enabled: true).green("85")))
    }
}
