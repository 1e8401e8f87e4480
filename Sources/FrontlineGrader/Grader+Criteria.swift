import FrontlineModel
import FrontlineText

extension Grader {
    /// One rubric criterion's finding, or nil when it does not apply here (a penalty not
    /// triggered, a name criterion without a named customer…).
    func evaluate(_ criterion: Criterion, index: Int, dimension: Dimension, text: ReplyText,
                  matches: [PhraseMatcher.Match], context: GradingContext, rubric: Rubric) -> Finding? {
        let hit: Hit?
        switch criterion.detector {
        case .phrases:
            hit = phraseHit(criterion, key: 2 * index, text: text, matches: matches)
        case .customerName:
            guard let name = context.customerName, !name.isEmpty else { return nil }
            hit = nameHit(name, text: text)
        case .reflectsCustomer:
            guard !context.customerMessage.isEmpty else { return nil }
            hit = reflectionHit(context.customerMessage, text: text)
        case .shouting:
            hit = shoutingHit(text)
        case .responseTime:
            return responseTimeFinding(criterion, rubric: rubric, context: context, text: text)
        }
        return finding(for: criterion, dimension: dimension, hit: hit)
    }

    /// What decided a criterion: the evidence, and whether a negator cancelled it.
    struct Hit {
        var evidence: Evidence
        var negatedBy: String?
    }

    func finding(for criterion: Criterion, dimension: Dimension, hit: Hit?) -> Finding? {
        let counted = hit.map { $0.negatedBy == nil } ?? false
        if criterion.isPenalty {
            guard counted, let hit else { return nil }
            return Finding(dimension: dimension, criterionId: criterion.id, name: criterion.name, outcome: .triggered,
                           source: .rubric, points: -criterion.points, isCritical: criterion.isCritical,
                           evidence: hit.evidence, tip: criterion.tip)
        }
        let note = hit?.negatedBy.map { "negated by '\($0)'" }
        return Finding(dimension: dimension, criterionId: criterion.id, name: criterion.name,
                       outcome: counted ? .met : .missed, source: .rubric, points: counted ? criterion.points : 0,
                       possible: criterion.points, isCritical: criterion.isCritical, evidence: hit?.evidence,
                       tip: counted ? nil : criterion.tip, note: note)
    }

    /// The first match of the criterion's phrases that is neither negated nor overlapped
    /// by an `unless` phrase; failing that, the first negated one (to explain the miss).
    func phraseHit(_ criterion: Criterion, key: Int, text: ReplyText, matches: [PhraseMatcher.Match]) -> Hit? {
        let exceptions = matches.filter { $0.key == key + 1 }
        var negated: Hit?
        for match in matches where match.key == key {
            if exceptions.contains(where: { $0.startToken < match.endToken && match.startToken < $0.endToken }) { continue }
            let evidence = text.evidence(tokens: match.startToken..<match.endToken)
            if criterion.negatable, let negator = Negation.negator(before: match.startToken, in: text.tokens) {
                if negated == nil {
                    let span = text.evidence(from: negator.start, to: evidence.end)
                    negated = Hit(evidence: span, negatedBy: span.text.components(separatedBy: " ").first ?? "")
                }
                continue
            }
            return Hit(evidence: evidence)
        }
        return negated
    }

    /// The customer's first or last name (case-insensitive, possessive allowed).
    func nameHit(_ name: String, text: ReplyText) -> Hit? {
        let parts = tokenizer.tokenize(name).map(\.text).filter { $0.count >= 2 }
        for token in text.tokens {
            for part in parts where token.text == part || token.text == part + "'s" || token.text == part + "s" {
                return Hit(evidence: text.evidence(from: token.start, to: token.end))
            }
        }
        return nil
    }

    /// The reply repeats specifics of the customer's message: two content words (or one
    /// number) the customer used, matched on their first five letters.
    func reflectionHit(_ message: String, text: ReplyText) -> Hit? {
        func isContent(_ token: Token) -> Bool {
            token.isNumber || (token.text.count >= 4 && !stopwords.contains(token.text) && !token.isNegator && !token.isIntensifier)
        }
        let stems = Set(tokenizer.tokenize(message).filter(isContent).map { String($0.text.prefix(5)) })
        var shared: [Token] = []
        var seen = Set<String>()
        for token in text.tokens where isContent(token) {
            let stem = String(token.text.prefix(5))
            if stems.contains(stem), seen.insert(stem).inserted { shared.append(token) }
        }
        let enough = shared.count >= 2 || shared.contains(where: \.isNumber)
        guard enough, let first = shared.first, let last = shared.last else { return nil }
        return Hit(evidence: text.evidence(from: first.start, to: last.end))
    }

    /// Mostly capitals (at least three words), or runs of `!!` / `?!`.
    func shoutingHit(_ text: ReplyText) -> Hit? {
        let words = text.tokens.filter { !$0.isNumber }
        let loud = words.filter(\.originalIsUppercase)
        if words.count >= 3, Double(loud.count) >= 0.6 * Double(words.count), let first = loud.first, let last = loud.last {
            return Hit(evidence: text.evidence(from: first.start, to: last.end))
        }
        let scalars = Array(text.text.unicodeScalars)
        for i in scalars.indices.dropLast() where (scalars[i] == "!" || scalars[i] == "?") && scalars[i + 1] == "!" {
            var end = i + 2
            while end < scalars.count, scalars[end] == "!" || scalars[end] == "?" { end += 1 }
            return Hit(evidence: text.evidence(from: i, to: end))
        }
        return nil
    }
}
