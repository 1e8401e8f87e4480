import Testing
import FrontlineGrader
import FrontlineModel

/// `asks_question`: each question sentence the reply asks, quoted from its first word.
@Suite struct GraderQuestionsTests {
    @Test func aQuestionIsQuotedFromItsSentence() throws {
        let findings = ShippedContent.findings("I'm sorry about that. Did it happen after the update?", "ask-question")
        let finding = try #require(findings.first)
        #expect(finding.outcome == .met && finding.points == 5)
        #expect(finding.evidence?.text == "Did it happen after the update?")
        #expect(finding.evidence?.start == 22)
    }

    @Test func eachQuestionCountsAsAFurtherHit() {
        let findings = ShippedContent.findings("When did it start? Is it every day? Which app?", "ask-question")
        #expect(findings.map(\.points) == [5, 2.5, 2.5])
        #expect(findings.map { $0.evidence?.text } == ["When did it start?", "Is it every day?", "Which app?"])
    }

    @Test(arguments: ["What?!", "I refunded it.", "Really??", "?", "Okay?"])
    func exclamationsAndOneWordAreNotQuestions(_ reply: String) {
        #expect(ShippedContent.findings(reply, "ask-question").first?.outcome == .missed)
    }

    @Test func persianQuestionMarkCounts() throws {
        let grader = try #require(ShippedContent.library.grader(for: "fa"))
        let grade = grader.grade("سفارش را کی ثبت کردید؟", context: GradingContext())
        let finding = try #require(grade.findings.first { $0.criterionId == "ask-question" })
        #expect(finding.outcome == .met)
        #expect(finding.evidence?.text == "سفارش را کی ثبت کردید؟")
    }

    /// A question lifts the exploring facet (a closed question less than an open one).
    @Test func aQuestionRaisesExploring() throws {
        let grader = try #require(ShippedContent.library.grader(for: "en"))
        let plain = grader.grade("I have refunded the payment.", context: GradingContext())
        let asked = grader.grade("I have refunded the payment. Did it reach your bank?", context: GradingContext())
        let open = grader.grade("I have refunded the payment. What would help most right now?", context: GradingContext())
        let facet = { (grade: Grade) in grade.facets?["exploring"] ?? 0 }
        #expect(facet(asked) > facet(plain))
        #expect(facet(open) >= facet(asked))
    }
}
