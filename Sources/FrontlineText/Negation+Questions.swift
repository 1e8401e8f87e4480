/// A fact or action inside a question the speaker asks themself is asked, not said: "I'll
/// look into whether the fee can be refunded" refunds nothing. The question is opened by one
/// of the language's `embedded_questions` ("check whether", "see if", Latvian "pārbaudīšu,
/// vai", Persian «ببینم»); a sentence that ends in a question mark asks the customer instead
/// ("I just wanted to check whether a free pause might suit you better?" offers the pause).
extension Negation {
    /// The first token of one of `openers` that opens an embedded question holding the end
    /// of a match (`start..<end`): the opener ends before the match's last token, at most
    /// `window` words before its first ("The £4.95 - I'll look into whether that can be
    /// refunded" asks about what the match ends with), in the clause of that last token (an
    /// opener may end where the clause begins: the comma in Latvian "pārbaudīšu, vai …" is
    /// written before "vai"), with no sentence break inside it. With `askers`, one of them
    /// stands before the opener in the opener's clause, so that the speaker is the one asking
    /// ("I'll check whether …", "let me see if …"); "Please check whether the £4.95 is back
    /// on your card" asks the customer to look for what was done. `isQuestion` is asked of
    /// the sentence's last token when an opener is found: a question asks the customer.
    public static func embeddedQuestion(holding start: Int, end matchEnd: Int, in tokens: [Token], openers: [[String]],
                                        askers: Set<String>, window: Int = 8,
                                        isQuestion: (_ lastToken: Int) -> Bool) -> Token? {
        guard !openers.isEmpty, start < matchEnd, matchEnd <= tokens.count, matchEnd > 1 else { return nil }
        let last = matchEnd - 1
        let clause = clauseStart(of: last, in: tokens)
        var end = last
        while end > clause, end >= start - window {
            for opener in openers {
                guard let first = openerStart(opener, endingAt: end, in: tokens) else { continue }
                // In the clause, or ending at the word that begins it ("pārbaudīšu, vai").
                let inClause = first >= clause
                    || (end - 1 == clause && !tokens[(first + 1)..<clause].contains(where: \.clauseBreakBefore))
                guard inClause, !tokens[(first + 1)..<end].contains(where: \.sentenceBreakBefore),
                      askers.isEmpty || askedBySpeaker(before: first, in: tokens, askers: askers) else { continue }
                return isQuestion(sentenceEnd(from: last, in: tokens) - 1) ? nil : tokens[first]
            }
            end -= 1
        }
        return nil
    }

    /// Words a gap in an opener (`Tokenizer.gapped`: "check * whether") may stand for:
    /// "check with the warehouse whether", "ask my team lead if".
    static let openerGap = 4

    /// Where `opener` starts when it ends right before token `end`, or nil. An empty word in
    /// it is a gap of up to `openerGap` words.
    static func openerStart(_ opener: [String], endingAt end: Int, in tokens: [Token]) -> Int? {
        guard let gap = opener.firstIndex(of: "") else {
            guard opener.count <= end, tokens.startsPhrase([opener], at: end - opener.count, before: end) else { return nil }
            return end - opener.count
        }
        let head = Array(opener[..<gap]), tail = Array(opener[(gap + 1)...])
        let tailStart = end - tail.count
        guard !head.isEmpty, tailStart >= 0, tokens.startsPhrase([tail], at: tailStart, before: end) else { return nil }
        var headEnd = tailStart
        while headEnd >= head.count, tailStart - headEnd <= openerGap {
            if tokens.startsPhrase([head], at: headEnd - head.count, before: headEnd) { return headEnd - head.count }
            headEnd -= 1
        }
        return nil
    }

    /// One of `askers` stands in the clause before `index`, at most six words before it.
    static func askedBySpeaker(before index: Int, in tokens: [Token], askers: Set<String>) -> Bool {
        var at = index
        while at > 0, index - at < 6, !tokens[at].clauseBreakBefore {
            at -= 1
            if askers.contains(tokens[at].text) { return true }
        }
        return false
    }
}
