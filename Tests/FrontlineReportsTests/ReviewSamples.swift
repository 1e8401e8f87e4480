import Foundation
import FrontlineModel
import FrontlineReview
@testable import FrontlineReports
import FrontlineTestSupport

/// Review values built by hand (no store), UTC, with names that break naive CSV and tables.
enum ReviewSamples {
    static let utc = TimeZone(identifier: "UTC")!
    static let monday = Date(timeIntervalSince1970: 1_767_571_200) // Mon 5 Jan 2026 00:00 UTC
    static let comma = "Whitfield, Dana"
    static let quotes = "Sam \"Coach\" Lee"
    static let persian = "مریم احمدی"
    static let latvian = "Jānis Bērziņš"
    static let newline = "Two\nLines"

    static func week(_ n: Int, _ average: Double?, sessions: Int = 2) -> TrendPoint {
        TrendPoint(weekStart: monday.addingTimeInterval(Double(n * 7) * 86_400), sessions: average == nil ? 0 : sessions,
                   average: average)
    }

    static func trainee(_ name: String, overall: Double?, stuck: StuckFlag? = nil, trend: [Double?] = [60, nil, 70]) -> TraineeSummary {
        TraineeSummary(trainee: name, sessions: SessionCounts(total: 3, completed: 2, abandoned: 1), turns: 12,
                       averages: ScoreAverages(overall: overall, empathy: overall.map { $0 - 5 }, accuracy: 90, responseTime: nil),
                       best: overall.map { $0 + 10 }, lastActivity: monday.addingTimeInterval(3 * 86_400 + 3600 * 14.5),
                       trend: trend.enumerated().map { week($0.offset, $0.element) }, stuck: stuck)
    }

    static var team: ReviewSummary {
        ReviewSummary(
            sessions: SessionCounts(total: 12, completed: 8, abandoned: 4), turns: 48,
            averages: ScoreAverages(overall: 71.4, empathy: 66.6, accuracy: 90, responseTime: nil),
            calibrated: ScoreAverages(empathy: 62, accuracy: 90), overrides: 3,
            trend: [week(0, 58), week(1, nil), week(2, 66), week(3, 74)],
            lastActivity: monday.addingTimeInterval(3 * 86_400 + 3600 * 14.5),
            trainees: [
                trainee(comma, overall: 80), trainee(quotes, overall: 75),
                trainee(persian, overall: 61, stuck: StuckFlag(reason: .belowPassMark, recent: [62, 58, 65], before: nil)),
                trainee(latvian, overall: 68, stuck: StuckFlag(reason: .noImprovement, recent: [66, 69, 64], before: 70)),
                trainee(newline, overall: nil, trend: [nil, nil, nil]),
            ],
            scenarios: [ScenarioSummary(scenarioId: "refund-request", title: "A blender, \"cracked\"", sessions: 12, completed: 8,
                                        average: 71.4, best: 95, lastPlayed: monday)],
            misses: [
                CriterionMiss(criterionId: "acknowledge-feelings", name: "Acknowledge how the customer feels",
                              dimension: .empathy, outcome: .missed, turns: 31, share: 31.0 / 48),
                CriterionMiss(criterionId: "dismissive", name: "Dismissive language", dimension: .empathy,
                              outcome: .triggered, turns: 2, share: 2.0 / 48),
            ],
            recent: [], passMark: 70, stuckAfter: 3)
    }

    static var oneTrainee: ReviewSummary {
        var summary = team
        summary.trainees = [trainee(persian, overall: 61, stuck: StuckFlag(reason: .belowPassMark, recent: [62, 58, 65], before: nil))]
        summary.recent = [
            ReviewedSession(id: 42, trainee: persian, scenarioId: "late-delivery-fa", scenarioTitle: "بسته‌ای که دیر رسید",
                            mode: "exam", status: .abandoned, startedAt: monday.addingTimeInterval(3600 * 9), turns: 4,
                            scores: ScoreAverages(overall: 58, empathy: 50, accuracy: 70, responseTime: 90), annotations: 2),
        ]
        return summary
    }

    static let start = Date(timeIntervalSince1970: 1_767_607_200) // Mon 5 Jan 2026 10:00 UTC

    static var exported: ExportedSession {
        let session = StoredSession(
            id: 7, trainee: comma, scenarioId: "refund-request", scenarioTitle: "A blender that arrived cracked", language: "en",
            mode: "coach", contentFingerprint: "0123456789abcdef0123", status: .completed, startedAt: start,
            lastActivityAt: start.addingTimeInterval(300), finishedAt: start.addingTimeInterval(300), endingId: "resolved",
            outcome: .resolved, debrief: "Well handled.", overall: 72.5, scores: [.empathy: 60, .accuracy: 85],
            turnCount: 2, pid: 1, hostname: "h")
        let findings = [
            StoredFinding(id: 1, position: 0, dimension: .empathy, criterionId: "sincere-apology", name: "Apologise sincerely",
                          outcome: .met, source: .rubric, points: 20, possible: 20, isCritical: false,
                          evidence: Evidence(start: 0, end: 11, text: "Sorry about"), tip: "Apologise for what happened.", note: nil),
            StoredFinding(id: 2, position: 1, dimension: .empathy, criterionId: "greeting", name: "Greet the customer",
                          outcome: .missed, source: .rubric, points: 0, possible: 5, isCritical: false, evidence: nil,
                          tip: "Open with a greeting - \"Hi Dana\".", note: nil),
            StoredFinding(id: 3, position: 2, dimension: .empathy, criterionId: "dismissive", name: "Dismissive language",
                          outcome: .triggered, source: .rubric, points: -10, possible: 0, isCritical: true,
                          evidence: Evidence(start: 12, end: 20, text: "calm down"), tip: "Never tell them to calm down.",
                          note: "said once"),
            StoredFinding(id: 4, position: 3, dimension: .accuracy, criterionId: "ask-order", name: "Ask for the order number",
                          outcome: .met, source: .expectation, points: 20, possible: 20, isCritical: false,
                          evidence: Evidence(start: 30, end: 42, text: "order number"), tip: nil, note: nil),
            StoredFinding(id: 5, position: 4, dimension: .responseTime, criterionId: "on-time", name: "Reply on time",
                          outcome: .measured, source: .rubric, points: 100, possible: 100, isCritical: false, evidence: nil,
                          tip: nil, note: "12 s against a 30 s target"),
        ]
        let first = StoredTurn(
            id: 10, sessionId: 7, index: 0, turnId: "opening", customerLine: "My blender arrived cracked, \"again\".",
            reply: "Sorry about that, calm down.\nWhat is your order number?", shownAt: start.addingTimeInterval(5),
            firstKeystrokeSeconds: 2.5, sentSeconds: 12.25, scores: [.empathy: 60, .accuracy: 100, .responseTime: 100],
            gradeOverall: 82, overall: 72, criticalFailure: true, gradeMessage: nil, hintsUsed: 1, patienceBefore: 60,
            patienceAfter: 50, nudges: 1, next: "order-found", findings: findings)
        let second = StoredTurn(
            id: 11, sessionId: 7, index: 1, turnId: "order-found", customerLine: "It's KX-20931.",
            reply: "متأسفم، Jānis — full refund.", shownAt: start.addingTimeInterval(40), firstKeystrokeSeconds: nil,
            sentSeconds: 30, scores: [.empathy: 60, .responseTime: 80], gradeOverall: 73, overall: 73,
            criticalFailure: false, gradeMessage: "no scenario facts for this turn", hintsUsed: 0, patienceBefore: 50,
            patienceAfter: 55, nudges: 0, next: "resolved", findings: [findings[1]])
        let annotations = [
            Annotation(id: 1, sessionId: 7, turnId: 10, turnIndex: 0, supervisor: "O'Brien, Pat", createdAt: start.addingTimeInterval(86_400),
                       note: nil, override: ScoreOverride(dimension: .empathy, graderScore: 60, score: 40, reason: "Told the customer to \"calm down\".")),
            Annotation(id: 2, sessionId: 7, turnId: 11, turnIndex: 1, supervisor: "رضا کریمی", createdAt: start.addingTimeInterval(90_000),
                       note: "لحن مناسب بود،\nولی کوتاه.", override: nil),
        ]
        return ExportedSession(session: session, turns: [first, second], annotations: annotations)
    }

    static func parseCSV(_ text: String) -> [[String]] { CSVReader.rows(text) }
}
