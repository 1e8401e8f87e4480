import Testing
import FrontlineGrader
import FrontlineModel

@Suite struct GraderTests {
    let grader = ShippedContent.english

    @Test func aWarmApologeticReplyScoresHigh() {
        let score = ShippedContent.empathy(
            "I'm so sorry the kettle arrived dented, Sam - that must be really disappointing. I'll send a replacement today.",
            customer: "My new kettle arrived dented.", name: "Sam Okafor")
        #expect(score >= 85)
    }

    @Test func dismissiveRepliesScoreLow() {
        #expect(ShippedContent.empathy("Calm down, it's our policy.") == 0)
        #expect(ShippedContent.empathy("Why did you not read the email? It clearly says so.") < 10)
    }

    @Test func aPlainReplyIsNeutralNotZero() {
        // Neither warm nor rude: empathy starts from its neutral 20, so rudeness can rank below it.
        #expect(ShippedContent.empathy("The parcel left the depot on Monday.") == 20)
        #expect(ShippedContent.empathy("Calm down.") < ShippedContent.empathy("The parcel left the depot on Monday."))
    }

    @Test func evidenceOffsetsCountCodePoints() throws {
        // Persian greeting and an emoji before the apology: offsets are code points, not bytes.
        let reply = "سلام 🙂 I'm really sorry about the delay"
        let finding = try #require(grader.grade(reply, context: GradingContext()).findings.first { $0.criterionId == "sincere-apology" })
        let evidence = try #require(finding.evidence)
        let scalars = Array(reply.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text)
        #expect(evidence.text.hasPrefix("I'm really sorry"))
        #expect(evidence.start == 7)
    }

    @Test func noApplicableDimensionsButEmpathy() {
        let grade = grader.grade("Thanks for waiting.", context: GradingContext())
        #expect(grade.scores[.accuracy] == nil)
        #expect(grade.scores[.responseTime] == nil)
        #expect(grade.overall == grade.scores[.empathy])
        #expect(!grade.criticalFailure)
    }

    @Test func overallIsTheWeightedMeanOfWhatApplies() {
        let grade = grader.grade("Thanks, I'm sorry about the wait.", context: GradingContext(timings: Timings(sent: 5)))
        let empathy = grade.scores[.empathy]!, time = grade.scores[.responseTime]!
        let weights = (empathy: grader.rubric(.empathy)!.weight, time: grader.rubric(.responseTime)!.weight)
        let expected = ((weights.empathy * empathy + weights.time * time) / (weights.empathy + weights.time) * 10).rounded() / 10
        #expect(grade.overall == expected)
    }

    @Test func everyPointHasANamedCriterion() {
        let grade = grader.grade("Hi Dana, so sorry! I hope it gets sorted. Why did you not call us?",
                                 context: GradingContext(customerName: "Dana Wu"))
        for finding in grade.findings {
            #expect(!finding.criterionId.isEmpty && !finding.name.isEmpty)
            if finding.outcome == .met || finding.outcome == .triggered { #expect(finding.evidence != nil) }
            if finding.outcome == .missed || finding.outcome == .triggered { #expect(finding.tip != nil) }
        }
    }
}
