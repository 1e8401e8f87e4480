import Testing
import FrontlineModel
@testable import FrontlineText

/// `has_before`: "it's been" is "it has been", "the refund's been issued" is "the refund
/// has been issued"; elsewhere "'s" keeps its reading.
@Suite struct TokenizerHasBeforeTests {
    static var pack: LanguagePack {
        var pack = TestPacks.english
        pack.clitics = ["'s"]
        pack.expansions["it's"] = "it is"
        pack.expansions["there's"] = "there is"
        pack.hasBefore = ["been", "got"]
        return pack
    }
    let tokenizer = Tokenizer(TokenizerHasBeforeTests.pack)

    func texts(_ text: String) -> [String] { tokenizer.tokenize(text).map(\.text) }

    @Test func anExpandedIsBeforeBeenReadsAsHas() {
        #expect(texts("it's been a long week") == ["it", "has", "been", "a", "long", "week"])
        #expect(texts("There’s been a mix-up") == ["there", "has", "been", "a", "mix", "up"], "a curly apostrophe too")
        #expect(texts("it is been a while") == ["it", "has", "been", "a", "while"], "written out, as second-language writers do")
        #expect(texts("it's got a crack") == ["it", "has", "got", "a", "crack"])
    }

    @Test func aDroppedCliticBeforeBeenIsAHasOfItsOwn() throws {
        #expect(texts("the refund's been issued") == ["the", "refund", "has", "been", "issued"])
        #expect(texts("the refund’s been issued") == ["the", "refund", "has", "been", "issued"])
        let tokens = tokenizer.tokenize("the refund's been issued")
        let has = try #require(tokens.first { $0.text == "has" })
        #expect(has.start == 10 && has.end == 12, "it stands where the \"'s\" was written")
    }

    @Test func aBoundTokenizerReadsItByVocabularyId() {
        var vocabulary = WordTable(capacity: 8)
        for word in ["it", "has", "been", "refund"] { vocabulary.insert(word) }
        let bound = tokenizer.binding(vocabulary: vocabulary, stopwords: WordTable(capacity: 1))
        #expect(bound.tokenize("it's been a while").map(\.text) == ["it", "has", "been", "a", "while"])
        #expect(bound.tokenize("the refund's been issued").map(\.text) == ["the", "refund", "has", "been", "issued"])
        #expect(bound.tokenize("the refund's been issued").first { $0.text == "has" }?.word == vocabulary.id("has"))
        var without = WordTable(capacity: 4)
        without.insert("it")
        #expect(tokenizer.binding(vocabulary: without, stopwords: WordTable(capacity: 1)).tokenize("it's been").map(\.text)
                == ["it", "is", "been"], "before a word no phrase names, nothing is read differently")
    }

    @Test func elsewhereNothingChanges() {
        #expect(texts("it's fine") == ["it", "is", "fine"])
        #expect(texts("the refund's there") == ["the", "refund", "there"])
        #expect(texts("it is. Been there") == ["it", "is", "been", "there"], "not across a sentence break")
        #expect(texts("the refund been issued") == ["the", "refund", "been", "issued"], "no apostrophe, no has")
        #expect(texts("I've been there").contains("has") == false)
        #expect(Tokenizer(TestPacks.english).tokenize("it is been").map(\.text) == ["it", "is", "been"], "a pack without has_before")
    }
}
