import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

@Suite struct CalibrationJSONLTests {
    static func finding(_ id: String, _ outcome: Finding.Outcome, source: Finding.Source = .expectation) -> Finding {
        Finding(dimension: source == .expectation ? .accuracy : .empathy, criterionId: id, name: id, outcome: outcome,
                source: source, points: outcome == .triggered ? -10 : 0, possible: 10)
    }

    @Test func correctionsReplaceTheGradersJudgementInTheParaphraseFormat() throws {
        let findings = [Self.finding("ask-order", .missed), Self.finding("refund-window", .met),
                        Self.finding("refund-window.wrong-value", .triggered), Self.finding("warmth", .missed, source: .rubric),
                        Self.finding("greeting", .met, source: .rubric)]
        let turn = StoredTurn(id: 9, sessionId: 3, index: 1, turnId: "opening", customerLine: "Where is my refund?",
                              reply: "Refunds take 5 days, سلام", shownAt: Date(timeIntervalSince1970: 0), firstKeystrokeSeconds: nil,
                              sentSeconds: 3, scores: [.accuracy: 50], gradeOverall: 50, overall: 50, criticalFailure: false,
                              gradeMessage: nil, hintsUsed: 0, patienceBefore: 5, patienceAfter: 5, nudges: 0, next: "end",
                              findings: findings.enumerated().map { i, f in
                                  StoredFinding(id: Int64(i), position: i, dimension: f.dimension, criterionId: f.criterionId,
                                                name: f.name, outcome: f.outcome, source: f.source, points: f.points,
                                                possible: f.possible, isCritical: f.isCritical, evidence: nil, tip: nil, note: nil)
                              })
        func correction(_ id: String, met: Bool, at n: Int64) -> Annotation {
            Annotation(id: n, sessionId: 3, turnId: 9, turnIndex: 1, supervisor: "M", createdAt: Date(), note: nil,
                       override: ScoreOverride(dimension: .accuracy, graderScore: 50, score: 70, reason: "r"),
                       correction: CriterionCorrection(criterionId: id, name: id, dimension: .accuracy, graderMet: !met, met: met))
        }
        let session = StoredSession(id: 3, trainee: "Ava", scenarioId: "refund-request", scenarioTitle: "R", language: "en",
                                    mode: "coach", contentFingerprint: "f", status: .completed, startedAt: Date(),
                                    lastActivityAt: Date(), finishedAt: nil, endingId: nil, outcome: nil, debrief: nil,
                                    overall: 50, scores: [:], turnCount: 2, pid: 1, hostname: "h")
        let exported = ExportedSession(session: session, turns: [turn], annotations: [
            correction("ask-order", met: true, at: 1), correction("promise-instant-refund", met: true, at: 2),
        ])
        let text = try CalibrationJSONL.lines(exported)
        #expect(text.split(separator: "\n").count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["scenario"] as? String == "refund-request" && object["turn"] as? String == "opening")
        #expect(object["customer"] as? String == "Where is my refund?" && object["reply"] as? String == "Refunds take 5 days, سلام")
        #expect(object["met"] as? [String] == ["ask-order", "refund-window", "promise-instant-refund"])
        #expect(object["missed"] as? [String] == [], "uncorrected rubric criteria and wrong values stay out")
        #expect(object["id"] as? String == "session-3/turn-2")
        let uncorrected = ExportedSession(session: session, turns: [turn], annotations: [])
        #expect(try CalibrationJSONL.lines(uncorrected).isEmpty, "only corrected turns are test cases")
    }
}
