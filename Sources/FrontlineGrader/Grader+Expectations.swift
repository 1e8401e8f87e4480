import Foundation
import FrontlineModel
import FrontlineText

extension Grader {
    /// Accuracy findings for the turn's own expectations: facts and actions are rewards,
    /// forbidden claims are penalties, anything said before what it `requires` is a
    /// critical failure, and a fact stated with the wrong value ("2-3 business days" where
    /// the policy is 5-7) is not credited but found as a wrong value of its own.
    func evaluateExpectations(_ context: GradingContext, text: ReplyText) -> [Finding] {
        let expectations = context.expectations
        let plan = expectationPlans.plan(expectations) {
            ExpectationPlan(expectations, tokenizer: tokenizer, reader: valueReader)
        }
        let matches = plan.matcher.matches(in: text.tokens)
        // The words of every claim the turn forbids that the reply makes: an `and_say` part
        // (the "when" of "book the engineer and say when") is not said by words that are
        // themselves a forbidden claim ("I'll get an engineer round this afternoon" where
        // same-day visits are forbidden books nothing he can plan around).
        var forbiddenSpans: [Range<Int>] = []
        // A forbidden claim inside the customer's words quoted back is theirs ("You asked
        // \"Can you release them today?\"").
        let quotes = text.text.unicodeScalars.contains { "\"“„«".unicodeScalars.contains($0) }
            ? customerQuotes(text, customerMessage: context.customerMessage) : []
        func quoted(_ match: PhraseMatcher.Match) -> Bool {
            quotes.contains { $0.lowerBound <= match.startToken && match.endToken <= $0.upperBound }
        }
        // Facts and actions a forbidden claim made here takes back (`contradicts`), by id: "it
        // takes 5-7 business days, but I'll get it to you today" has not set the expectation.
        var takenBack: [String: Evidence] = [:]
        for match in matches where match.key < expectations.count && expectations[match.key].kind == .forbidden {
            guard negator(of: match, in: text, plan: plan) == nil, !quoted(match) else { continue }
            forbiddenSpans.append(match.startToken..<match.endToken)
            for id in expectations[match.key].contradicts where takenBack[id] == nil {
                takenBack[id] = text.evidence(tokens: match.startToken..<match.endToken)
            }
        }
        // Where each expectation (and each part) was first said, negation respected.
        var firstSaid: [Int: (start: Int, evidence: Evidence)] = [:]
        var negated: [Int: Evidence] = [:]
        // How each negated one was read ("Shall I refund it?" is proposed, not done).
        var readings: [Int: NotSaid] = [:]
        // Parts and rewards said only inside a forbidden claim: "I can pause it for 6 months
        // for free" where the pause is 3 months offers no pause the policy allows.
        var saidAsForbidden: Set<Int> = []
        for match in matches {
            guard firstSaid[match.key] == nil else { continue }
            if match.key < expectations.count, expectations[match.key].kind == .forbidden, quoted(match) { continue }
            if match.key >= expectations.count || expectations[match.key].kind != .forbidden,
               forbiddenSpans.contains(where: { $0.lowerBound <= match.startToken && match.endToken <= $0.upperBound }) {
                saidAsForbidden.insert(match.key)
                continue
            }
            let evidence = text.evidence(tokens: match.startToken..<match.endToken)
            if let negator = negator(of: match, in: text, plan: plan) {
                if negated[match.key] == nil {
                    readings[match.key] = negator.reading
                    negated[match.key] = negator.before ? text.evidence(from: negator.token.start, to: evidence.end) : evidence
                }
                continue
            }
            firstSaid[match.key] = (match.startToken, evidence)
        }
        let stated = plan.values.contains { !$0.isEmpty } ? statedValues(text) : []

        var findings: [Finding] = []
        // Read from the conversation's earlier replies only when something is missed here.
        var saidEarlier: Set<Int>?
        var metIds: [String: Int] = [:] // id → token where it was said (for `requires`)
        for (k, said) in firstSaid where k < expectations.count { metIds[expectations[k].id] = said.start }
        for (index, expectation) in expectations.enumerated() {
            var said = firstSaid[index]
            var note: String?
            if said != nil, let missing = plan.partKeys[index].first(where: { firstSaid[$0] == nil }) {
                let part = plan.partNames[index][missing - (plan.partKeys[index].first ?? missing)]
                note = saidAsForbidden.contains(missing)
                    ? "only part of it: the rest was a forbidden claim ('\(part)')"
                    : "only part of it: nothing like '\(part)'"
                said = nil
            }
            var wrong: StatedValue?
            // Each value is judged on its own ("£650 on 1 May": the amount, then the date): the
            // first one stated right credits the fact; any one stated only wrong is a wrong value.
            if !plan.values[index].isEmpty {
                let others = plan.values.indices.filter { $0 != index }
                let otherValues = others.flatMap { plan.values[$0] }
                let rivals = others.flatMap { expectations[$0].kind == .forbidden ? [] : plan.values[$0] }
                var right: StatedValue?, vague: StatedValue?
                let clause = said.map { Self.clause(of: $0.start, in: text.tokens) }
                for expected in plan.values[index] {
                    let judged = judge(stated, expected: expected, tolerance: expectation.value?.tolerance ?? 0,
                                       others: otherValues, rivals: rivals, clause: clause)
                    if right == nil { right = judged.right }
                    if judged.right == nil, wrong == nil, let value = judged.wrong { wrong = value }
                    if vague == nil { vague = judged.vague }
                }
                if expectation.kind == .forbidden {
                    wrong = nil
                } else if right == nil, wrong == nil, let vague, let clause, clause.contains(vague.tokens.lowerBound) {
                    // The fact's words with only an approximation of its value beside them: "you
                    // should see it in a week or so" says the timing more vaguely than it is.
                    said = nil
                    note = "vaguer than \(expectation.value?.text ?? "the fact"): you said \(vague.text)"
                } else if wrong != nil {
                    said = nil
                } else if let right, said == nil, note == nil, expectation.andSay.isEmpty, expectation.value?.meetsAlone != false {
                    said = (right.tokens.lowerBound, text.evidence(tokens: right.tokens))
                }
            }
            if let said, let violation = unmetRequirement(expectation, at: said.start, context, metIds) {
                let required = expectations.first { $0.id == violation }?.name ?? violation
                findings.append(Finding(
                    dimension: .accuracy, criterionId: expectation.id, name: expectation.name, outcome: .triggered,
                    source: .expectation, points: -expectation.points, isCritical: true, evidence: said.evidence,
                    tip: "\(required) first: \(expectation.tip)", note: "said before '\(required)'"))
                continue
            }
            switch expectation.kind {
            case .fact, .action:
                var met = said != nil
                if met, let claim = takenBack[expectation.id] {
                    met = false
                    note = "taken back by '\(claim.text)'"
                }
                if !met, wrong == nil, note == nil, negated[index] == nil, !context.history.isEmpty {
                    if saidEarlier == nil { saidEarlier = saidInEarlierReplies(expectations, plan: plan, history: context.history) }
                    if saidEarlier?.contains(index) == true {
                        met = true
                        note = "said in an earlier reply"
                    }
                }
                if !met, negated[index] != nil, note == nil { note = (readings[index] ?? .negated).rawValue }
                if !met, wrong == nil, note == nil, saidAsForbidden.contains(index) { note = "said only inside a forbidden claim" }
                findings.append(Finding(
                    dimension: .accuracy, criterionId: expectation.id, name: expectation.name, outcome: met ? .met : .missed,
                    source: .expectation, points: met ? expectation.points : 0, possible: expectation.points,
                    isCritical: expectation.isCritical, evidence: said?.evidence ?? (wrong == nil ? negated[index] : nil),
                    tip: met ? nil : expectation.tip, note: met && said != nil ? nil : note))
                if let wrong, let value = expectation.value {
                    findings.append(Finding(
                        dimension: .accuracy, criterionId: expectation.id + Finding.wrongValueSuffix, name: "\(expectation.name): wrong value",
                        outcome: .triggered, source: .expectation, points: -expectation.points / 2,
                        isCritical: expectation.isCritical, evidence: text.evidence(tokens: wrong.tokens),
                        tip: expectation.tip, note: "you said \(wrong.text); it is \(value.text)"))
                }
            case .forbidden:
                // Made by its own words or by a claim that implies it (`implied_by`).
                let implied = said == nil
                    ? expectation.impliedBy.lazy.compactMap { id in expectations.firstIndex { $0.id == id }.flatMap { firstSaid[$0] } }.first
                    : nil
                guard let said = said ?? implied else { continue }
                findings.append(Finding(
                    dimension: .accuracy, criterionId: expectation.id, name: expectation.name, outcome: .triggered,
                    source: .expectation, points: -expectation.points, isCritical: expectation.isCritical,
                    evidence: said.evidence, tip: expectation.tip))
            }
        }
        return findings
    }

    /// How a match that does not count was read: the note its finding carries.
    enum NotSaid: String {
        case negated = "negated"
        case offered = "offered, not done"
        case asked = "asked, not said"
    }

    /// Whether a forbidden claim stands in a question with its negator ("You didn't want the
    /// free pause instead?", "Wouldn't you rather think it over?", "Don't you want to keep
    /// your plans?"): a negative question puts the claim to the customer, it does not deny
    /// it. Facts and actions keep their negation. The question must be the claim's own
    /// clause, to the sentence's end: in "I can't make a refund instant, they take a few
    /// days - but what's your order number?" the question is another.
    func negativeQuestion(_ negator: Token, match: PhraseMatcher.Match, in text: ReplyText, plan: ExpectationPlan) -> Bool {
        guard match.key < plan.kinds.count, plan.kinds[match.key] == .forbidden else { return false }
        let tokens = text.tokens
        var first = match.startToken
        while first > 0, !tokens[first].sentenceBreakBefore { first -= 1 }
        guard tokens[first..<match.startToken].contains(where: { $0.start == negator.start }) else { return false }
        let end = Negation.sentenceEnd(from: match.startToken, in: tokens)
        guard match.endToken >= end || !tokens[match.endToken..<end].contains(where: \.clauseBreakBefore) else { return false }
        return text.asksAfter(token: end - 1)
    }

    /// The token of the negator that cancels `match`, if one does: a negator just before it
    /// ("can't refund"), or one a gap let into it ("the fee * refunded" over "the fee can't
    /// be refunded") unless the pattern asks for it.
    func negator(of match: PhraseMatcher.Match, in text: ReplyText,
                         plan: ExpectationPlan) -> (token: Token, before: Bool, reading: NotSaid)? {
        if let negator = Negation.negator(before: match.startToken, in: text.tokens, exceptions: tokenizer.negationExceptions,
                                          reach: tokenizer.negationReach, objectOnly: tokenizer.objectNegators,
                                          complementizers: tokenizer.complementizers,
                                          counterfactuals: tokenizer.counterfactuals, polarity: tokenizer.negativePolarity,
                                          coordinators: tokenizer.coordinators, subjects: tokenizer.askerList,
                                          subordinators: tokenizer.subordinators, clauseSubjects: tokenizer.subjects),
           !negativeQuestion(negator, match: match, in: text, plan: plan) {
            return (negator, true, .negated)
        }
        if let inside = Negation.negator(inside: match.startToken..<match.endToken, in: text.tokens,
                                         exceptions: tokenizer.negationExceptions,
                                         named: plan.matcher.negatorsNamed(key: match.key, phrase: match.phrase)) {
            return (inside, false, .negated)
        }
        if let after = Negation.negator(after: match.endToken, in: text.tokens, trailing: tokenizer.trailingNegators,
                                                    exceptions: tokenizer.negationExceptions) {
            return (after, false, .negated)
        }
        // An action said under a condition is not done: "once a refund is issued", "if you
        // carry on I'm going to close this chat" (not a calm boundary). One met by offering
        // is met by a conditional offer too: "Otherwise I could pause it for you".
        if match.key < plan.kinds.count, plan.kinds[match.key] == .action, !plan.byOffer[match.key],
           let condition = Negation.condition(before: match.startToken, in: text.tokens, conditionals: tokenizer.conditionals,
                                               phrases: tokenizer.conditionalPhrases, requests: tokenizer.conditionalRequests,
                                               requestPhrases: tokenizer.conditionalRequestPhrases,
                                               consents: tokenizer.conditionalConsents, askers: tokenizer.askers,
                                               futures: tokenizer.futureAuxiliaries)
            ?? Negation.conditionClause(before: match.startToken, in: text.tokens, conditionals: tokenizer.conditionals,
                                        phrases: tokenizer.conditionalPhrases, requests: tokenizer.conditionalRequests,
                                        requestPhrases: tokenizer.conditionalRequestPhrases,
                                        consents: tokenizer.conditionalConsents) {
            return (condition, true, .negated)
        }
        // A fact or action proposed is not done: "Shall I refund the £4.95?" (a claim
        // offered is still made: "Would this afternoon suit for an engineer?").
        if match.key < plan.kinds.count, plan.kinds[match.key] != .forbidden, !plan.byOffer[match.key] {
            if let offer = Negation.offer(before: match.startToken, in: text.tokens, openers: tokenizer.offerOpeners) {
                return (offer, true, .offered)
            }
            // An action proposed by the question it stands in ("Would you like me to add you
            // to the bug report so you're notified?"), by an offer that is a clause of its own
            // before it ("If you like, I'll send a reset link") or by one closing its
            // sentence ("I can send you a reset link if you'd like me to?"): facts stay facts.
            if plan.kinds[match.key] == .action {
                if let offer = Negation.offerClause(before: match.startToken, in: text.tokens, openers: tokenizer.offerOpeners) {
                    return (offer, true, .offered)
                }
                if let offer = Negation.offerOpeningQuestion(holding: match.startToken, end: match.endToken, in: text.tokens, openers: tokenizer.offerOpeners,
                                                             isQuestion: { text.asksAfter(token: $0) }) {
                    return (offer, true, .offered)
                }
                if let offer = Negation.offerClosing(after: match.endToken, in: text.tokens, openers: tokenizer.offerOpeners) {
                    return (offer, false, .offered)
                }
                if let offer = Negation.offerAskedNext(before: match.startToken, in: text.tokens, abilities: tokenizer.abilities,
                                                       questions: tokenizer.goAheadQuestions, isQuestion: { text.asksAfter(token: $0) }) {
                    return (offer, true, .offered)
                }
            }
        }
        // A fact or action in a question the speaker asks themself: "I'll look into whether
        // the fee can be refunded", or an offer: "let me check with the warehouse whether we
        // can send a replacement" offers nothing yet (a forbidden claim is still made: "I'll
        // see if I can get you a month free" raises what the policy does not allow).
        if match.key < plan.kinds.count, plan.kinds[match.key] != .forbidden,
           let opener = Negation.embeddedQuestion(holding: match.startToken, end: match.endToken, in: text.tokens, openers: tokenizer.embeddedQuestions,
                                                  askers: tokenizer.askers, isQuestion: { text.asksAfter(token: $0) }) {
            return (opener, true, .asked)
        }
        if let denial = Negation.denial(after: match.endToken, in: text.tokens, denials: tokenizer.denialsAfter) {
            return (denial, false, .negated)
        }
        if let retraction = Negation.retraction(after: match.endToken, in: text.tokens, retractions: tokenizer.retractions) {
            return (retraction, false, .negated)
        }
        if let denial = Negation.reportedDenial(start: match.startToken, end: match.endToken, in: text.tokens,
                                                reporting: tokenizer.reportedOrWished, denials: tokenizer.reportDenials,
                                                denialsAfter: tokenizer.denialsAfter) {
            return (denial, false, .negated)
        }
        if let refusal = Negation.frontedRefusal(start: match.startToken, end: match.endToken, in: text.tokens,
                                                 reach: tokenizer.negationReach, complementizers: tokenizer.complementizers) {
            return (refusal, false, .negated)
        }
        return nil
    }

    /// The values a reply states.
    ///
    /// A value right after a negator, in its clause, is one the speaker denies, not states:
    /// "it's 7-10 business days, not a week" says nothing agreeing with a week ("no more
    /// than a week", with words between, still bounds it; "today, no - 2 business days"
    /// states the two days).
    func statedValues(_ text: ReplyText) -> [StatedValue] {
        let scalars = Array(text.text.unicodeScalars)
        let tokens = text.tokens
        let values = valueReader.values(in: tokens, scalars: scalars).filter { value in
            value.tokens.lowerBound >= tokens.count
                || Negation.negator(before: value.tokens.lowerBound, in: tokens, window: 1, exceptions: tokenizer.negationExceptions) == nil
        }
        return ValueReader.correcting(values, in: tokens, scalars: scalars, corrections: tokenizer.corrections,
                                      recaps: tokenizer.recaps)
    }

    /// Of the values stated, the first of the expected one's quantity that agrees with it,
    /// and the first that is a wrong value for it. A value is wrong for an expectation only
    /// when it is about the same thing: of the same quantity, within `wrongScale` of the
    /// expected value ("two minutes apart" says nothing about a refund that takes days),
    /// agreeing with no other expectation of the turn (`others`) and nearer to this one's
    /// value than to any other fact's (`rivals`: a value two facts could mean is blamed on
    /// one, not both).
    ///
    /// A bounded value ("within 24 hours", "up to a week") in the `clause` where the
    /// expectation itself is said is its deadline, up to `besideScale`: "a confirmation
    /// email within 24 hours" (10 minutes, 144 times more) is a wrong value. A value without
    /// a bound there may say something else ("it restarts after the 3 months, and we email
    /// you the day before": the pause, not the notice).
    ///
    /// A day of the month in that clause ("went out on the 2nd") is judged against an
    /// expected date's day (1 May): elsewhere "the 3rd time" would be about nothing. So is
    /// an amount said as prices are spoken ("refunded three ninety-five") against an
    /// expected amount with hundredths (£4.95). Both can only be wrong: said right, the
    /// fact's own words still have to say what it is.
    func judge(_ stated: [StatedValue], expected: StatedValue, tolerance: Double,
               others: [StatedValue], rivals: [StatedValue], clause: Range<Int>? = nil)
        -> (right: StatedValue?, wrong: StatedValue?, vague: StatedValue?) {
        var right: StatedValue?, wrong: StatedValue?, vague: StatedValue?
        for value in stated {
            var expected = expected, onlyWrong = false
            if value.quantity == "day", expected.quantity == "date", clause?.contains(value.tokens.lowerBound) == true {
                let day = expected.low.truncatingRemainder(dividingBy: 32)
                expected = StatedValue(quantity: "day", low: day, high: day, tokens: expected.tokens)
                onlyWrong = true
            } else if value.quantity == StatedValue.spokenAmount, expected.quantity.hasPrefix("money:"),
                      expected.low == expected.high, expected.low != expected.low.rounded(),
                      clause?.contains(value.tokens.lowerBound) == true {
                expected = StatedValue(quantity: StatedValue.spokenAmount, low: expected.low, high: expected.high, tokens: expected.tokens)
                onlyWrong = true
            }
            guard value.quantity == expected.quantity else { continue }
            if value.agrees(with: expected, tolerance: tolerance) {
                // The day alone ("rather than the 1st") credits nothing: it can only be wrong.
                if onlyWrong { continue }
                // "About a week" for 5-7 business days, "roughly £5" for £4.95: near enough
                // not to be wrong, too vague to say the fact.
                if value.isApproximation(of: expected, tolerance: tolerance) {
                    if vague == nil { vague = value }
                    continue
                }
                // "They will contact you in 1 business day" answers the response time (1
                // day), not the release (1-2 days) it also lies inside: a value two facts
                // agree with is the nearer one's.
                let nearer = rivals.contains { $0.quantity == value.quantity && value.agrees(with: $0, tolerance: 0)
                    && Self.distance(value, $0) < Self.distance(value, expected) }
                if right == nil, !nearer { right = value }
                continue
            }
            let besideIt = value.bound != nil && (clause.map { $0.contains(value.tokens.lowerBound) } ?? false)
            let scale = besideIt ? Self.besideScale : Self.wrongScale
            guard wrong == nil, Self.distance(value, expected) <= log(scale) else { continue }
            if others.contains(where: { value.agrees(with: $0, tolerance: 0) }) { continue }
            if rivals.contains(where: { $0.quantity == value.quantity && Self.distance(value, $0) < Self.distance(value, expected) }) { continue }
            wrong = value
        }
        return (right, wrong, vague)
    }

    /// The tokens of the clause that holds token `index` (punctuation and clause-break
    /// words such as "but" end it).
    static func clause(of index: Int, in tokens: [Token]) -> Range<Int> {
        var start = min(index, tokens.count - 1), end = start + 1
        while start > 0, !tokens[start].clauseBreakBefore { start -= 1 }
        while end < tokens.count, !tokens[end].clauseBreakBefore { end += 1 }
        return max(0, start)..<end
    }

    /// How many times larger or smaller a stated value may be than the expected one and
    /// still be a wrong statement of it rather than a statement about something else.
    static let wrongScale = 12.0
    /// The same for a bounded value in the clause that says the expectation (see `judge`).
    static let besideScale = 200.0

    /// How far apart two values are, as the logarithm of their ratio (midpoints of ranges).
    static func distance(_ a: StatedValue, _ b: StatedValue) -> Double {
        if a.address != nil || b.address != nil { return 0 } // an address is about the one thing it names
        let x = max((a.low + a.high) / 2, 1e-9), y = max((b.low + b.high) / 2, 1e-9)
        return abs(log(x / y))
    }

    /// The first requirement neither met earlier in the conversation nor said earlier in
    /// this reply.
    private func unmetRequirement(_ expectation: Expectation, at start: Int, _ context: GradingContext,
                                  _ saidAt: [String: Int]) -> String? {
        expectation.requires.first { required in
            if context.alreadyMet.contains(required) { return false }
            if let earlier = saidAt[required], earlier < start { return false }
            return true
        }
    }
}
