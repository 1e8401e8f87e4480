/// Content words (what reflection compares): numbers, and words of four letters or more
/// that are not stopwords, negators or intensifiers, kept by their first five characters.
extension Tokenizer {
    /// A number, or a word of four letters or more that is not a stopword, negator or intensifier.
    @inline(__always)
    package static func isContent(_ token: borrowing Token, stopwords: WordTable) -> Bool {
        if token.isNumber { return true }
        if token.isNegator || token.isIntensifier { return false }
        var text = token.text
        return text.withUTF8 { bytes in
            if bytes.count < 4 { return false }
            if bytes.allSatisfy({ $0 < 0x80 }) || token.text.count >= 4 {
                return stopwords.id(bytes) < 0
            }
            return false
        }
    }

    /// `isContent` for a token of a bound tokenizer (see `binding`), judged by the
    /// stopwords it was bound with: the tokenizer has set the token's flag.
    @inline(__always)
    package static func isContent(bound token: borrowing Token) -> Bool { token.isContentWord }

    /// `isContent` from a token's parts, `isStopword` already known.
    static func isContent(text: String, isNumber: Bool, isNegator: Bool, isIntensifier: Bool, isStopword: Bool) -> Bool {
        if isNumber { return true }
        if isNegator || isIntensifier || isStopword { return false }
        let utf8 = text.utf8
        if utf8.count < 4 { return false }
        return utf8.allSatisfy({ $0 < 0x80 }) || text.count >= 4
    }

    /// `contentStems(of:stopwords:)` with the stopwords this tokenizer was bound with
    /// (see `binding`): a plain word's lookup in the lexicon says whether it is one.
    package func contentStems(of text: String) -> WordStems {
        guard let binding else { preconditionFailure("contentStems(of:) needs a bound tokenizer") }
        return contentStems(of: text, stopwords: binding.stopwords, bound: true)
    }

    /// The stems of the content words of `text`: the same as tokenising it and keeping
    /// the stems of the tokens `isContent` accepts, but a plain ASCII word (most of a
    /// message) is judged from its folded bytes as it is scanned, without making a
    /// `String` for it.
    package func contentStems(of text: String, stopwords: WordTable) -> WordStems {
        contentStems(of: text, stopwords: stopwords, bound: false)
    }

    private func contentStems(of text: String, stopwords: WordTable, bound: Bool) -> WordStems {
        var text = text
        return text.withUTF8 { utf8 in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.foldCapacity) { folded in
                folded.initialize(repeating: 0) // read eight bytes at a time (`WordTable.prefix(folded:count:)`)
                return contentStems(utf8, folded, stopwords: stopwords, bound: bound)
            }
        }
    }

    /// The stems of the content words of UTF-8 `utf8` (see `contentStems(of:stopwords:)`),
    /// `folded` the scan's scratch space; `bound`: by the stopwords this tokenizer was bound with.
    func contentStems(_ utf8: UnsafeBufferPointer<UInt8>, _ folded: UnsafeMutableBufferPointer<UInt8>,
                      stopwords: WordTable? = nil, bound: Bool) -> WordStems {
        var sink = ContentSink(stopwords: stopwords ?? binding!.stopwords, bound: bound)
        let tokens = withUnsafeMutablePointer(to: &sink) { sink in scan(utf8, folded: folded, content: sink) }
        // The other tokens (numbers, words the lexicon rewrites, other scripts, the marks
        // that stand for number ranges).
        tokens.withUnsafeBufferPointer { tokens in
            for i in tokens.indices where bound ? tokens[i].isContentWord : Self.isContent(tokens[i], stopwords: sink.stopwords) {
                sink.stems.insert(tokens[i].text)
            }
        }
        return sink.stems
    }

    struct ContentSink {
        let stopwords: WordTable
        /// The stopwords are the bound tokenizer's: a word's lexicon entry tells.
        var bound = false
        var stems = WordStems()
    }
}

/// Words by their first five characters (ASCII words packed into an integer, kept in
/// a small open-addressing table: a long customer message has hundreds of stems, and
/// every content word of the reply is looked up).
package struct WordStems {
    /// 0 marks an empty slot (a packed key always carries its length, at least 1).
    private var slots: [UInt64] = []
    private var count = 0
    private var other: Set<String> = []

    package init() {}

    package var isEmpty: Bool { count == 0 && other.isEmpty }

    /// Every stem held (ASCII stems by their packed keys, the others as text): for tests
    /// that compare two ways of collecting them.
    package var members: (keys: Set<UInt64>, other: Set<String>) {
        (Set(slots.filter { $0 != 0 }), other)
    }

    package static func key(_ word: String) -> UInt64? {
        // Read in place where the string allows (a native one always does): copying it to
        // call `withUTF8` retained and released it for every content word of a reply.
        if let key = word.utf8.withContiguousStorageIfAvailable({ key(utf8: $0) }) { return key }
        var word = word
        return word.withUTF8 { key(utf8: $0) }
    }

    /// The first five bytes make the key; the sixth must be ASCII too (as a byte-by-byte
    /// scan that stops after five would have found). Nil for an empty or non-ASCII stem.
    @inline(__always)
    private static func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let n = min(bytes.count, 5)
        if n == 0 { return nil }
        var key: UInt64 = 0
        for i in 0..<n {
            if bytes[i] >= 0x80 { return nil }
            key = key << 8 | UInt64(bytes[i])
        }
        if bytes.count > 5 && bytes[5] >= 0x80 { return nil }
        return key | UInt64(n) << 56
    }

    /// The key of a non-empty ASCII word.
    @inline(__always)
    static func key(ascii bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        let n = min(bytes.count, 5)
        for i in 0..<n { key = key << 8 | UInt64(bytes[i]) }
        return key | UInt64(n) << 56
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// A word's stem, worked out once to be looked up in more than one set.
    package struct Stem {
        let key: UInt64?
        let word: String

        package init(_ word: String) {
            self.key = WordStems.key(word)
            self.word = word
        }
    }

    /// Adds `stem`; false if it was there already.
    @discardableResult
    package mutating func insert(_ stem: Stem) -> Bool {
        guard let key = stem.key else { return other.insert(String(stem.word.prefix(5))).inserted }
        return insert(key: key)
    }

    package func contains(_ stem: Stem) -> Bool {
        guard let key = stem.key else { return other.contains(String(stem.word.prefix(5))) }
        return contains(key: key)
    }

    /// Adds `word`'s stem; false if it was there already.
    @discardableResult
    package mutating func insert(_ word: String) -> Bool {
        guard let key = Self.key(word) else { return other.insert(String(word.prefix(5))).inserted }
        return insert(key: key)
    }

    /// Adds the stem of a non-empty ASCII word; false if it was there already.
    @discardableResult
    mutating func insert(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        insert(key: Self.key(ascii: bytes))
    }

    private mutating func insert(key: UInt64) -> Bool {
        if slots.isEmpty { slots = Array(repeating: 0, count: 64) }
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = Array(repeating: 0, count: old.count * 2)
            let mask = slots.count - 1
            for k in old where k != 0 {
                var i = Self.slot(k, mask)
                while slots[i] != 0 { i = (i + 1) & mask }
                slots[i] = k
            }
        }
        let mask = slots.count - 1
        var i = Self.slot(key, mask)
        while slots[i] != 0 {
            if slots[i] == key { return false }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
        return true
    }

    package func contains(_ word: String) -> Bool {
        guard let key = Self.key(word) else { return other.contains(String(word.prefix(5))) }
        return contains(key: key)
    }

    package func contains(key: UInt64) -> Bool {
        guard !slots.isEmpty else { return false }
        let mask = slots.count - 1
        var i = Self.slot(key, mask)
        while slots[i] != 0 {
            if slots[i] == key { return true }
            i = (i + 1) & mask
        }
        return false
    }
}
