import FrontlineModel
import FrontlineText

extension Grader {
    /// Whether an earlier reply of the conversation already did what expectation `index`
    /// asks: its phrase (and every `and_say` part) said there, not negated.
    ///
    /// A trainee who recommends two-step login while unlocking the account has done what the
    /// next turn expects; marking it missed there, with the tip to do it, teaches nothing.
    /// A repeat (`same_as`) is never met so: the customer asks again because the earlier
    /// answer did not settle it ("still waiting for that order number").
    func saidInAnEarlierReply(_ index: Int, of expectation: Expectation, plan: ExpectationPlan,
                              context: GradingContext) -> Bool {
        guard expectation.sameAs == nil, expectation.kind != .forbidden, !context.history.isEmpty else { return false }
        let keys = [index] + plan.partKeys[index]
        for reply in context.history.reversed() {
            let text = ReplyText(reply, tokens: tokenizer.tokenize(reply))
            var said = Set<Int>()
            for match in plan.matcher.matches(in: text.tokens) where keys.contains(match.key) {
                if negator(of: match, in: text, plan: plan) == nil { said.insert(match.key) }
            }
            if keys.allSatisfy(said.contains) { return true }
        }
        return false
    }

    /// The ids of `expectations` (a turn about to be asked) that the conversation's
    /// earlier replies already did, as `saidInAnEarlierReply` counts them: the customer
    /// does not ask for options the trainee has just laid out (`skip`, adapted lines).
    public func expectationsAlreadySaid(_ expectations: [Expectation], in history: [String]) -> Set<String> {
        guard !history.isEmpty, !expectations.isEmpty else { return [] }
        let plan = expectationPlans.plan(expectations) {
            ExpectationPlan(expectations, tokenizer: tokenizer, reader: valueReader)
        }
        let context = GradingContext(expectations: expectations, history: history)
        var said = Set<String>()
        for (index, expectation) in expectations.enumerated()
        where saidInAnEarlierReply(index, of: expectation, plan: plan, context: context) {
            said.insert(expectation.id)
        }
        return said
    }
}
