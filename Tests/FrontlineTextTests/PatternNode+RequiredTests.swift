import Testing
@testable import FrontlineText

/// The word a match cannot do without: what the automaton checks a reply for before it
/// starts any thread of the phrase.
@Suite struct PatternNodeRequiredTests {
    func required(_ pattern: String) throws -> [String]? {
        try PhrasePattern.parse(pattern, tokenizer: TestPacks.en).requiredWords
    }

    @Test func theRarestPlainElementIsChosen() throws {
        // "understand" and "imagine" are longer than "i", "we", "why", "how".
        let words = try #require(try required("(i|we) [can|could] (understand|imagine) (why|how) you"))
        #expect(words.contains("understand") && words.contains("imagine"))
        #expect(!words.contains("i") && !words.contains("why"))
    }

    @Test func optionalPartsGapsAndPrefixesAreNeverRequired() throws {
        #expect(try required("[really] frustrat*") == nil)
        #expect(try required("sorry ** (frustrat*|upset*)")?.contains("sorry") == true)
        #expect(try required("[apologise] sorry")?.contains("apologise") != true)
    }

    @Test func alternativesNeedAWordInEveryOption() throws {
        #expect(try required("(thanks|thank you)") != nil)
        #expect(try required("(thanks|frustrat*)") == nil)
    }

    /// Matching is unchanged: a phrase whose required word is absent never matches, one
    /// whose required word is present matches as before, wherever the word stands.
    @Test func matchingIsTheSameWithTheCheck() throws {
        let pattern = "(i|we) [can|could] (understand|imagine) (why|how) you"
        #expect(try TestPacks.matches(pattern, "I can understand why you are upset"))
        #expect(try TestPacks.matches(pattern, "we imagine how you feel"))
        #expect(try !TestPacks.matches(pattern, "I can see why you are upset"))
        #expect(try TestPacks.matches("i hear you", "Okay. I hear you."))
        #expect(try TestPacks.matches("sorry ** day", "sorry about your day"))
    }
}
