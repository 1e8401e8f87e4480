/// A claim reported as someone's words and denied right after is not made: "a colleague
/// tells people refunds are instant, they aren't", "if anyone's told you to reinstall,
/// please don't", "someone mentioned a free month - sorry, that's not something we can
/// give", "the FAQ says we don't refund bank charges, but that's out of date".
extension Negation {
    /// The first token of a denial of the match `start..<end`, if the match is reported
    /// and then denied. Reported: one of `reporting` ("told", "says", "mentioned") stands
    /// before the match in its sentence, within `window` words. Denied: within `gap` words
    /// after the match ("sorry", "but", "that"), in its sentence or opening the next, one
    /// of `denials` ("they aren't", "please don't", "that's wrong", "nobody can promise")
    /// or of `denialsAfter` ("is not something", "is not possible").
    public static func reportedDenial(start: Int, end: Int, in tokens: [Token], reporting: Set<String>,
                                      denials: [[String]], denialsAfter: [[String]],
                                      window: Int = 12, gap: Int = 3) -> Token? {
        guard !reporting.isEmpty, !denials.isEmpty || !denialsAfter.isEmpty, end <= tokens.count, start < end else { return nil }
        guard isReported(before: start, in: tokens, reporting: reporting, window: window) else { return nil }
        var sentences = 0
        for at in end..<min(tokens.count, end + gap + 1) {
            if tokens[at].sentenceBreakBefore { sentences += 1 }
            if sentences > 1 { break } // its sentence, or the next one's first words
            if let denial = denial(at: at, in: tokens, denials: denials, denialsAfter: denialsAfter) { return denial }
        }
        return nil
    }

    /// Whether one of `reporting` stands before `start` in its sentence, within `window` words.
    static func isReported(before start: Int, in tokens: [Token], reporting: Set<String>, window: Int) -> Bool {
        var index = start
        while index > 0, start - index < window, !tokens[index].sentenceBreakBefore {
            index -= 1
            if reporting.contains(tokens[index].text) { return true }
        }
        return false
    }

    /// One of `denials` starting at `at` (an intensifier may stand inside it: "that isn't
    /// actually right"), or one of `denialsAfter`; its first negator (or first token). A
    /// denial that ends with its negator ("they aren't", "please don't") must end its
    /// clause: "it isn't going to take days" denies nothing said before.
    private static func denial(at: Int, in tokens: [Token], denials: [[String]], denialsAfter: [[String]]) -> Token? {
        for phrase in denials {
            guard let after = phraseEnd(phrase, at: at, in: tokens) else { continue }
            if tokens[after - 1].isNegator && after < tokens.count && !tokens[after].clauseBreakBefore { continue }
            return tokens[at..<after].first { $0.isNegator } ?? tokens[at]
        }
        for phrase in denialsAfter {
            guard let after = phraseEnd(phrase, at: at, in: tokens) else { continue }
            return tokens[at..<after].first { $0.isNegator } ?? tokens[at]
        }
        return nil
    }

    /// Where `phrase` ends when it starts at `at`, in one clause, intensifiers inside it skipped.
    private static func phraseEnd(_ phrase: [String], at: Int, in tokens: [Token]) -> Int? {
        var index = at
        for (k, word) in phrase.enumerated() {
            if k > 0 {
                while index < tokens.count, tokens[index].isIntensifier, tokens[index].text != word,
                      !tokens[index].clauseBreakBefore { index += 1 }
            }
            guard index < tokens.count, tokens[index].text == word, k == 0 || !tokens[index].clauseBreakBefore else { return nil }
            index += 1
        }
        return index
    }
}
