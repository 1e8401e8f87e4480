import FrontlineModel

/// Fills in expectations that repeat another (`same_as: ask-order`): the phrases, parts,
/// value, fact, name and tip are the repeated one's unless the repeat states its own, so a
/// turn that asks again cannot drift from the turn it repeats.
struct SameAsResolver {
    let diagnostics: Diagnostics

    func resolve(_ turns: [Turn]) -> [Turn] {
        var byId: [String: Expectation] = [:]
        for turn in turns {
            for expectation in turn.expectations where byId[expectation.id] == nil { byId[expectation.id] = expectation }
        }
        return turns.map { turn in
            var turn = turn
            turn.expectations = turn.expectations.map { resolved($0, byId) }
            return turn
        }
    }

    private func resolved(_ expectation: Expectation, _ byId: [String: Expectation]) -> Expectation {
        guard let target = expectation.sameAs else { return expectation }
        var seen: Set<String> = [expectation.id]
        var targetId = target
        var source: Expectation?
        // Follow a chain of repeats to the expectation that states its own phrases.
        while source == nil {
            guard let next = byId[targetId] else {
                if diagnostics.brokenNames.contains(.expectation, targetId) { return expectation } // reported where it is written
                diagnostics.add(.error(.unknownReference, "unknown expectation '\(targetId)' in 'same_as'\(targetId.didYouMean(Array(byId.keys)))",
                                       at: expectation.location))
                return expectation.named(expectation.name.isEmpty ? expectation.id.humanized : expectation.name)
            }
            guard !seen.contains(next.id) else {
                diagnostics.add(.error(.unknownReference, "'same_as: \(target)' leads back to '\(next.id)'; one of them must state its own 'say'",
                                       at: expectation.location))
                return expectation.named(expectation.name.isEmpty ? expectation.id.humanized : expectation.name)
            }
            seen.insert(next.id)
            if let further = next.sameAs { targetId = further } else { source = next }
        }
        guard let source else { return expectation }
        var result = expectation
        if result.phrases.isEmpty { result.phrases = source.phrases }
        if result.andSay.isEmpty { result.andSay = source.andSay }
        if result.value == nil { result.value = source.value }
        if result.fact == nil { result.fact = source.fact }
        if result.byOffer == nil { result.byOffer = source.byOffer }
        if result.name.isEmpty { result.name = source.name }
        if result.tip.isEmpty { result.tip = source.tip }
        return result
    }
}

extension Expectation {
    func named(_ name: String) -> Expectation {
        var copy = self
        copy.name = name
        return copy
    }
}
