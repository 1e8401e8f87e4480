import FrontlineModel
import FrontlineText

extension Grader {
    /// `relates_customer`: a statement in which the agent speaks of their own experience
    /// (one of the criterion's `say` phrases, not overlapped by one of its `unless`
    /// phrases nor taken back by an `unless_next` one) and that names something the customer told them — "my card was blocked
    /// abroad once too", answering a customer whose card was blocked abroad. The speaker's
    /// words alone ("I had a long week") say nothing of the customer; the customer's words
    /// alone are `reflects_customer`. A question relates nothing (it asks). One hit per
    /// sentence, at most `countedMatches`; its evidence runs from the phrase (or the first
    /// repeated word, if earlier) to the last repeated word of the sentence.
    ///
    /// The phrases are read as token positions, and each sentence is judged once: most
    /// replies say "I" many times, and quoting every match cost more than the rest.
    func relationHits(_ message: String, own: ArraySlice<PhraseMatcher.Match>, exceptions: ArraySlice<PhraseMatcher.Match>,
                      nextSentenceFrom: Int, text: ReplyText, customerName: String?) -> [Hit] {
        let tokens = text.tokens
        var repeated: [RepeatedWords.Word]?
        var hits: [Hit] = []
        var judgedUntil = 0 // tokens before this index belong to sentences already judged
        for match in own where match.startToken >= judgedUntil {
            if exceptions.contains(where: { $0.phrase < nextSentenceFrom && $0.startToken < match.endToken && match.startToken < $0.endToken })
                || Self.takenBack(after: match.endToken, exceptions: exceptions, nextSentenceFrom: nextSentenceFrom, tokens: tokens) {
                continue
            }
            if repeated == nil {
                repeated = repeatedWords(message, text: text, customerName: customerName).words
            }
            guard let repeated, !repeated.isEmpty else { return [] } // nothing in the reply repeats them
            let sentence = Self.sentence(around: match.startToken, in: tokens)
            judgedUntil = sentence.upperBound
            // The repeated words in this sentence (`repeated` is ascending).
            var lo = 0
            while lo < repeated.count && repeated[lo].token < sentence.lowerBound { lo += 1 }
            var hi = lo
            while hi < repeated.count && repeated[hi].token < sentence.upperBound { hi += 1 }
            guard lo < hi, !Self.endsWithQuestionMark(sentence, text: text) else { continue }
            let words = repeated[lo..<hi]
            let from = min(tokens[match.startToken].start, tokens[words.first!.token].start)
            let to = max(tokens[match.endToken - 1].end, tokens[words.last!.token].end)
            var named: [String] = []
            for word in words.map(\.token) {
                let quoted = text.evidence(from: tokens[word].start, to: tokens[word].end).text
                if !named.contains(quoted) { named.append(quoted) }
            }
            hits.append(Hit(evidence: text.evidence(from: from, to: to), note: "relates to: " + named.joined(separator: ", ")))
            if hits.count == Self.countedMatches { break }
        }
        return hits
    }

    /// The token range of the sentence that holds token `index`.
    static func sentence(around index: Int, in tokens: [Token]) -> Range<Int> {
        var start = index
        while start > 0 && !tokens[start].sentenceBreakBefore { start -= 1 }
        var end = index + 1
        while end < tokens.count && !tokens[end].sentenceBreakBefore { end += 1 }
        return start..<end
    }

    /// The sentence (a token range) ends with `?` or `؟`: what lies between its last token
    /// and the next one (or the end of the reply) holds one.
    static func endsWithQuestionMark(_ sentence: Range<Int>, text: ReplyText) -> Bool {
        let tokens = text.tokens
        let from = tokens[sentence.upperBound - 1].end
        let to = sentence.upperBound < tokens.count ? tokens[sentence.upperBound].start : text.scalarCount
        guard from < to else { return false }
        if text.isASCII {
            let utf8 = text.text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: from)
            return utf8[start..<utf8.index(start, offsetBy: to - from)].contains(0x3F)
        }
        let scalars = text.text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: from)
        return scalars[start..<scalars.index(start, offsetBy: to - from)].contains { $0 == "?" || $0 == "\u{061F}" }
    }
}
