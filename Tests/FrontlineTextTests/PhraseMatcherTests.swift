import Testing
@testable import FrontlineText

@Suite struct PhraseMatcherTests {
    func matcher(_ patterns: [(String, Int)]) throws -> PhraseMatcher {
        var matcher = PhraseMatcher()
        var counts: [Int: Int] = [:]
        for (pattern, key) in patterns {
            matcher.add(CompiledPhrase(try PhrasePattern.parse(pattern, tokenizer: TestPacks.en)), key: key, phrase: counts[key, default: 0])
            counts[key, default: 0] += 1
        }
        matcher.prepare()
        return matcher
    }

    @Test func reportsEveryPhraseLeftmostFirst() throws {
        let matcher = try matcher([("thanks", 0), ("sorry", 1), ("so sorry", 1)])
        let found = matcher.matches(in: TestPacks.en.tokenize("So sorry, and thanks. Sorry again."))
        #expect(found.map(\.key) == [1, 1, 0, 1])
        #expect(found.map(\.startToken) == [0, 1, 3, 4])
        #expect(found.first?.phrase == 1 && found.first?.endToken == 2)
    }

    @Test func worksWithoutPrepare() throws {
        var matcher = PhraseMatcher()
        matcher.add(CompiledPhrase(try PhrasePattern.parse("order number", tokenizer: TestPacks.en)), key: 7, phrase: 0)
        let found = matcher.matches(in: TestPacks.en.tokenize("your order number"))
        #expect(found == [PhraseMatcher.Match(key: 7, phrase: 0, startToken: 1, endToken: 3)])
        #expect(matcher.count == 1)
    }

    @Test func emptyInputsMatchNothing() throws {
        let matcher = try matcher([("sorry", 0)])
        #expect(matcher.matches(in: []).isEmpty)
        #expect(PhraseMatcher().matches(in: TestPacks.en.tokenize("sorry")).isEmpty)
    }

    @Test func manyPhrasesSharingAFirstWord() throws {
        let matcher = try matcher([("i am sorry", 0), ("i understand", 1), ("i hear you", 2), ("i (can|could) help", 3), ("i", 4)])
        let keys = Set(matcher.matches(in: TestPacks.en.tokenize("I hear you, I can help and I understand")).map(\.key))
        #expect(keys == [1, 2, 3, 4])
    }

    @Test func phrasesStartingWithAWildcard() throws {
        let matcher = try matcher([("frustrat* (me|you)", 0), ("annoy*", 1)])
        let found = matcher.matches(in: TestPacks.en.tokenize("It frustrates me and annoys everyone"))
        #expect(found.map(\.key) == [0, 1])
    }

    /// Patterns with their keys, added with `source` (shared) or without (each its own).
    func matcher(_ patterns: [(String, Int)], sharing: Bool) throws -> PhraseMatcher {
        var matcher = PhraseMatcher()
        var counts: [Int: Int] = [:]
        for (pattern, key) in patterns {
            let compiled = CompiledPhrase(try PhrasePattern.parse(pattern, tokenizer: TestPacks.en))
            matcher.add(compiled, key: key, phrase: counts[key, default: 0], negators: [],
                        source: sharing ? pattern : nil)
            counts[key, default: 0] += 1
        }
        matcher.prepare()
        return matcher
    }

    @Test func aPatternAddedUnderTwoKeysMatchesForBothAsIfAddedTwice() throws {
        // "been there" under keys 0 and 2, between other phrases of key 2: the shared
        // phrase must come out for each key, in the order the phrases were added.
        let patterns = [("been there", 0), ("i (have|had) * same", 1), ("same boat", 2), ("been there", 2),
                        ("been there", 1), ("there", 2)]
        let text = TestPacks.en.tokenize("Been there, I had the same - same boat. Been there!")
        let shared = try matcher(patterns, sharing: true).matches(in: text)
        let separate = try matcher(patterns, sharing: false).matches(in: text)
        #expect(shared == separate)
        #expect(Set(shared.filter { $0.startToken == 0 }.map(\.key)) == [0, 1, 2])
        #expect(try matcher(patterns, sharing: true).count == patterns.count)
    }
}
