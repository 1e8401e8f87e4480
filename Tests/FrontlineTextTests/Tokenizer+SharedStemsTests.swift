import Testing
@testable import FrontlineText

/// `sharedStems(of:keys:)` reads most messages without tokenising them; for every stem
/// asked about it must answer as collecting all the message's stems does.
@Suite struct TokenizerSharedStemsTests {
    static let stopwords = WordTable(["the", "and", "your", "is", "from", "with"])
    static let vocabulary = WordTable(["parcel", "refund", "sorry", "days", "the", "5", "25", "working"])

    /// English with a clitic ("history's" is "history"), bound as a grader binds it.
    static let bound: Tokenizer = {
        var pack = TestPacks.english
        pack.clitics = ["'s"]
        return Tokenizer(pack).binding(vocabulary: vocabulary, stopwords: stopwords)
    }()

    static let texts = ContentWordsTests.texts + [
        "Your parcel's late, and the refund never came", "history's children's O'Brien's a's",
        "Working days: business days, thx so much", "I'm sure we'll sort it; can't promise though",
        "Great :D really :-D and =D, also :Done :Dx", "It's done :D", "the D-day plan", "XD xD",
        "fish &amp; chips", "twenty days", "Thirty", "the 'quoted' words' endings'", "rock'n'roll don't",
        "café customers", "naïve", "Parcels PARCEL parcelling", "wanna wannabe", "it's its itself",
        "It'", "'", "a'b", "can't'", "x" + String(repeating: "y", count: 63), "x" + String(repeating: "y", count: 64),
    ]

    /// The ASCII stem keys of the content words of `texts`, as a reply's would be asked.
    static func keys(_ texts: [String]) -> [UInt64] {
        var keys: [UInt64] = []
        for text in texts {
            for token in bound.tokenize(text) where token.isContentWord {
                if let key = WordStems.key(token.text), !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }

    /// Whether `sharedStems` answers for each of `keys` (64 at a time) as `contentStems` does.
    func agree(_ text: String, keys: [UInt64], _ tokenizer: Tokenizer = bound) -> Bool {
        let all = tokenizer.contentStems(of: text)
        for start in stride(from: 0, to: max(keys.count, 1), by: 64) {
            let asked = Array(keys[start..<min(start + 64, keys.count)])
            let found = asked.withUnsafeBufferPointer { tokenizer.sharedStems(of: text, keys: $0) }
            for k in asked.indices where (found & (1 << UInt64(k)) != 0) != all.contains(key: asked[k]) { return false }
        }
        return true
    }

    @Test("answers as tokenising does, asked about every stem of every case", arguments: texts)
    func agreesOnEveryStem(text: String) {
        #expect(agree(text, keys: Self.keys(Self.texts)), "\(text)")
        #expect(agree(text, keys: Self.keys([text])), "\(text)")
        #expect(agree(text, keys: []), "\(text)")
    }

    @Test func findsTheAskedStemsOfAPlainMessage() {
        let keys = Self.keys(["parcel refund history business"]) + [WordStems.key("the")!]
        let found = keys.withUnsafeBufferPointer {
            Self.bound.sharedStems(of: "My PARCEL's history: the working refund", keys: $0)
        }
        // "working" is the pack's "business"; "the" is a stopword.
        let wanted = ["parcel", "history", "refund", "business"].compactMap { WordStems.key($0) }
        for k in keys.indices { #expect((found & (1 << UInt64(k)) != 0) == wanted.contains(keys[k])) }
    }

    @Test func aStopwordIsNoContentStem() {
        let keys = [WordStems.key("with")!] // a stopword: no reply asks for it, but ask anyway
        #expect(keys.withUnsafeBufferPointer { Self.bound.sharedStems(of: "with love", keys: $0) } == 0)
    }

    @Test func aPackWordIsReadAsWhatThePackMakesOfIt() {
        // "thx" is the pack's "thanks": asking for "thank" finds it though no word starts so.
        let keys = [WordStems.key("thanks")!]
        let found = keys.withUnsafeBufferPointer { Self.bound.sharedStems(of: "ok thx a lot", keys: $0) }
        #expect(found == 1)
        #expect(Self.bound.contentStems(of: "ok thx a lot").contains(key: keys[0]))
    }

    /// Messages made at random from the words that take every path: the pack's own words,
    /// stopwords, clitics, emoticons, numbers, other scripts and plain words in any case.
    @Test func agreesOnGeneratedMessages() {
        let pool = ["parcel", "Parcel", "PARCELS", "refund", "refunded", "business", "working", "days", "day",
                    "twenty", "five", "don't", "I'm", "it's", "history's", "O'Brien", "can't", "wanna", "thx",
                    "the", "and", "your", "with", "never", "really", "but", "to", "until", "sorry", "Sorry",
                    ":D", ":-D", ";)", ":(", "<3", "&amp;", "3", "4.99", "5-7", "café", "’", "—", "...", ",", "!",
                    "abcdefgh", "ab", "abcd", "abcde", "abcdef", "x'y", "'", "D", "Done", "history",
                    "abc1", "5abc", "it'5", "naïve", "\n", "\t", ":Dé", "&lt;3", "1,200", "twenty-five", "refund5"]
        var generator = SplitMix(seed: 7)
        for _ in 0..<4000 {
            let words = (0..<Int(generator.next() % 12 + 1)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
            let joiners = [" ", " ", " ", "", ", ", ". ", "-", "'"]
            var text = ""
            for word in words { text += word + joiners[Int(generator.next() % UInt64(joiners.count))] }
            let other = (0..<4).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }.joined(separator: " ")
            #expect(agree(text, keys: Self.keys([text, other])), "\(text)")
        }
    }

    /// A small deterministic generator (SplitMix64), so that a failure repeats.
    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
