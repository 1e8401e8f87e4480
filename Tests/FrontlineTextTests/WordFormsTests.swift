import Testing
@testable import FrontlineText

@Suite struct WordFormsTests {
    let english = WordForms(endings: ["s", "es", "ed", "ing"])

    @Test func aWordMeetsItsInflections() {
        let forms = Set(english.forms(of: "refund"))
        #expect(forms.isSuperset(of: ["refund", "refunds", "refunded", "refunding"]))
    }

    @Test func englishSpellingRules() {
        #expect(english.forms(of: "arrange").contains("arranging"))
        #expect(english.forms(of: "arrange").contains("arranged"))
        #expect(english.forms(of: "reply").contains("replied"))
        #expect(english.forms(of: "reply").contains("replies"))
        #expect(english.forms(of: "stop").contains("stopped"))
        #expect(english.forms(of: "booked").contains("book"))
        #expect(english.forms(of: "booked").contains("booking"))
        #expect(english.forms(of: "replied").contains("reply"))
    }

    @Test func shortWordsAndNumbersKeepTheirSpelling() {
        #expect(english.forms(of: "is") == ["is"])
        #expect(english.forms(of: "25") == ["25"])
        #expect(WordForms(endings: []).forms(of: "refund") == ["refund"])
    }

    @Test func formsWorkedOutOnceAreTheSameWhenAskedAgain() {
        // A word's forms are kept once worked out; asking again, or asking a fresh
        // WordForms with the same endings, gives the same list in the same order.
        let first = english.forms(of: "refund")
        #expect(english.forms(of: "refund") == first)
        #expect(WordForms(endings: ["s", "es", "ed", "ing"]).forms(of: "refund") == first)
        // Words that keep their spelling are not mixed up with those that do not.
        #expect(english.forms(of: "is") == ["is"])
        #expect(english.forms(of: "don't") == ["don't"])
        #expect(english.forms(of: "don't") == ["don't"])
        #expect(english.forms(of: "25") == ["25"])
    }

    @Test func aLongEndingLeavesNoWordBehind() {
        // "evening" must not meet "even", nor "wedding" "wed".
        #expect(!english.forms(of: "evening").contains("even"))
        #expect(!english.forms(of: "wedding").contains("wed"))
    }

    @Test func patternsMatchOtherForms() throws {
        let pack = TestPacks.withForms
        #expect(try TestPacks.matches("refund the charge", "I refunded the charge", Tokenizer(pack)))
        #expect(try TestPacks.matches("book an engineer", "I'm booking an engineer", Tokenizer(pack)))
        #expect(try !TestPacks.matches("book an engineer", "a bookshop engineer", Tokenizer(pack)))
        #expect(try !TestPacks.matches("not", "that is noted", Tokenizer(pack)))
    }

    @Test func latvianEndingsSwap() {
        let latvian = WordForms(endings: ["a", "u", "as", "ai", "s", "i"])
        let forms = latvian.forms(of: "atmaksa")
        #expect(forms.contains("atmaksu") && forms.contains("atmaksas") && forms.contains("atmaksai"))
    }

    @Test("a word the pack says is no form is never made one")
    func excludedWordsAreNoForms() throws {
        let endings = ["a", "u", "as", "ai", "s", "i"]
        #expect(WordForms(endings: endings).forms(of: "tiks").contains("tikai"), "the endings alone make 'only' a form of 'will be'")
        let forms = WordForms(endings: endings, excluded: ["tikai"]).forms(of: "tiks")
        #expect(!forms.contains("tikai") && forms.contains("tiku") && forms.contains("tika"))
        var pack = TestPacks.latvian(fold: true)
        pack.wordEndings = endings
        pack.notWordForms = ["tikai"]
        #expect(try !TestPacks.matches("tiks atmaksāta", "tikai atmaksāta", Tokenizer(pack)))
        #expect(try TestPacks.matches("tiks atmaksāta", "tika atmaksāta", Tokenizer(pack)))
    }
}
