import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

@Suite struct TranscriptTextCorrectionsTests {
    typealias S = ReviewSamples

    @Test func aCorrectionIsShownUnderTheGradersFindingAndADisputeUnderItsTurn() {
        var exported = S.exported
        let turn = exported.turns[0]
        exported.annotations.append(Annotation(
            id: 99, sessionId: exported.session.id, turnId: turn.id, turnIndex: 0, supervisor: "Pat",
            createdAt: S.monday, note: nil,
            override: ScoreOverride(dimension: .empathy, graderScore: 60, score: 75, reason: "it was a greeting"),
            correction: CriterionCorrection(criterionId: "greeting", name: "Greet the customer", dimension: .empathy,
                                            graderMet: false, met: true),
            turnOverall: 80))
        var text = TranscriptText(exported, width: 130, format: ReviewFormat(timeZone: S.utc))
        text.disputes = [Dispute(id: 1, sessionId: exported.session.id, turn: 1, trainee: "Dana", scenarioId: "refund-request",
                                 reason: "I said hello", createdAt: S.monday)]
        let rendered = text.render()
        #expect(rendered.contains("  ✗ Greet the customer (greeting) empathy 0/5\n    Tip: Open with a greeting - \"Hi Dana\".\n    ↳ supervisor: Greet the customer (greeting) met, not missed as graded"))
        #expect(rendered.contains("✎ correction Pat, 2026-01-05 00:00: greeting met, so empathy 60 → 75 (+15). Reason: it was a greeting"))
        #expect(rendered.contains("overall 72 (82 before hint cost) → 80 (supervisor)"))
        #expect(rendered.contains("⚑ dispute Dana, 2026-01-05 00:00 (open): I said hello"))
    }
}
