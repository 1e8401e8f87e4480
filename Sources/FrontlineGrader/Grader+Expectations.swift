import FrontlineModel
import FrontlineText

extension Grader {
    /// Accuracy findings for the turn's own expectations: facts and actions are rewards,
    /// forbidden claims are penalties, and anything said before what it `requires` is a
    /// critical failure.
    func evaluateExpectations(_ context: GradingContext, text: ReplyText) -> [Finding] {
        var matcher = PhraseMatcher()
        for (index, expectation) in context.expectations.enumerated() {
            for (n, phrase) in expectation.phrases.enumerated() {
                if let node = try? PhrasePattern.parse(phrase.pattern, tokenizer: tokenizer) {
                    matcher.add(CompiledPhrase(node), key: index, phrase: n)
                }
            }
        }
        matcher.prepare()
        let matches = matcher.matches(in: text.tokens)
        // Where each expectation was first said (token index), negation respected.
        var firstSaid: [String: (match: PhraseMatcher.Match, evidence: Evidence)] = [:]
        var negated: [String: Evidence] = [:]
        for match in matches {
            let expectation = context.expectations[match.key]
            guard firstSaid[expectation.id] == nil else { continue }
            let evidence = text.evidence(tokens: match.startToken..<match.endToken)
            if let negator = Negation.negator(before: match.startToken, in: text.tokens) {
                if negated[expectation.id] == nil { negated[expectation.id] = text.evidence(from: negator.start, to: evidence.end) }
                continue
            }
            firstSaid[expectation.id] = (match, evidence)
        }

        var findings: [Finding] = []
        for expectation in context.expectations {
            let said = firstSaid[expectation.id]
            if let said, let violation = unmetRequirement(expectation, at: said.match.startToken, context, firstSaid) {
                let required = context.expectations.first { $0.id == violation }?.name ?? violation
                findings.append(Finding(
                    dimension: .accuracy, criterionId: expectation.id, name: expectation.name, outcome: .triggered,
                    source: .expectation, points: -expectation.points, isCritical: true, evidence: said.evidence,
                    tip: "\(required) first: \(expectation.tip)", note: "said before '\(required)'"))
                continue
            }
            switch expectation.kind {
            case .fact, .action:
                let met = said != nil
                findings.append(Finding(
                    dimension: .accuracy, criterionId: expectation.id, name: expectation.name, outcome: met ? .met : .missed,
                    source: .expectation, points: met ? expectation.points : 0, possible: expectation.points,
                    isCritical: expectation.isCritical, evidence: said?.evidence ?? negated[expectation.id],
                    tip: met ? nil : expectation.tip,
                    note: !met && negated[expectation.id] != nil ? "negated" : nil))
            case .forbidden:
                guard let said else { continue }
                findings.append(Finding(
                    dimension: .accuracy, criterionId: expectation.id, name: expectation.name, outcome: .triggered,
                    source: .expectation, points: -expectation.points, isCritical: expectation.isCritical,
                    evidence: said.evidence, tip: expectation.tip))
            }
        }
        return findings
    }

    /// The first requirement neither met earlier in the conversation nor said earlier in
    /// this reply.
    private func unmetRequirement(_ expectation: Expectation, at start: Int, _ context: GradingContext,
                                  _ firstSaid: [String: (match: PhraseMatcher.Match, evidence: Evidence)]) -> String? {
        expectation.requires.first { required in
            if context.alreadyMet.contains(required) { return false }
            if let earlier = firstSaid[required], earlier.match.startToken < start { return false }
            return true
        }
    }
}
