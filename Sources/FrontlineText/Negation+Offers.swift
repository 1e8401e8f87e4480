/// An action proposed rather than done, where the proposal does not stand right before it
/// (`Negation.offer`): a question an offer opens ("Would you like me to add you to the bug
/// report so you're notified when it's fixed?") proposes all it says, as does a clause of
/// one the action reaches into; an offer that closes its sentence ("I can send you a reset
/// link if you'd like me to?", "I could pause it, want me to?") or that is a clause of its
/// own before the action ("If you'd like, I can send you a reset link") proposes it too.
extension Negation {
    /// The first token of one of `openers` that begins the sentence holding a match
    /// (`start..<end`), or a clause of it before the match's end ("Thanks - would you like
    /// me to …?", "And the £4.95 - would you like me to look at refunding that?"), when
    /// `isQuestion` says that sentence is a question (asked only when such an opener is found).
    public static func offerOpeningQuestion(holding start: Int, end: Int, in tokens: [Token], openers: [[String]],
                                            isQuestion: (_ lastToken: Int) -> Bool) -> Token? {
        guard !openers.isEmpty, start < end, end <= tokens.count else { return nil }
        var first = start
        while first > 0, !tokens[first].sentenceBreakBefore { first -= 1 }
        let stop = sentenceEnd(from: start, in: tokens)
        var opener: Int?
        for at in first..<end where at == first || tokens[at].clauseBreakBefore {
            if tokens.startsPhrase(openers, at: at, before: stop) { opener = at; break }
        }
        guard let opener else { return nil }
        return isQuestion(stop - 1) ? tokens[opener] : nil
    }

    /// The first token of one of `openers` after `end` (a match's end), within `window`
    /// words of it, that closes its sentence ("… reset link if you'd like me to?"), the
    /// match's clause ("I can raise a ticket if you'd like me to - they reply within a
    /// day") or the clause after it ("I can raise a ticket, if you'd like me to - …"). An
    /// opener with words after it in its clause ("I've sent it - shall I stay on while you
    /// try?") proposes what follows it, not what came before.
    public static func offerClosing(after end: Int, in tokens: [Token], openers: [[String]], window: Int = 6) -> Token? {
        guard !openers.isEmpty, end <= tokens.count else { return nil }
        let sentence = sentenceEnd(from: max(end - 1, 0), in: tokens)
        // The ends of the match's clause and of the next one ("…, if you'd like me to - …").
        var stops: [Int] = []
        var k = end
        while k < sentence, stops.count < 2 {
            if tokens[k].clauseBreakBefore { stops.append(k) }
            k += 1
        }
        for stop in stops + [sentence] {
            for opener in openers where opener.count <= stop - end {
                let first = stop - opener.count
                // Near the match, or the sentence's whole last clause ("I can unlock it and
                // send you a reset link, if you like?" offers both, however long the first clause).
                let closesSentence = stop == sentence && first > end && tokens[first].clauseBreakBefore
                guard first >= end, first - end <= window || closesSentence,
                      tokens.startsPhrase([opener], at: first, before: stop) else { continue }
                return tokens[first]
            }
        }
        return nil
    }

    /// The first token of one of `openers` that is a whole clause right before the clause
    /// holding `start` (a comma between them): "If you like, I'll send you a reset link" —
    /// and all of that clause ("If you want, I can add your details to the bug report so that
    /// you get an email once it's released" proposes the email too), or its first `window`
    /// words.
    public static func offerClause(before start: Int, in tokens: [Token], openers: [[String]], window: Int = .max) -> Token? {
        guard !openers.isEmpty, start < tokens.count else { return nil }
        let clause = clauseStart(of: start, in: tokens)
        guard clause > 0, start - clause <= window, !tokens[clause].sentenceBreakBefore else { return nil }
        for opener in openers where opener.count <= clause {
            let first = clause - opener.count
            guard first == 0 || tokens[first].clauseBreakBefore,
                  !tokens[(first + 1)..<clause].contains(where: \.clauseBreakBefore),
                  tokens.startsPhrase([opener], at: first, before: clause) else { continue }
            return tokens[first]
        }
        return nil
    }

    /// The first token of one of `abilities` ending within `window` words before a match,
    /// in its clause, when a question (`isQuestion` of its last token) opening with one of
    /// `questions`, with at most `rest` words after it, follows: as the next sentence ("I
    /// can send you a new reset link to the email on file. Do you want that I send it?"
    /// proposes the link; "… Shall I stay on while you try it?" proposes something else), or
    /// as a later clause of the match's own sentence ("I can book one for tomorrow - you
    /// prefer morning or afternoon?").
    public static func offerAskedNext(before start: Int, in tokens: [Token], abilities: [[String]], questions: [[String]],
                                      window: Int = 4, rest: Int = 4, isQuestion: (_ lastToken: Int) -> Bool) -> Token? {
        guard !abilities.isEmpty, !questions.isEmpty, start < tokens.count else { return nil }
        // The ability may open the match itself ("I can send you …" matched from "I").
        let longest = abilities.map(\.count).max() ?? 0
        var ability: Token?
        var first = start
        while first >= 0, first >= start - window - longest, first == start || !tokens[first + 1].clauseBreakBefore {
            if abilities.contains(where: { first + $0.count >= start - window && tokens.startsPhrase([$0], at: first, before: first + $0.count) }) {
                ability = tokens[first]
                break
            }
            first -= 1
        }
        guard let ability else { return nil }
        /// Whether a go-ahead question opens at `at` and runs to `end`.
        func asks(at: Int, end: Int) -> Bool {
            questions.contains { end - at - $0.count <= rest && tokens.startsPhrase([$0], at: at, before: end) } && isQuestion(end - 1)
        }
        let sentence = sentenceEnd(from: start, in: tokens)
        for at in (start + 1)..<sentence where tokens[at].clauseBreakBefore && asks(at: at, end: sentence) { return ability }
        guard sentence < tokens.count else { return nil }
        return asks(at: sentence, end: sentenceEnd(from: sentence, in: tokens)) ? ability : nil
    }

    /// The first token of the clause holding `index`.
    static func clauseStart(of index: Int, in tokens: [Token]) -> Int {
        var start = index
        while start > 0, !tokens[start].clauseBreakBefore { start -= 1 }
        return start
    }

    /// The index after the last token of the sentence holding `index`.
    public static func sentenceEnd(from index: Int, in tokens: [Token]) -> Int {
        var end = index + 1
        while end < tokens.count, !tokens[end].sentenceBreakBefore { end += 1 }
        return end
    }
}
