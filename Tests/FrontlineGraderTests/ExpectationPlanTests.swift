import Testing
@testable import FrontlineGrader
import FrontlineModel
import FrontlineText

/// A turn's expectations compiled once: which matcher key each `say` and `and_say` part
/// gets, the values read from the authors' text, and the grader's cache of plans (one per
/// turn, never shared by two turns that differ, bounded).
@Suite struct ExpectationPlanTests {
    let grader = ShippedContent.english

    func expectation(_ id: String, say: [String], andSay: [String] = [], value: String? = nil) -> FrontlineModel.Expectation {
        var expectation = ShippedContent.expectation(id, say: say)
        expectation.andSay = andSay.map { Phrase($0) }
        expectation.value = value.map { ExpectedValue(text: $0) }
        return expectation
    }

    func plan(_ expectations: [FrontlineModel.Expectation]) -> ExpectationPlan {
        ExpectationPlan(expectations, tokenizer: grader.tokenizer, reader: grader.valueReader)
    }

    /// (key, phrase) of each match in `reply`, in the matcher's order, without duplicates.
    func matched(_ plan: ExpectationPlan, _ reply: String) -> Set<[Int]> {
        Set(plan.matcher.matches(in: grader.tokenizer.tokenize(reply)).map { [$0.key, $0.phrase] })
    }

    @Test func partsAreKeyedAfterEveryExpectation() {
        let plan = plan([
            expectation("versions", say: ["which phone"], andSay: ["app version", "android or ios"]),
            expectation("order", say: ["order number"]),
            expectation("address", say: ["your address"], andSay: ["postcode"]),
        ])
        // Expectation k's `say` is key k; parts are numbered from the count of expectations on.
        #expect(plan.partKeys == [[3, 4], [], [5]])
        #expect(plan.values == [[], [], []])
        // Each part as feedback names it when it is left unsaid, worked out once here.
        // (The shipped pack reads every word with its forms: they are not listed.)
        #expect(plan.partNames == [["app version", "android or ios"], [], ["postcode"]])
    }

    @Test func eachPhraseMatchesUnderItsKeyAndIndex() {
        let plan = plan([
            expectation("versions", say: ["which phone", "what phone"], andSay: ["app version", "android or ios"]),
            expectation("order", say: ["order number"]),
        ])
        #expect(matched(plan, "What phone is it, and which app version?") == [[0, 1], [2, 0]])
        // A part's phrase keeps its place in `and_say`: it says which part was heard.
        #expect(matched(plan, "Which phone? Android or iOS? And the order number, please.") == [[0, 0], [3, 1], [1, 0]])
        #expect(matched(plan, "Thanks for waiting.").isEmpty)
    }

    @Test func aPatternThatDoesNotCompileIsLeftOutWithoutMovingTheKeys() {
        let plan = plan([
            expectation("broken", say: ["{no-such-concept}", "order number"], andSay: ["{no-such-concept}", "postcode"]),
            expectation("after", say: ["date of birth"], andSay: ["full name"]),
        ])
        #expect(plan.partKeys == [[2, 3], [4]])
        // The broken phrases are skipped; their siblings keep phrase index 1.
        #expect(matched(plan, "Your order number and postcode, please.") == [[0, 1], [3, 1]])
        #expect(matched(plan, "Your date of birth and full name, please.") == [[1, 0], [4, 0]])
        #expect(matched(plan, "no-such-concept").isEmpty)
    }

    @Test func noExpectationsMakeAnEmptyPlan() {
        let plan = plan([])
        #expect(plan.partKeys.isEmpty)
        #expect(plan.values.isEmpty)
        #expect(plan.matcher.matches(in: grader.tokenizer.tokenize("anything at all")).isEmpty)
    }

    @Test func valuesAreReadOncePerExpectation() throws {
        let plan = plan([
            expectation("refund-time", say: ["refund"], value: "5-7 business days"),
            expectation("greeting", say: ["hello"]),
            expectation("price", say: ["costs"], value: "£650"),
        ])
        #expect(plan.values.count == 3)
        let time = try #require(plan.values[0].first)
        #expect(plan.values[0].count == 1)
        #expect(time.quantity == "time")
        #expect(time.low == 5 * 86_400 && time.high == 7 * 86_400)
        #expect(plan.values[1].isEmpty)
        let price = try #require(plan.values[2].first)
        #expect(price.quantity == "money:GBP")
        #expect(price.low == 650 && price.high == 650)
    }

    @Test func aValueTextThatStatesNoValueReadsAsNone() {
        #expect(ExpectationPlan.read("as soon as we can", tokenizer: grader.tokenizer, reader: grader.valueReader).isEmpty)
        #expect(ExpectationPlan.read("", tokenizer: grader.tokenizer, reader: grader.valueReader).isEmpty)
        #expect(plan([expectation("soon", say: ["soon"], value: "shortly")]).values == [[]])
    }

    @Test func readTakesTheFirstValueOfEachQuantity() throws {
        let values = ExpectationPlan.read("24 hours, or 3 days at most", tokenizer: grader.tokenizer, reader: grader.valueReader)
        #expect(values.count == 1)
        let value = try #require(values.first)
        #expect(value.quantity == "time")
        #expect(value.low == 24 * 3600 && value.high == 24 * 3600)
        let rent = ExpectationPlan.read("£650 on 1 May", tokenizer: grader.tokenizer, reader: grader.valueReader)
        #expect(rent.map(\.quantity) == ["money:GBP", "date"])
    }

    // MARK: The grader's plans

    @Test func aTurnIsCompiledOnce() {
        let plans = ExpectationPlans()
        let expectations = [expectation("order", say: ["order number"]), expectation("address", say: ["address"], andSay: ["postcode"])]
        var made = 0
        let first = plans.plan(expectations) { made += 1; return plan(expectations) }
        let second = plans.plan(expectations) { made += 1; return plan([]) }
        #expect(made == 1)
        #expect(second.partKeys == first.partKeys)
        #expect(second.partKeys == [[], [2]], "the cached plan, not the second `make`'s")
    }

    @Test func turnsThatDifferOnlyInAPhrasesTextDoNotShareAPlan() {
        // Same ids and phrase counts: the same hash, but not the same turn.
        let plans = ExpectationPlans()
        let refund = [expectation("policy", say: ["refund"])]
        let exchange = [expectation("policy", say: ["exchange"])]
        #expect(ExpectationPlans.Key(expectations: refund).hashValue == ExpectationPlans.Key(expectations: exchange).hashValue)
        #expect(ExpectationPlans.Key(expectations: refund) != ExpectationPlans.Key(expectations: exchange))
        var made = 0
        _ = plans.plan(refund) { made += 1; return plan(refund) }
        let second = plans.plan(exchange) { made += 1; return plan(exchange) }
        #expect(made == 2)
        #expect(matched(second, "We can exchange it.") == [[0, 0]])
        #expect(matched(second, "We can refund it.").isEmpty)
    }

    @Test func turnsThatDifferInAValueOrTipDoNotShareAPlan() {
        var slow = expectation("timing", say: ["refund"], value: "5-7 business days")
        let fast = expectation("timing", say: ["refund"], value: "2 days")
        #expect(ExpectationPlans.Key(expectations: [slow]) != ExpectationPlans.Key(expectations: [fast]))
        let plans = ExpectationPlans()
        var made = 0
        _ = plans.plan([slow]) { made += 1; return plan([slow]) }
        _ = plans.plan([fast]) { made += 1; return plan([fast]) }
        slow.tip = "another tip"
        _ = plans.plan([slow]) { made += 1; return plan([slow]) }
        #expect(made == 3)
    }

    @Test func theCacheIsEmptiedWhenFullRatherThanGrowing() {
        let plans = ExpectationPlans()
        let first = [expectation("turn-0", say: ["x"])]
        var made = 0
        _ = plans.plan(first) { made += 1; return plan([]) }
        for n in 1..<ExpectationPlans.limit {
            _ = plans.plan([expectation("turn-\(n)", say: ["x"])]) { made += 1; return plan([]) }
        }
        #expect(made == ExpectationPlans.limit)
        // Full, but every plan still kept.
        _ = plans.plan(first) { made += 1; return plan([]) }
        #expect(made == ExpectationPlans.limit)
        // One more turn empties the table: the first must be compiled again.
        _ = plans.plan([expectation("one-too-many", say: ["x"])]) { made += 1; return plan([]) }
        _ = plans.plan(first) { made += 1; return plan([]) }
        #expect(made == ExpectationPlans.limit + 2)
        #expect(ExpectationPlans.limit == 512)
    }
}
