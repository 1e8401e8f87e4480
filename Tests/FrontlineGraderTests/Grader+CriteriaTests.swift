import Testing
import FrontlineGrader
import FrontlineModel

@Suite struct GraderCriteriaTests {
    @Test func negatedAcknowledgementDoesNotCount() throws {
        let findings = ShippedContent.findings("I don't understand why you're upset.", "acknowledge-feelings")
        let finding = try #require(findings.first)
        #expect(finding.outcome == .missed)
        #expect(finding.note == "negated by 'don't'")
        #expect(finding.evidence?.text == "don't understand why you're upset")
    }

    @Test func butEndsTheNegationsScope() {
        let findings = ShippedContent.findings("It's not ideal, but I understand why you're upset.", "acknowledge-feelings")
        #expect(findings.first?.outcome == .met)
    }

    @Test func repeatedEvidenceEarnsHalfPointsUpToThreeTimes() {
        let findings = ShippedContent.findings("Sorry! Again, sorry. Truly sorry. Sorry once more.", "sincere-apology")
        #expect(findings.count == 3)
        #expect(findings.map(\.points) == [20, 10, 10])
        #expect(findings.dropFirst().allSatisfy { $0.possible == 0 && $0.note == "said again: half points" })
        let starts = findings.compactMap(\.evidence?.start)
        #expect(starts == starts.sorted() && Set(starts).count == 3)
    }

    @Test func repeatedPenaltiesCostHalfAgain() {
        let findings = ShippedContent.findings("Why did you do that? Why did you not ask?", "confrontational")
        #expect(findings.map(\.points) == [-15, -7.5])
        #expect(findings.allSatisfy { $0.outcome == .triggered && $0.tip != nil })
    }

    @Test func unlessPhrasesCancelOverlappingMatches() {
        #expect(ShippedContent.findings("I'm sorry you feel that way.", "sincere-apology").first?.outcome == .missed)
        #expect(ShippedContent.findings("I'm sorry you feel that way.", "hollow-apology").first?.outcome == .triggered)
    }

    @Test func unlessNextCancelsAMatchTheNextSentenceTakesBack() {
        // The shipped acknowledge-feelings: "But the…" opening the next sentence takes it back.
        #expect(ShippedContent.findings("That's a fair point. But the fee is in the contract.", "acknowledge-feelings").first?.outcome == .missed)
        #expect(ShippedContent.findings("I can see how frustrating this is. However, the fee still applies.", "acknowledge-feelings")
            .first?.outcome == .missed)
        // Only the sentence right after, and only what it begins with.
        #expect(ShippedContent.findings("I can see how frustrating this is. However, I'll fix it today.", "acknowledge-feelings")
            .first?.outcome == .met)
        #expect(ShippedContent.findings("That's a fair point. I'll check it. But the fee is in the contract.", "acknowledge-feelings")
            .first?.outcome == .met)
        #expect(ShippedContent.findings("That's a fair point. The fee, but the policy says otherwise.", "acknowledge-feelings")
            .first?.outcome == .met)
        // A second, untaken acknowledgement still counts.
        let twice = ShippedContent.findings("That's a fair point. But the fee stands. I can see how frustrating this is.", "acknowledge-feelings")
        #expect(twice.first?.outcome == .met && twice.first?.evidence?.text == "I can see how frustrating")
    }

    @Test func sentenceStartPleaseIsNotARequest() {
        #expect(ShippedContent.findings("Please wait.", "polite-request").first?.outcome == .missed)
        #expect(ShippedContent.findings("Could you please wait?", "polite-request").first?.outcome == .met)
    }

    @Test func customerNameAndReflection() {
        let context = GradingContext(customerMessage: "The March invoice charged me twice!", customerName: "Ana Lind")
        let name = ShippedContent.findings("Thanks, Ana.", "use-name", context: context)
        #expect(name.first?.outcome == .met && name.first?.evidence?.text == "Ana")
        let reflect = ShippedContent.findings("You were charged twice on the March invoice.", "reflect-specifics", context: context)
        #expect(reflect.first?.outcome == .met)
        #expect(reflect.first?.note?.hasPrefix("reflects: ") == true)
        #expect(ShippedContent.findings("Thanks.", "reflect-specifics").isEmpty, "no customer message: not applicable")
        // The name signs the message: it is not one of the specifics reflected.
        let signed = GradingContext(customerMessage: "Please refund the extra payment. Ana", customerName: "Ana Lind")
        #expect(ShippedContent.findings("Thanks, Ana, the refund is on its way.", "reflect-specifics", context: signed).first?.outcome == .missed)
        #expect(ShippedContent.findings("Thanks, Ana, the extra payment is refunded.", "reflect-specifics", context: signed).first?.outcome == .met)
    }

    /// Issue #13: "Reflect the specifics" quoted one word ("payment", "send") for a reply
    /// that repeated the customer's amount, date and what happened.
    @Test func reflectionQuotesTheStretchThatReflectsMost() {
        let context = GradingContext(customerMessage: "You've taken €54.90 from my card twice on 3 June. Please refund the extra payment.",
                                     customerName: "Aisling Byrne")
        let reply = "Hi Aisling, you're right - we took your payment twice on 3 June. I'm refunding it now."
        let reflect = ShippedContent.findings(reply, "reflect-specifics", context: context)
        #expect(reflect.first?.outcome == .met)
        #expect(reflect.first?.evidence?.text == "payment twice on 3 June")
    }

    @Test func shoutingByCapitalsOrExclamationRuns() {
        #expect(ShippedContent.findings("PLEASE READ THE EMAIL", "shouting").first?.outcome == .triggered)
        let run = ShippedContent.findings("Thanks 🙂 so much!!", "shouting").first
        #expect(run?.evidence?.text == "!!")
        #expect(run?.evidence?.start == 16, "code points: the emoji counts once")
        #expect(ShippedContent.findings("Thanks so much!", "shouting").isEmpty)
    }
}

@Suite struct GraderShoutingPersianTests {
    @Test func theArabicQuestionMarkShoutsLikeAQuestionMark() throws {
        let grader = try #require(ShippedContent.library.grader(for: "fa"))
        let grade = grader.grade("چرا جواب نمی‌دهید؟!", context: GradingContext(customerMessage: "سلام"))
        let shouting = grade.findings.first { $0.criterionId == "shouting" }
        #expect(shouting?.outcome == .triggered)
        #expect(shouting?.evidence?.text == "؟!")
    }
}

/// `optional: true` (the shipped `relate`): credited when met, never asked for when missed.
@Suite struct OptionalCriterionTests {
    let story = GradingContext(customerMessage: "My order 123 was charged twice on Monday and nobody answered my emails.")

    @Test("a missed optional reward costs nothing and is never the tip")
    func missedCostsNothing() throws {
        let grade = ShippedContent.english.grade("I'll check the order now.", context: story)
        let relate = try #require(grade.findings.first { $0.criterionId == "relate" })
        #expect(relate.outcome == .missed && relate.possible == 0)
        #expect(!FeedbackFocus.misses(grade).contains { $0.criterionId == "relate" })
        let restate = try #require(grade.findings.first { $0.criterionId == "restate" })
        #expect(restate.possible > 0, "the others in its facet are still asked for")
    }

    @Test("met, it earns its points as any reward")
    func metEarns() throws {
        let grade = ShippedContent.english.grade("I've been there myself, it's awful. I'll check the order now.", context: story)
        let relate = try #require(grade.findings.first { $0.criterionId == "relate" })
        #expect(relate.outcome == .met && relate.points > 0)
    }

    @Test("stored findings rescore to the same scores")
    func rescoreAgrees() {
        let grade = ShippedContent.english.grade("I'll check the order now.", context: story)
        let rescored = ShippedContent.english.scores(of: grade.findings, applicable: Set(grade.scores.keys))
        #expect(rescored.scores == grade.scores)
    }
}
