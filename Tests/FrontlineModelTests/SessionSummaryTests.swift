import Foundation
import Testing
@testable import FrontlineModel

/// `SessionSummary.of`: the session's overall score is the mean of the turns' overall
/// scores after hint costs, each dimension the mean of the turns it applied to, both
/// rounded to one decimal; the ending's id, outcome and debrief; no scores without turns;
/// and the summary's JSON round trip.
@Suite struct SessionSummaryTests {
    static func record(_ index: Int, overall: Double, scores: [FrontlineModel.Dimension: Double], gradeOverall: Double? = nil) -> TurnRecord {
        TurnRecord(index: index, turnId: "t\(index)", customerLine: "", reply: "", timings: Timings(sent: 10),
                   grade: Grade(scores: scores, overall: gradeOverall ?? overall, findings: [], criticalFailure: false),
                   hintsUsed: 0, overall: overall, patienceBefore: 50, patienceAfter: 50, nudges: 0, next: "t\(index + 1)")
    }

    @Test func scoresAreMeansRoundedToOneDecimal() {
        let records = [
            Self.record(0, overall: 70, scores: [.empathy: 80, .responseTime: 100]),
            Self.record(1, overall: 75, scores: [.accuracy: 100.0 / 3, .responseTime: 90]),
            Self.record(2, overall: 81, scores: [.empathy: 65, .responseTime: 95]),
        ]
        let ending = Ending(id: "resolved", outcome: .resolved, customer: "Paldies", debrief: "Labi paveikts.")
        let summary = SessionSummary.of(records, status: .completed, ending: ending)
        #expect(summary.overall == 75.3, "226 / 3 = 75.33…")
        #expect(summary.scores == [.empathy: 72.5, .accuracy: 33.3, .responseTime: 95])
        #expect(summary.turns == 3)
        #expect(summary.status == .completed)
        #expect(summary.endingId == "resolved")
        #expect(summary.outcome == .resolved)
        #expect(summary.debrief == "Labi paveikts.")
    }

    @Test func theOverallIsTheScoreAfterHintsNotTheGradesOwn() {
        let summary = SessionSummary.of([Self.record(0, overall: 60, scores: [.empathy: 90], gradeOverall: 90)], status: .completed, ending: nil)
        #expect(summary.overall == 60)
        #expect(summary.scores == [.empathy: 90])
    }

    @Test func halvesRoundAwayFromZero() {
        let summary = SessionSummary.of([Self.record(0, overall: 72, scores: [.empathy: 72]),
                                         Self.record(1, overall: 72.5, scores: [.empathy: 72.5])], status: .completed, ending: nil)
        #expect(summary.overall == 72.3)
        #expect(summary.scores[.empathy] == 72.3)
    }

    @Test func noTurnsMeansNoScores() {
        let summary = SessionSummary.of([], status: .abandoned, ending: nil)
        #expect(summary.overall == nil)
        #expect(summary.scores.isEmpty)
        #expect(summary.turns == 0)
        #expect(summary.status == .abandoned)
        #expect(summary.endingId == nil && summary.outcome == nil && summary.debrief == nil)
    }

    @Test func anEndingWithoutCustomerWordsStillGivesItsDebrief() {
        let ending = Ending(id: "قطع", outcome: .hungUp, customer: nil, debrief: "مشتری تماس را قطع کرد.")
        let summary = SessionSummary.of([Self.record(0, overall: 20, scores: [:])], status: .completed, ending: ending)
        #expect(summary.endingId == "قطع")
        #expect(summary.outcome == .hungUp)
        #expect(summary.debrief == "مشتری تماس را قطع کرد.")
        #expect(summary.scores.isEmpty, "no dimension applied")
        #expect(summary.overall == 20)
    }

    @Test func theSummaryRoundTripsThroughJSONWithSnakeCaseStatus() throws {
        let summary = SessionSummary(status: .inProgress, endingId: nil, outcome: .securityFailure, debrief: "x",
                                     overall: 42.5, scores: [.accuracy: 40], turns: 2)
        let data = try JSONEncoder().encode(summary)
        #expect(String(decoding: data, as: UTF8.self).contains("\"in_progress\""))
        #expect(String(decoding: data, as: UTF8.self).contains("\"security_failure\""))
        #expect(try JSONDecoder().decode(SessionSummary.self, from: data) == summary)
    }
}
