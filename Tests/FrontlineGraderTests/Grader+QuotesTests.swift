import Testing
@testable import FrontlineGrader
import FrontlineModel

@Suite struct GraderQuotesTests {
    let grader = ShippedContent.english
    let release = ShippedContent.expectation("promise-release", .forbidden, say: ["release (them|it|your payouts) today"], points: 30)
    let customer = "Hello, my payouts are held. Can you release them today? I've got suppliers to pay on Friday."

    func triggered(_ reply: String, customer: String) -> Bool {
        let grade = grader.grade(reply, context: GradingContext(customerMessage: customer, expectations: [release]))
        return grade.findings.contains { $0.criterionId == "promise-release" && $0.outcome == .triggered }
    }

    @Test("a claim inside the customer's own words quoted back is theirs")
    func theCustomersWordsQuotedBack() {
        #expect(!triggered("You asked \"Can you release them today?\" - I'm sorry, but I have to pass it on.", customer: customer))
        #expect(!triggered("You asked “Can you release them today?” - I'm sorry, but I have to pass it on.", customer: customer))
        #expect(triggered("I'll release them today, I promise.", customer: customer), "said, not quoted")
        #expect(triggered("Good news: \"we will release them today\" is what the team told me.", customer: customer),
                "quoted words that are not the customer's are the agent's")
        #expect(triggered("You asked \"Can you release them today?\" - yes, I'll release them today.", customer: customer),
                "the claim made again outside the quote")
    }

    @Test("quoted spans: straight, curly, low-high and guillemets; a word or two is no quote")
    func quotedSpans() {
        #expect(Grader.quotedSpans("a \"b c\" d").map { [$0.lowerBound, $0.upperBound] } == [[3, 6]])
        #expect(Grader.quotedSpans("„labi“ un «خوب» “ok”").count == 3)
        #expect(Grader.quotedSpans("an unclosed \"quote").isEmpty)
        let retaliation = ShippedContent.expectation("retaliation", .forbidden, say: ["genius"], points: 30)
        let short = grader.grade("\"Genius\" - thanks, I'll take the compliment.",
                                 context: GradingContext(customerMessage: "Just give me my money back, genius.", expectations: [retaliation]))
        #expect(short.findings.contains { $0.criterionId == "retaliation" && $0.outcome == .triggered },
                "one word in quotes is thrown back, not reported")
    }
}
