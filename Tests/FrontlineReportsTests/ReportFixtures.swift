import Foundation
import FrontlineModel
@testable import FrontlineReports

/// Fixed report data: four trainees (two with hostile names, one Persian, one Latvian),
/// three scenarios, sessions over three weeks, in UTC.
enum ReportFixtures {
    static let hostile = "<script>alert('x')</script>"
    static let quotes = "Tom & \"Jerry\" O'Neil"
    static let persian = "مریم رضایی"
    static let latvian = "Jānis Bērziņš"
    static let monday = Date(timeIntervalSince1970: 1_740_960_000) // Mon 3 Mar 2025 00:00 UTC
    static let utc = TimeZone(identifier: "UTC")!

    static func finding(_ id: String, _ outcome: FrontlineModel.Finding.Outcome, _ dimension: FrontlineModel.Dimension = .empathy,
                        source: FrontlineModel.Finding.Source = .rubric, name: String? = nil) -> ReportData.Finding {
        ReportData.Finding(dimension: dimension, criterionId: id, name: name ?? id.capitalized, outcome: outcome, source: source)
    }

    static func session(_ id: Int64, _ trainee: String, _ scenario: String, day: Int, overall: Double?,
                        empathy: Double? = nil, accuracy: Double? = nil, responseTime: Double? = 100,
                        title: String? = nil, language: String = "en", status: SessionSummary.Status = .completed,
                        turns: [ReportData.Turn] = []) -> ReportData.Session {
        let start = monday.addingTimeInterval(Double(day) * 86_400 + 3_600 * 10)
        var scores: [ReportMetric: Double] = [:]
        scores[.overall] = overall
        scores[.empathy] = empathy ?? overall.map { max(0, $0 - 8) }
        scores[.accuracy] = accuracy ?? overall.map { min(100, $0 + 5) }
        scores[.responseTime] = overall == nil ? nil : responseTime
        return ReportData.Session(id: id, trainee: trainee, scenarioId: scenario, scenarioTitle: title ?? scenario.capitalized,
                                  language: language, status: status, startedAt: start, lastActivityAt: start.addingTimeInterval(600),
                                  scores: scores, turns: turns)
    }

    static let twoTurns = [
        ReportData.Turn(findings: [finding("acknowledge", .missed), finding("apology", .met), finding("ask-order", .missed, .accuracy, source: .expectation)]),
        ReportData.Turn(findings: [finding("acknowledge", .missed), finding("apology", .missed), finding("blame", .triggered)]),
    ]

    static var sessions: [ReportData.Session] {
        [
            session(1, hostile, "refund-request", day: 0, overall: 40, turns: twoTurns),
            session(2, hostile, "refund-request", day: 8, overall: 62, turns: twoTurns),
            session(3, quotes, "angry-caller", day: 1, overall: 55, turns: twoTurns),
            session(4, quotes, "angry-caller", day: 15, overall: 81, turns: [twoTurns[0]]),
            session(5, persian, "late-delivery-fa", day: 2, overall: 70, title: "بسته‌ای که دیر رسید", language: "fa", turns: twoTurns),
            session(6, persian, "late-delivery-fa", day: 16, overall: 88, title: "بسته‌ای که دیر رسید", language: "fa", turns: [twoTurns[0]]),
            session(7, latvian, "refund-request", day: 9, overall: 75, turns: twoTurns),
            session(8, latvian, "angry-caller", day: 17, overall: nil, status: .abandoned),
        ]
    }

    static func data(_ sessions: [ReportData.Session] = sessions, filters: ReportData.Filters = .init()) -> ReportData {
        ReportData(generatedAt: monday.addingTimeInterval(20 * 86_400), storePath: "/srv/frontline/<store> & co.sqlite",
                   filters: filters, timeZone: utc, sessions: sessions)
    }

    /// Occurrences of `needle` in `text`.
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The text of the element that starts with `open` up to the first `close` after it.
    static func element(_ open: String, close: String, in text: String) -> String? {
        guard let start = text.range(of: open), let end = text.range(of: close, range: start.upperBound..<text.endIndex) else { return nil }
        return String(text[start.lowerBound..<end.upperBound])
    }
}
