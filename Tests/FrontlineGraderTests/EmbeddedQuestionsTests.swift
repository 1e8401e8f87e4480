import Testing
@testable import FrontlineGrader
import FrontlineModel

/// A fact or action inside a question the agent asks themself ("I'll look into whether the
/// fee can be refunded") is asked, not said (`embedded_questions` in the language packs).
@Suite struct EmbeddedQuestionsTests {
    let grader = ShippedContent.english
    let refund = ShippedContent.expectation("refund-fee", say: ["(delivery fee|4.95) * refunded", "refund the (delivery fee|4.95)"], points: 20)

    func finding(_ reply: String, _ expectation: FrontlineModel.Expectation, grader: Grader? = nil) -> Finding? {
        (grader ?? self.grader).grade(reply, context: GradingContext(expectations: [expectation])).findings
            .first { $0.criterionId == expectation.id }
    }

    func met(_ reply: String, _ expectation: FrontlineModel.Expectation, grader: Grader? = nil) -> Bool {
        finding(reply, expectation, grader: grader)?.outcome == .met
    }

    @Test func aFactTheAgentIsStillCheckingIsNotSaid() throws {
        #expect(!met("I'll look into whether the delivery fee can be refunded.", refund))
        #expect(!met("Let me check if we can refund the £4.95 for you.", refund))
        #expect(!met("We're checking whether the £4.95 can be refunded.", refund))
        #expect(!met("I'll look into getting the delivery fee refunded for you.", refund), "looking into getting it done")
        let asked = try #require(finding("I'll find out whether the delivery fee can be refunded.", refund))
        #expect(asked.outcome == .missed && asked.note == "asked, not said")
        #expect(asked.evidence?.text == "out whether the delivery fee can be refunded")
        #expect(met("I've checked, and the delivery fee has been refunded.", refund))
        #expect(met("I'll refund the £4.95 today.", refund))
    }

    @Test func theCustomerAskedOrAQuestionToThemStillSaysIt() {
        // No agent before the opener: the customer is asked to look for what was done.
        #expect(met("Please check if the £4.95 has been refunded to your card by Friday.", refund))
        // A question asks the customer: "I wanted to check whether … suit you?" offers it.
        let pause = ShippedContent.expectation("offer-pause", .action, say: ["free (three-month|3-month|3 month) pause"], points: 15)
        #expect(met("I just wanted to check whether a free three-month pause might suit you better?", pause))
        #expect(!met("I'll check whether a free three-month pause is possible on your plan.", pause))
        // "let me know whether" is the question the agent has to ask, not one they ask themself.
        let ask = ShippedContent.expectation("ask-bank-details", .action, say: ["bank details (changed|were changed)"], points: 10)
        #expect(met("Please send your merchant ID and let me know whether your bank details changed recently.", ask))
    }

    @Test func theQuestionEndsWithItsClause() {
        #expect(met("I'll check whether it's in stock, but the delivery fee has been refunded already.", refund))
        #expect(met("Not sure if you saw, but I've refunded the £4.95.", refund))
    }

    @Test func aForbiddenClaimIsStillMadeAndAnOfferNotYet() {
        // Coaches flag "I'll see if I can get you a month free" as the credit the policy forbids.
        let free = ShippedContent.expectation("over-credit", .forbidden, say: ["(a|one) month free", "free month"], points: 20)
        #expect(finding("I'll see if I can get you a month free as well.", free)?.outcome == .triggered)
        // …and "let me check whether we can send a replacement" offers nothing yet.
        var reship = ShippedContent.expectation("offer-reship", .action, say: ["send [out] (a|you a) replacement"], points: 20)
        reship.byOffer = true
        #expect(!met("Let me check with the warehouse whether we're able to send out a replacement.", reship), "a gap of three words")
        #expect(!met("Let me see if I can send you a replacement by Express.", reship))
        #expect(met("Shall I send you a replacement by Express?", reship))
        // "I'm checking on that £25" is doing it: "that" opens no question.
        let ride = ShippedContent.expectation("check-ride", .action, say: ["checking on that £25", "checking on * 25"], points: 15)
        #expect(met("I'm checking on that £25 for you right now.", ride))
    }

    @Test func latvianAndPersianOpeners() throws {
        let latvian = try #require(ShippedContent.library.grader(for: "lv"))
        let fee = ShippedContent.expectation("refund-fee", .action, say: ["atmaksā* * piegādes maksu"], points: 20)
        #expect(met("Es atmaksāšu piegādes maksu šodien.", fee, grader: latvian))
        #expect(!met("Pārbaudīšu, vai varam atmaksāt piegādes maksu.", fee, grader: latvian), "the comma before \"vai\" is read")
        #expect(met("Lai es varētu paskatīties, vai jūs varētu atmaksāt piegādes maksu?", fee, grader: latvian),
                "a question asks the customer")
        let persian = try #require(ShippedContent.library.grader(for: "fa"))
        let back = ShippedContent.expectation("refund-fee", .action, say: ["هزینه ارسال * (برمیگردونیم|برگردونیم)"], points: 20)
        #expect(met("هزینه ارسال رو امروز برمیگردونیم.", back, grader: persian))
        #expect(!met("بذارید ببینم میتونیم هزینه ارسال رو برگردونیم.", back, grader: persian))
    }
}
