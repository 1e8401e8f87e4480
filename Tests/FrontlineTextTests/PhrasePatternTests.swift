import Testing
@testable import FrontlineText

@Suite struct PhrasePatternTests {
    func error(_ pattern: String) -> PatternError? {
        do {
            _ = try PhrasePattern.parse(pattern, tokenizer: TestPacks.en)
            return nil
        } catch {
            return error
        }
    }

    @Test func parsesWordsAlternativesOptionalsGapsAndPrefixes() throws {
        let node = try PhrasePattern.parse("[really] (sorry|apologise) * frustrat*", tokenizer: TestPacks.en)
        #expect(node == .sequence([
            .optional(.sequence([.word("really")])),
            .alternatives([.sequence([.word("sorry")]), .sequence([.word("apologise")])]),
            .gap(max: PhrasePattern.shortGap),
            .prefix("frustrat"),
        ]))
        #expect(try PhrasePattern.parse("a ** b", tokenizer: TestPacks.en) == .sequence([.word("a"), .gap(max: 8), .word("b")]))
    }

    @Test func patternWordsAreNormalisedLikeReplies() throws {
        #expect(try PhrasePattern.parse("I'm SORRY", tokenizer: TestPacks.en) == .sequence([.word("i"), .word("am"), .word("sorry")]))
        #expect(try PhrasePattern.parse("five to seven", tokenizer: TestPacks.en) == .sequence([.word("5"), .word("–"), .word("7")]))
    }

    @Test func sentenceStartAnchor() throws {
        #expect(try PhrasePattern.parse("^ please", tokenizer: TestPacks.en) == .sequence([.sentenceStart, .word("please")]))
        let misplaced = error("sorry ^ please")
        #expect(misplaced?.offset == 6)
        #expect(misplaced?.message.contains("'^'") == true)
        #expect(error("^")?.message.contains("no words") == true)
    }

    @Test func emoticonsAreTextInPatterns() throws {
        let node = try PhrasePattern.parse("(:)|<3)", tokenizer: TestPacks.en)
        #expect(node == .sequence([.alternatives([.sequence([.word(":)")]), .sequence([.word("<3")])])]))
    }

    @Test func errorsSayWhereByCodePoint() {
        #expect(error("(sorry|apologise") == PatternError(message: "'(' is never closed with ')'", offset: 0))
        #expect(error("sorry)")?.offset == 5)
        #expect(error("(sorry||apologise)")?.message.contains("empty alternative") == true)
        #expect(error("[sorry|]")?.message.contains("empty alternative") == true)
        #expect(error("fr* out") == PatternError(
            message: "a prefix wildcard needs at least 3 letters before '*' ('fr*' would match too much)", offset: 0))
        #expect(error("so ** * sorry")?.message.contains("two gaps") == true)
        #expect(error("* sorry")?.message.contains("cannot start with a gap") == true)
        #expect(error("sorry *") == PatternError(message: "a pattern cannot end with a gap '*'", offset: 6))
        #expect(error("[sorry]")?.message.contains("no words") == true)
        #expect(error("   ")?.message.contains("no words") == true)
    }

    /// Regular-expression habits are refused where they stand: "(back )?" had read as a
    /// required "back" (the '?' is no word), so "you should have it by Friday" went unheard.
    @Test func regularExpressionMarksAreRefused() {
        let optional = error("you should have it (back )?(today|tomorrow)")
        #expect(optional?.offset == 26)
        #expect(optional?.message.contains("'?' is regular-expression syntax") == true)
        #expect(optional?.message.contains("[word]") == true)
        #expect(error("(very )+ sorry")?.offset == 7)
        #expect(error("sorry?")?.offset == 5)
        #expect(error("[back] (today|tomorrow)") == nil)
    }

    @Test func offsetsCountCodePoints() {
        // "ü" is one code point; the stray ')' is the ninth code point (offset 8).
        #expect(error("über ok )")?.offset == 8)
        // Persian words before a short prefix wildcard.
        #expect(error("متاسفم مت*")?.offset == 7)
    }

    /// A 1 MB pattern of `(a|b) ` took `check` 7.7 s; it is refused before any work.
    @Test func patternsBeyondTheLimitsAreRefusedWithWhere() {
        let long = String(repeating: "(a|b) ", count: 170_000)
        let tooLong = error(long)
        #expect(tooLong?.isTooLarge == true && tooLong?.offset == PhrasePattern.maximumLength)
        #expect(tooLong?.message.contains("at most 1000") == true)
        let manyBars = "(" + (0...PhrasePattern.maximumAlternatives + 1).map { "w\($0)" }.joined(separator: "|") + ")"
        #expect(manyBars.unicodeScalars.count <= PhrasePattern.maximumLength)
        let tooMany = error(manyBars)
        #expect(tooMany?.isTooLarge == true)
        #expect(tooMany.map { Array(manyBars.unicodeScalars)[$0.offset] } == "|", "at the first '|' beyond the limit")
        #expect(error(String(repeating: "(a|b) ", count: 150)) == nil, "900 code points, 150 '|', is fine")
    }
}
