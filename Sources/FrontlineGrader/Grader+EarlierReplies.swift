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
}
