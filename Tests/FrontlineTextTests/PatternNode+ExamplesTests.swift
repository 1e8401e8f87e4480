import FrontlineModel
import Testing
@testable import FrontlineText

/// A pattern said back to a trainee as phrasings it accepts, not as its syntax.
@Suite struct PatternNodeExamplesTests {
    func examples(_ pattern: String, limit: Int = 3) throws -> [String] {
        try PhrasePattern.parse(pattern, tokenizer: TestPacks.en).examples(limit: limit)
    }

    @Test func theFirstGroupGivesOnePhrasingPerAlternative() throws {
        #expect(try examples("(changed|updated|switched|moved|(new|different) (bank|account))") == ["changed", "updated", "switched"])
        #expect(try examples("(app|software) version") == ["app version", "software version"])
        // Later groups keep their first alternative.
        #expect(try examples("(last|final) (4|four) (digits|numbers)") == ["last 4 digits", "final 4 digits"])
        #expect(try examples("(new|different) (bank|account)", limit: 5) == ["new bank", "different bank"])
    }

    @Test func optionalWordsGapsAndWordBeginnings() throws {
        #expect(try examples("[please] send * (receipt|invoice)") == ["send … receipt", "send … invoice"])
        #expect(try examples("refund* ** today") == ["refund… … today"])
        #expect(try examples("^ so the (problem|issue) is") == ["so the problem is", "so the issue is"])
        // A group inside an optional part is not the one varied.
        #expect(try examples("[(kindly|please)] (confirm|check) it") == ["confirm it", "check it"])
    }

    /// With a pack's word endings every pattern word is read with its forms; those are not
    /// phrasings to list ("app version", not "apping version").
    @Test func aWordsFormsAreNotVaried() throws {
        let forms = PatternNode.alternatives(["app", "apps", "apped", "apping"].map { PatternNode.word($0) })
        #expect(forms.isWordForms)
        #expect(PatternNode.sequence([forms, .word("version")]).examples() == ["app version"])
        let authored = PatternNode.alternatives([forms, .sequence([.word("software"), .word("version")])])
        #expect(!authored.isWordForms)
        #expect(authored.examples() == ["app", "software version"])
        #expect(!PatternNode.alternatives([.word("changed"), .word("updated")]).isWordForms)
    }

    /// Spelled as the author wrote it: Latvian keeps its diacritics (matching folds them),
    /// an authored list of one word's cases reads as the word, a concept as its first phrase.
    @Test func examplesOfAPatternAsWritten() {
        #expect(PhrasePattern.examples(of: "(nākamais|nākamajā|nākamo) (rēķins|rēķinā)", concepts: [:]) == ["nākamais rēķins"])
        #expect(PhrasePattern.examples(of: "(kredīts|ieskaitīt) * rēķin*", concepts: [:]) == ["kredīts … rēķin…", "ieskaitīt … rēķin…"])
        #expect(PhrasePattern.examples(of: "[please] (send|email) {proof}", concepts: ["proof": [Phrase("(a photo|a receipt)")]])
                == ["send a photo", "email a photo"])
        #expect(PhrasePattern.examples(of: "(unclosed group", concepts: [:]).isEmpty, "not well formed: the caller shows the pattern")
        #expect(PhrasePattern.examples(of: "{unknown} thing", concepts: [:]).isEmpty)
    }

    @Test func aPlainPhraseIsItself() throws {
        #expect(try examples("date of birth") == ["date of birth"])
        #expect(try examples("outlook") == ["outlook"])
        #expect(try examples("(it|it)") == ["it"], "the same phrasing twice is given once")
    }
}
