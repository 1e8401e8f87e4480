import Testing
@testable import FrontlineText

@Suite struct CompiledPhraseTests {
    func m(_ pattern: String, _ text: String) throws -> Bool { try TestPacks.matches(pattern, text) }

    @Test func alternativesMatchAnyOption() throws {
        #expect(try m("(refund|money back)", "I want my money back"))
        #expect(try m("(refund|money back)", "a full refund please"))
        #expect(try !m("(refund|money back)", "my money is back"))
    }

    @Test func optionalPartsMayBeLeftOut() throws {
        #expect(try m("[really] sorry about", "sorry about that"))
        #expect(try m("[really] sorry about", "really sorry about that"))
    }

    @Test func gapsAllowUpToTheirLength() throws {
        #expect(try m("sorry * trouble", "sorry for the trouble"))
        #expect(try m("sorry * trouble", "sorry for all the trouble"))
        #expect(try !m("sorry * trouble", "sorry for all of the trouble"))
        #expect(try m("sorry ** trouble", "sorry for all of the trouble"))
    }

    @Test func prefixWildcardsMatchWordBeginnings() throws {
        #expect(try m("frustrat*", "How frustrating!"))
        #expect(try m("so frustrat*", "so frustrated"))
        #expect(try !m("frustrat*", "frustra"))
    }

    @Test func intensifiersMayStandBetweenWords() throws {
        #expect(try m("i am sorry", "I am so very sorry"))
        #expect(try m("(i|we) am sorry", "I'm just really sorry"))
        #expect(try !m("i am sorry", "I am terribly sorry"), "only the language's intensifiers are skipped")
    }

    @Test func noMatchAcrossTheEndOfASentence() throws {
        #expect(try !m("sorry about", "I'm sorry. About the refund, it is done."))
        #expect(try !m("sorry * refund", "So sorry! The refund is done."))
        #expect(try m("sorry * refund", "So sorry, the refund is late."), "a comma does not end the sentence")
    }

    @Test func sentenceStartAnchor() throws {
        #expect(try m("^ please", "Please calm down."))
        #expect(try m("^ please", "Fine. Please wait."))
        #expect(try !m("^ please", "Could you please wait?"))
    }

    @Test func shortestMatchFromEachStart() throws {
        var matcher = PhraseMatcher()
        matcher.add(CompiledPhrase(try PhrasePattern.parse("sorry ** day", tokenizer: TestPacks.en)), key: 0, phrase: 0)
        let found = matcher.matches(in: TestPacks.en.tokenize("sorry about the day, the whole day"))
        #expect(found.count == 1)
        #expect(found.first?.endToken == 4)
    }

    @Test func firstStepsIndexWordsAndPrefixes() throws {
        let phrase = CompiledPhrase(try PhrasePattern.parse("[so] (sorry|frustrat*) now", tokenizer: TestPacks.en))
        #expect(phrase.firstSteps.words == ["so", "sorry"])
        #expect(phrase.firstSteps.prefixes == ["frustrat"])
    }
}
