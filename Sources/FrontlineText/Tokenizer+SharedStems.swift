/// Reflection asks of a customer's message only whether it holds the stems of the
/// reply's content words (a dozen or so). Collecting every stem of the message by
/// tokenising it was a tenth of grading a line; a message of plain ASCII words (most) is
/// read here without tokenising it: a word is looked up only when its stem is asked
/// about or it may be one of the language pack's own words (which can read as others).
extension Tokenizer {
    /// Which of `keys` the content words of `text` hold: bit k is set when
    /// `contentStems(of: text)` holds the ASCII stem `keys[k]` (`WordStems.key`). At most
    /// 64 keys, none zero. Needs a bound tokenizer, as `contentStems(of:)` does.
    package func sharedStems(of text: String, keys: UnsafeBufferPointer<UInt64>) -> UInt64 {
        guard let binding else { preconditionFailure("sharedStems(of:keys:) needs a bound tokenizer") }
        precondition(keys.count <= 64, "at most 64 stems")
        var wanted = WantedStems(keys)
        var text = text
        text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.foldCapacity) { folded in
                folded.initialize(repeating: 0) // read eight bytes at a time (`WordTable.prefix(folded:count:)`)
                return plainStems(utf8, &wanted, binding, folded)
            }
        }
        return wanted.found
    }

    /// The stem keys asked about, a 512-bit filter of them, and which were found.
    struct WantedStems {
        let keys: UnsafeBufferPointer<UInt64>
        var filter = InlineArray<8, UInt64>(repeating: 0)
        var found: UInt64 = 0

        init(_ keys: UnsafeBufferPointer<UInt64>) {
            self.keys = keys
            for key in keys {
                let bit = Self.bit(key)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }

        @inline(__always)
        static func bit(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55)
        }

        @inline(__always)
        func mayWant(_ key: UInt64) -> Bool {
            let bit = Self.bit(key)
            return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }

        /// Notes the stem of a content word by its key.
        @inline(__always)
        mutating func note(key: UInt64) {
            guard mayWant(key) else { return }
            for k in keys.indices where keys[k] == key { found |= 1 << UInt64(k) }
        }

        /// Notes the stems collected by tokenising part of the text.
        mutating func note(_ stems: WordStems) {
            for k in keys.indices where stems.contains(key: keys[k]) { found |= 1 << UInt64(k) }
        }
    }

    /// Reads a text word by word as `scan` would, noting the wanted stems its content words
    /// have. Plain ASCII words (most) are read here: a word is folded and looked up only
    /// when its stem is wanted or the pack may know it; most are judged by their stem key
    /// alone. Anything else (digits, other scripts, entities, numbers the pack spells out,
    /// very long words) is read by the tokenizer, from the end of the last word read here
    /// to the end of the next word that stands alone between spaces: the tokenizer starts
    /// afresh after such a word as it would have gone on after it.
    private func plainStems(_ utf8: UnsafeBufferPointer<UInt8>, _ wanted: inout WantedStems, _ binding: Binding,
                            _ folded: UnsafeMutableBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress else { return }
        let count = utf8.count
        var i = 0
        var clean = 0 // the end of the last word read here: the tokenizer may start from it
        func tokenizeFrom(_ at: Int) {
            let end = Self.nextStandaloneWordEnd(utf8, from: at, binding.packKeys)
            wanted.note(contentStems(UnsafeBufferPointer(rebasing: utf8[clean..<end]), folded, bound: true))
            i = end
            clean = end
        }
        while i < count {
            let byte = base[i]
            if Self.isASCIILetter(byte) {
                // One word: letters, with an apostrophe kept inside when a letter follows ("don't").
                let start = i
                var key: UInt64 = 0
                var apostrophe = false
                while i < count {
                    let c = base[i]
                    if Self.isASCIILetter(c) {
                        if i - start < 5 { key = key << 8 | UInt64(c | 0x20) }
                    } else if c == 0x27, i + 1 < count, Self.isASCIILetter(base[i + 1]) {
                        if i - start < 5 { key = key << 8 | 0x27 }
                        apostrophe = true
                    } else {
                        break
                    }
                    i += 1
                }
                // The word goes on in digits or another script ("abc1", "café", "it'5").
                if i < count && Self.continuesWord(utf8, at: i) { tokenizeFrom(i); continue }
                let length = i - start
                guard length <= folded.count else { tokenizeFrom(i); continue }
                key |= UInt64(min(length, 5)) << 56 // as `WordStems.key(ascii:)`
                // Looked up when the pack may read it as a content word or a number, or when
                // its stem is asked about, or when it has an apostrophe (a clitic may come
                // off); any other word gives no stem asked about (a pack word such as "to"
                // or "so" gives none at all).
                let lookUp = apostrophe || binding.packStemKeys.mayContain(key) || (length >= 4 && wanted.mayWant(key))
                if lookUp {
                    for k in 0..<length { folded[k] = base[start + k] == 0x27 ? 0x27 : base[start + k] | 0x20 }
                    let bytes = UnsafeBufferPointer(rebasing: folded[..<length])
                    guard wordStems(bytes, apostrophe: apostrophe, binding, into: &wanted) else { tokenizeFrom(i); continue }
                }
                clean = i
                continue
            }
            if byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || byte == 0x26 { // "&amp;" is an entity
                tokenizeFrom(i)
                continue
            }
            if byte == 0x3A || byte == 0x3B || byte == 0x3D {
                // ":D", ":-D": the "D" belongs to the emoticon (see `Emoticons.match`).
                var j = i + 1
                if j < count && (base[j] == 0x2D || base[j] == 0x27) { j += 1 }
                if j < count && base[j] == 0x44 && (j + 1 == count || !Self.isASCIIWord(base[j + 1])) {
                    if j + 1 < count && base[j + 1] >= 0x80 { tokenizeFrom(j + 1); continue }
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
    }

    /// After ASCII letters at byte `i`: the word goes on (a digit, a byte of another
    /// script, or an apostrophe before one of them).
    @inline(__always)
    static func continuesWord(_ utf8: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = utf8[i]
        if c >= 0x80 || (c >= 0x30 && c <= 0x39) { return true }
        guard c == 0x27, i + 1 < utf8.count else { return false }
        let next = utf8[i + 1]
        return next >= 0x80 || (next >= 0x30 && next <= 0x39)
    }

    /// The end of the first word from byte `from` on that stands alone: two or more ASCII
    /// letters with white space (or the text's start or end) on both sides, that the
    /// language pack does not know. Nothing before it carries over to what follows it (a
    /// plain word ends any number, range or entity). The text's end when there is none.
    static func nextStandaloneWordEnd(_ utf8: UnsafeBufferPointer<UInt8>, from: Int, _ packKeys: PackKeyFilter) -> Int {
        let count = utf8.count
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }
        var i = from
        while i < count {
            guard isASCIILetter(utf8[i]), i == 0 || isSpace(utf8[i - 1]) else { i += 1; continue }
            let start = i
            var key: UInt64 = 0
            while i < count && isASCIILetter(utf8[i]) {
                if i - start < 5 { key = key << 8 | UInt64(utf8[i] | 0x20) }
                i += 1
            }
            let length = i - start
            key |= UInt64(min(length, 5)) << 56
            if length >= 2 && (i == count || isSpace(utf8[i])) && !packKeys.mayContain(key) { return i }
        }
        return count
    }

    /// Notes the stems a word has, read as `scanWord` reads it (as itself or as the pack's
    /// words); false for a number word (numbers join their neighbours: the tokenizer reads those).
    private func wordStems(_ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Bool, _ binding: Binding,
                           into wanted: inout WantedStems) -> Bool {
        var bytes = bytes
        var entry = lexicon.id(bytes, hash: WordTable.hash(bytes))
        if !(0..<lexiconCount).contains(entry), apostrophe, let kept = cliticCut(bytes) { // "history's" is "history"
            bytes = UnsafeBufferPointer(rebasing: bytes[..<kept])
            entry = lexicon.id(bytes, hash: WordTable.hash(bytes))
        }
        if (0..<lexiconCount).contains(entry) {
            for t in Int(templateStart[Int(entry)])..<Int(templateStart[Int(entry) + 1]) {
                if templates[t].isNumber || templates[t].joinsNumbers { return false }
                if binding.templates[t].isContent, let key = WordStems.key(templates[t].text) { wanted.note(key: key) }
            }
        } else if bytes.count >= 4 && (entry < 0 || !binding.plain[Int(entry - lexiconCount)].isStop) {
            wanted.note(key: WordStems.key(ascii: bytes))
        }
        return true
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool {
        let folded = b | 0x20
        return folded >= 0x61 && folded <= 0x7A
    }
}

/// A bit per hashed stem key (`WordStems.key(ascii:)`) of the language pack's own ASCII
/// words (expansions, synonyms, number words, negators…): a word whose key has no bit
/// set is none of them. 4096 bits for a few hundred words: few words are looked up in vain.
struct PackKeyFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 64)

    @inline(__always)
    private static func bit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }

    /// Notes the stem key of a pack word; a word with other scripts in it needs none (no
    /// ASCII word is spelled as it is).
    mutating func insert(word: String) {
        let utf8 = Array(word.utf8)
        guard !utf8.isEmpty, utf8.allSatisfy({ $0 < 0x80 }) else { return }
        let bit = Self.bit(utf8.withUnsafeBufferPointer { WordStems.key(ascii: $0) })
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Self.bit(key)
        return bits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }
}
