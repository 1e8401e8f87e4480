import Testing
@testable import FrontlineText

@Suite struct TokenizerScanTests {
    @Test func offsetsCountCodePointsNotBytes() {
        // "😢" is one code point (four UTF-8 bytes); "é" precomposed is one.
        let tokens = TestPacks.en.tokenize("😢 café sorry")
        #expect(tokens.map(\.text) == [":(", "café", "sorry"])
        #expect(tokens[1].start == 2 && tokens[1].end == 6)
        #expect(tokens[2].start == 7 && tokens[2].end == 12)
    }

    @Test func persianOffsetsAreCodePoints() {
        let tokens = TestPacks.fa.tokenize("سلام، متاسفم")
        #expect(tokens.count == 2)
        #expect(tokens[1].start == 6 && tokens[1].end == 12)
    }

    @Test func emoticonsAndEmojiBecomeOneTokenEach() {
        #expect(TestPacks.words("thanks :) <3 :-( ❤️ 🙂 😭") == ["thanks", ":)", "<3", ":(", "<3", ":)", ":("])
        #expect(TestPacks.words("&lt;3 you") == ["<3", "you"], "an escaped heart from a web page is still a heart")
        #expect(TestPacks.words("less than <30 and 10:30") == ["less", "than", "30", "and", "10", "30"])
    }

    @Test func anEmoticonEndsTheSentence() {
        let tokens = TestPacks.en.tokenize("sorry :( that hurts")
        #expect(tokens[2].text == "that" && tokens[2].sentenceBreakBefore)
    }

    @Test func htmlEntitiesArePunctuation() {
        #expect(TestPacks.words("fish &amp; chips&nbsp;today") == ["fish", "chips", "today"])
        #expect(TestPacks.words("Q&A") == ["q", "a"])
    }

    @Test func apostrophesAndDecimalPointsStayInsideWords() {
        #expect(TestPacks.words("O'Neil's rock'n'roll") == ["o'neil's", "rock'n'roll"])
        #expect(TestPacks.words("'quoted' words") == ["quoted", "words"])
        #expect(TestPacks.words("3.5.") == ["3.5"])
    }

    @Test func veryLongWordsKeepTheirSpelling() {
        let long = String(repeating: "Ab", count: 50)
        let tokens = TestPacks.en.tokenize("x \(long) y")
        #expect(tokens.map(\.text) == ["x", long.lowercased(), "y"])
        #expect(tokens[1].start == 2 && tokens[1].end == 102)
    }

    @Test func dashesMakeRangesOnlyBetweenNumbers() {
        #expect(TestPacks.words("3 – 5") == ["3", "–", "5"])
        #expect(TestPacks.words("well - maybe") == ["well", "maybe"])
        #expect(TestPacks.en.tokenize("well - maybe")[1].clauseBreakBefore)
        // After a number a spaced dash that meets a word parts clauses as after a word;
        // an unspaced one stays inside its phrase ("a 3-day wait").
        let fee = TestPacks.en.tokenize("the £4.95 - would you like it")
        #expect(fee.map(\.text).contains("would") && fee.first { $0.text == "would" }!.clauseBreakBefore)
        #expect(!TestPacks.en.tokenize("a 3-day wait").contains { $0.clauseBreakBefore })
        #expect(TestPacks.words("3 - 5 days") == ["3", "–", "5", "day"])
    }
}
