/// English contracts "has" to "'s" as it does "is": "it's been sent" is "it has been
/// sent", "the refund's been issued" is "the refund has been issued". Before one of
/// `LanguagePack.hasBefore` ("been", "got"), an "is" (from "it's", "there's", or written
/// out: "it is been three days" says the same) reads as "has", and a noun's "'s", which
/// the tokenizer drops as a clitic ("history's" is "history"), as a "has" of its own.
extension Tokenizer {
    /// What the contracted "'s" reads as before a `hasBefore` word, and the word it is
    /// otherwise expanded to.
    static let hasReading = (contracted: "is", reads: "has")

    func readHasBefore(_ tokens: inout [Token], _ utf8: UnsafeBufferPointer<UInt8>) {
        // Bound (a reply): the words by vocabulary id, an integer compare a token.
        let ids = binding?.hasBefore
        if let ids, ids.isEmpty { return }
        var k = 1
        while k < tokens.count {
            defer { k += 1 }
            guard !tokens[k].clauseBreakBefore else { continue }
            if let ids {
                guard ids.contains(tokens[k].word) else { continue }
            } else {
                let text = tokens[k].text
                guard hasBefore.contains(where: { $0 == text }) else { continue }
            }
            if tokens[k - 1].text == Self.hasReading.contracted {
                tokens[k - 1].text = Self.hasReading.reads
                bind(&tokens[k - 1])
            } else if !tokens[k - 1].isNumber, Self.endsWithApostropheS(codePointOffset: tokens[k - 1].end, utf8) {
                let end = tokens[k - 1].end
                var has = Token(text: Self.hasReading.reads, start: end - 2, end: end)
                bind(&has)
                tokens.insert(has, at: k)
                k += 1
            }
        }
    }

    /// Whether the text's code points just before `codePointOffset` are "'s" or "’s".
    static func endsWithApostropheS(codePointOffset: Int, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var byte = 0, points = 0
        while byte < utf8.count && points < codePointOffset {
            let lead = utf8[byte]
            byte += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            points += 1
        }
        guard points == codePointOffset, byte >= 2, utf8[byte - 1] | 0x20 == 0x73 else { return false } // "s" or "S"
        if utf8[byte - 2] == 0x27 { return true }
        return byte >= 4 && utf8[byte - 4] == 0xE2 && utf8[byte - 3] == 0x80 && utf8[byte - 2] == 0x99 // U+2019
    }
}
