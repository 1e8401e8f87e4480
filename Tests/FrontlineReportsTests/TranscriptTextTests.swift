import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

@Suite struct TranscriptTextTests {
    typealias S = ReviewSamples

    var text: String { TranscriptText(S.exported, width: 130, format: ReviewFormat(timeZone: S.utc)).render() }

    @Test func theHeaderSaysWhoPlayedWhatAndHowItWent() {
        #expect(text.hasPrefix("""
            Session 7 · Whitfield, Dana · refund-request “A blender that arrived cracked” · coach · completed (resolved)
            Started 2026-01-05 10:00 · 2 turns · overall 73 · empathy 60 · accuracy 85
            """))
        #expect(text.hasSuffix("  Debrief   Well handled."))
    }

    @Test func eachTurnWithTimingsScoresEvidenceAndTips() {
        #expect(text.contains("Turn 1 · opening · shown 2026-01-05 10:00:05 · first key 2.5 s · sent 12.3 s · 1 hint · 1 nudge · patience 60 → 50"))
        #expect(text.contains("Turn 2 · order-found · shown 2026-01-05 10:00:40 · first key – · sent 30 s · patience 50 → 55"))
        #expect(text.contains("  Customer  My blender arrived cracked, \"again\"."))
        #expect(text.contains("  Trainee   Sorry about that, calm down.\n            What is your order number?"))
        #expect(text.contains("  Scores    empathy 60 → 40 (supervisor) · accuracy 100 · response time 100 · overall 72 (82 before hint cost)"))
        #expect(text.contains("  Critical failure: a critical criterion decided this turn."))
        #expect(text.contains("  ✓ Apologise sincerely (sincere-apology) empathy +20/20 “Sorry about”"))
        #expect(text.contains("  ✗ Greet the customer (greeting) empathy 0/5\n    Tip: Open with a greeting - \"Hi Dana\"."))
        #expect(text.contains("  ! Dismissive language (dismissive) empathy −10 critical “calm down” — said once\n    Tip: Never tell them to calm down."))
        #expect(text.contains("  ✓ Ask for the order number (ask-order, scenario) accuracy +20/20 “order number”"))
        #expect(text.contains("  ⏱ Reply on time (on-time) response time 100/100 — 12 s against a 30 s target"))
        #expect(text.contains("  ✗ Greet the customer (greeting) empathy 0/5 (tip above)"), "a tip is written once")
        #expect(text.contains("  no scenario facts for this turn"))
    }

    @Test func aRetriedAttemptIsMarked() {
        var exported = S.exported
        exported.turns[0].retried = true
        let retried = TranscriptText(exported, width: 130, format: ReviewFormat(timeZone: S.utc)).render()
        #expect(retried.contains("Turn 1 · opening · retried (answered again in the next turn) · shown"))
        #expect(!text.contains("retried"))
    }

    @Test func supervisorsNotesAndOverridesBesideTheGrader() {
        #expect(text.contains("  ✎ override O'Brien, Pat, 2026-01-06 10:00: empathy 60 → 40 (−20). Reason: Told the customer to \"calm down\"."))
        #expect(text.contains("  ✎ note رضا کریمی, 2026-01-06 11:00: لحن مناسب بود،\n    ولی کوتاه."))
    }

    /// A stored reply or customer line with an ESC sequence drove the reviewer's terminal.
    @Test func controlCharactersFromTheStoreAreShownNotSent() {
        var hostile = S.exported
        hostile.turns[0].reply = "ok\u{1B}]0;owned\u{07}\nsecond line\rover"
        hostile.turns[0].customerLine = "\u{1B}[2Jcleared"
        hostile.session.trainee = "Eve\u{9B}31m"
        let text = TranscriptText(hostile, width: 130, format: ReviewFormat(timeZone: S.utc)).render()
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B || $0.value == 0x0D })
        #expect(text.contains("  Trainee   ok\\u{1B}]0;owned\\u{7}\n            second line\\rover"), "line breaks in a reply stay layout")
        #expect(text.contains("  Customer  \\u{1B}[2Jcleared"))
        #expect(text.contains("Eve\\u{9B}31m"))
    }

    @Test func longLinesWrapUnderTheirText() {
        let wrapped = TranscriptText.wrap("one two three four five six", width: 10, indent: 4)
        #expect(wrapped == "one two\n    three four\n    five six")
        #expect(TranscriptText.wrap("averyveryverylongword x", width: 10, indent: 2) == "averyveryverylongword\n  x")
    }

    @Test func aSessionWithoutTurns() {
        var empty = S.exported
        empty.turns = []
        empty.annotations = []
        #expect(TranscriptText(empty).render().contains("No turns were answered in this session."))
    }
}
