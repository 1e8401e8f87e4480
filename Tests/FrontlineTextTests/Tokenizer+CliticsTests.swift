import Testing
import FrontlineModel
@testable import FrontlineText

/// `clitics`: "'s" dropped from words the pack does not list, so a spoken "history's
/// safe" meets "history * safe", while "it's" stays "it is".
@Suite struct TokenizerCliticTests {
    static var pack: LanguagePack {
        var pack = TestPacks.english
        pack.clitics = ["'s"]
        return pack
    }
    let tokenizer = Tokenizer(TokenizerCliticTests.pack)

    func texts(_ text: String, _ tokenizer: Tokenizer? = nil) -> [String] {
        (tokenizer ?? self.tokenizer).tokenize(text).map(\.text)
    }

    @Test func anUnknownWordLosesIt() {
        #expect(texts("Your history's safe") == ["your", "history", "safe"])
        #expect(texts("The customer’s order") == ["the", "customer", "order"], "a curly apostrophe too")
        #expect(texts("SwiftRoute's depot") == ["swiftroute", "depot"])
    }

    @Test func theOffsetsStillCoverTheWholeWord() throws {
        let token = try #require(tokenizer.tokenize("Your history's safe").dropFirst().first)
        #expect(token.start == 5 && token.end == 14)
    }

    @Test func expansionsAndShortWordsKeepTheirMeaning() {
        #expect(texts("it's fine") == ["it", "is", "fine"])
        #expect(texts("a's") == ["a's"], "two letters at least stay")
        #expect(texts("history's", Tokenizer(TestPacks.english)) == ["history's"], "a pack without clitics keeps the word")
    }

    @Test func aStemThePackKnowsTakesItsMeaning() {
        // "five's" is "five", which the pack reads as the number 5.
        let tokens = tokenizer.tokenize("five's")
        #expect(tokens.map(\.text) == ["5"] && tokens.first?.isNumber == true)
        #expect(tokenizer.tokenize("the 1990's").last?.isNumber == true)
    }

    @Test func contentStemsAgreeWithTokens() {
        let stems = tokenizer.contentStems(of: "Anna's router", stopwords: WordTable(["the"]))
        #expect(stems.contains(WordStems.Stem("anna")))
        #expect(!stems.contains(WordStems.Stem("anna's")))
    }

    @Test func boundTokensAgreeWithUnbound() {
        let bound = tokenizer.binding(vocabulary: PhraseMatcher().vocabulary, stopwords: WordTable(["the"]))
        for text in ["Your history's safe", "The customer’s order", "it's five's"] {
            #expect(bound.tokenize(text).map(\.text) == texts(text), "\(text)")
        }
    }
}
