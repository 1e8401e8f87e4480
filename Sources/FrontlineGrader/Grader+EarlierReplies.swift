import FrontlineModel
import FrontlineText

extension Grader {
    /// The indices of `expectations` that an earlier reply of the conversation already did:
    /// the phrase and every `and_say` part said in one earlier reply, not negated. Each
    /// earlier reply is read once.
    ///
    /// A trainee who recommends two-step login while unlocking the account has done what the
    /// next turn expects; marking it missed there, with the tip to do it, teaches nothing.
    /// A repeat (`same_as`) is never met so: the customer asks again because the earlier
    /// answer did not settle it ("still waiting for that order number"). Forbidden claims
    /// are judged on the reply that makes them.
    func saidInEarlierReplies(_ expectations: [Expectation], plan: ExpectationPlan, history: [String]) -> Set<Int> {
        let candidates = expectations.indices.filter { expectations[$0].sameAs == nil && expectations[$0].kind != .forbidden }
        guard !history.isEmpty, !candidates.isEmpty else { return [] }
        var found = Set<Int>()
        for reply in history {
            let text = ReplyText(reply, tokens: tokenizer.tokenize(reply))
            var said = Set<Int>()
            for match in plan.matcher.matches(in: text.tokens) where negator(of: match, in: text, plan: plan) == nil {
                said.insert(match.key)
            }
            for index in candidates where said.contains(index) && plan.partKeys[index].allSatisfy(said.contains) {
                found.insert(index)
            }
        }
        return found
    }

    /// The ids of `expectations` (a turn about to be asked) that the conversation's
    /// earlier replies already did (`saidInEarlierReplies`): the customer does not ask for
    /// options the trainee has just laid out (`skip`, adapted lines).
    public func expectationsAlreadySaid(_ expectations: [Expectation], in history: [String]) -> Set<String> {
        guard !history.isEmpty, !expectations.isEmpty else { return [] }
        let plan = expectationPlans.plan(expectations) {
            ExpectationPlan(expectations, tokenizer: tokenizer, reader: valueReader)
        }
        return Set(saidInEarlierReplies(expectations, plan: plan, history: history).map { expectations[$0].id })
    }
}
