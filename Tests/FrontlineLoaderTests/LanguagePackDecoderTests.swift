import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// Rubrics/<lang>/language.yaml into a `LanguagePack`: every key's words (numbers,
/// equivalents, expansions, negators, name endings, concepts, cues, value words…), the
/// defaults of a bare file, names the grader keeps for itself, and each bad entry as one
/// located diagnostic that leaves the rest of the pack read.
@Suite struct LanguagePackDecoderTests {
    static let path = "Rubrics/ltg/language.yaml"

    typealias Decoded = DecodedFile<LanguagePack?>

    static func decode(_ text: String) throws -> Decoded {
        try Decoded.decode(text, path: path) { root, diagnostics, file in
            LanguagePackDecoder(diagnostics: diagnostics, sourceFile: file).decode(root)
        }
    }

    /// A pack of a language without interface messages of its own (so no 'ui:' is needed).
    static func pack(_ body: String) -> String { "language: xx\nname: Test\n\(body)\n" }

    @Test func everyKeyIsRead() throws {
        let decoded = try Self.decode("""
            language: LTG
            name: Latgalīšu
            fold_diacritics: true
            numbers: { vīns: 1, div: 2, "mīnus vīns": -1 }
            equivalents:
              - [atmaksa, kompensācija]
              - [pasūtījums, sūtījums, paka]
            expansions: { "t.i.": "tas ir" }
            negators: [ne, nav]
            negation_exceptions: ["ne tikai"]
            negation_reach: [apsolīt, garantēt]
            conditionals: [ja, kad]
            conditional_requests: [jūs]
            numbers_after: { pulksten: { deviņi: 9 } }
            not_word_forms: [tikai]
            corrections: [atvainojiet, "tas ir"]
            retractions: ["aizmirstiet to"]
            clitics: ["'s", "’d"]
            intensifiers: ļoti
            clause_breaks: [bet]
            range_words: [līdz]
            number_joiners: [un]
            name_endings: { s: [a, am, u], is: i }
            stopwords: [un, ir]
            word_endings: [as, ām]
            concepts:
              refund: ["atmaksa", "naudas atgriešana"]
            cues:
              feeling: ["dusmīgs", 'bēdīgs']
            values:
              currencies: { eiro: EUR }

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        let pack = try #require(decoded.pack)
        #expect(pack.language == "ltg", "the tag is lower-cased")
        #expect(pack.name == "Latgalīšu")
        #expect(pack.foldDiacritics)
        #expect(pack.numberWords == ["vīns": 1, "div": 2, "mīnus vīns": -1])
        #expect(pack.equivalents == [["atmaksa", "kompensācija"], ["pasūtījums", "sūtījums", "paka"]])
        #expect(pack.expansions == ["t.i.": "tas ir"])
        #expect(pack.negators == ["ne", "nav"])
        #expect(pack.negationExceptions == ["ne tikai"])
        #expect(pack.negationReach == ["apsolīt", "garantēt"])
        #expect(pack.conditionals == ["ja", "kad"] && pack.conditionalRequests == ["jūs"])
        #expect(pack.numbersAfter == ["pulksten": ["deviņi": 9]])
        #expect(pack.notWordForms == ["tikai"])
        #expect(pack.corrections == ["atvainojiet", "tas ir"] && pack.retractions == ["aizmirstiet to"])
        #expect(pack.clitics == ["'s", "’d"])
        #expect(pack.intensifiers == ["ļoti"])
        #expect(pack.clauseBreaks == ["bet"])
        #expect(pack.rangeWords == ["līdz"])
        #expect(pack.numberJoiners == ["un"])
        #expect(pack.nameEndings == ["s": ["a", "am", "u"], "is": ["i"]])
        #expect(pack.stopwords == ["un", "ir"])
        #expect(pack.wordEndings == ["as", "ām"])
        #expect(pack.concepts.mapValues { $0.map(\.pattern) } == ["refund": ["atmaksa", "naudas atgriešana"]])
        #expect(pack.cues.mapValues { $0.map(\.pattern) } == ["feeling": ["dusmīgs", "bēdīgs"]])
        let cue = try #require(pack.cues["feeling"])
        #expect(cue[1].location.map { "\($0.line):\($0.column)" } == decoded.place(of: "bēdīgs"), "a quoted phrase starts after its quote")
        #expect(pack.valueWords.currencies == ["eiro": "EUR"])
        #expect(pack.ui.isEmpty)
        #expect(pack.source?.path == Self.path)
        #expect(pack.location.map { "\($0.line):\($0.column)" } == "1:1")
    }

    @Test func aBareFileHasNoWords() throws {
        let decoded = try Self.decode(Self.pack(""))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        let pack = try #require(decoded.pack)
        #expect(pack.language == "xx" && pack.name == "Test")
        #expect(!pack.foldDiacritics)
        #expect(pack.numberWords.isEmpty && pack.equivalents.isEmpty && pack.expansions.isEmpty)
        #expect(pack.negators.isEmpty && pack.negationExceptions.isEmpty && pack.intensifiers.isEmpty)
        #expect(pack.clitics.isEmpty)
        #expect(pack.clauseBreaks.isEmpty && pack.rangeWords.isEmpty && pack.numberJoiners.isEmpty)
        #expect(pack.nameEndings.isEmpty && pack.stopwords.isEmpty && pack.wordEndings.isEmpty)
        #expect(pack.concepts.isEmpty && pack.cues.isEmpty && pack.ui.isEmpty)
        #expect(pack.valueWords == ValueWords())
    }

    @Test func aNumberAfterItsWordIsAWholeNumber() throws {
        let decoded = try Self.decode(Self.pack("numbers_after: { ساعت: { نه: 9, ده: ten } }"))
        #expect(decoded.pack?.numbersAfter == ["ساعت": ["نه": 9]], "the good entry is kept")
        #expect(decoded.messages == ["the number word 'ده' after 'ساعت' needs a whole number, found 'ten'"])
        #expect(decoded.places == [decoded.place(of: "ten")])
    }

    @Test func aCliticIsAnApostropheAndAnEnding() throws {
        let decoded = try Self.decode(Self.pack("clitics: [\"'s\", s, \"'\"]"))
        #expect(decoded.pack?.clitics == ["'s"], "the good entry is kept")
        #expect(decoded.messages == [
            "a clitic is an apostrophe and the ending after it (\"'s\"); found 's'",
            "a clitic is an apostrophe and the ending after it (\"'s\"); found '''",
        ])
        #expect(decoded.places.first == decoded.place(of: "s,"))
    }

    @Test func aGapInAnEmbeddedQuestionStandsBetweenWords() throws {
        let decoded = try Self.decode(Self.pack("embedded_questions: [\"check * whether\", \"see if\", \"check *\", \"ask*if\"]"))
        #expect(decoded.pack?.embeddedQuestions == ["check * whether", "see if"], "the good entries are kept")
        #expect(decoded.messages == [
            "a gap (\" * \") stands between two words, with a space on each side (\"check * whether\"); found 'check *'",
            "a gap (\" * \") stands between two words, with a space on each side (\"check * whether\"); found 'ask*if'",
        ])
        #expect(decoded.places.first == decoded.place(of: "\"check *\""))
    }

    @Test func languageAndNameAreRequired() throws {
        let decoded = try Self.decode("negators: [not]\n")
        #expect(decoded.pack == nil)
        #expect(decoded.messages == [
            "the language file is missing required key 'language'",
            "the language file is missing required key 'name'",
        ])
        #expect(decoded.places == ["1:1", "1:1"])
    }

    @Test func aFileThatIsNotAMappingIsOneError() throws {
        let decoded = try Self.decode("- language: xx\n")
        #expect(decoded.pack == nil)
        #expect(decoded.messages == ["expected the language file to be a mapping of keys, found a list"])
    }

    @Test func aMisspeltKeyIsLocatedWithASuggestion() throws {
        let decoded = try Self.decode(Self.pack("negator: [not]"))
        #expect(decoded.messages == ["unknown key 'negator' in the language file; did you mean 'negators'?"])
        #expect(decoded.places == [decoded.place(of: "negator")])
        #expect(decoded.pack?.negators == [])
    }

    @Test func aPersianPackWithoutInterfaceMessagesIsReadAndTold() throws {
        let decoded = try Self.decode("""
            language: fa
            name: فارسی
            numbers: { "یک": 1, "دو": 2, "سه": سه }
            negators: [نه, نمی]
            equivalents: [[پول, وجه]]

            """)
        let pack = try #require(decoded.pack, "a missing 'ui:' does not stop the pack")
        #expect(pack.name == "فارسی")
        #expect(pack.numberWords == ["یک": 1, "دو": 2])
        #expect(pack.negators == ["نه", "نمی"])
        #expect(pack.equivalents == [["پول", "وجه"]])
        #expect(decoded.messages.count == 2, "\(decoded.messages)")
        #expect(decoded.messages.first == "the number word 'سه' needs a whole number, found 'سه'")
        #expect(decoded.places.first == decoded.place(of: "سه", occurrence: 2), "located by character after Persian text")
        #expect(decoded.diagnostics.last?.code == .missingTranslation)
        #expect(decoded.diagnostics.last?.message.hasPrefix("the language file has no 'ui:' section") == true)
        #expect(decoded.places.last == "1:1")
    }

    @Test func aNumberWordNeedsAWholeNumber() throws {
        let decoded = try Self.decode(Self.pack("numbers: { three: 3.5, four: [4], five: ~, six: 6 }"))
        #expect(decoded.messages.count == 3, "\(decoded.messages)")
        #expect(decoded.messages.first == "the number word 'three' needs a whole number, found '3.5'")
        #expect(decoded.messages.dropFirst().map { $0 } == [
            "the number word 'four' needs a whole number, found a list",
            "the number word 'five' needs a whole number, found nothing (null)",
        ])
        #expect(decoded.diagnostics.allSatisfy { $0.code == .wrongType })
        #expect(decoded.places == [decoded.place(of: "3.5"), decoded.place(of: "[4]"), decoded.place(of: "~")])
        #expect(decoded.pack?.numberWords == ["six": 6])
    }

    @Test func anEquivalentsEntryIsAListOfTwoOrMore() throws {
        let decoded = try Self.decode(Self.pack("equivalents: [[alone], word, [refund, money back]]"))
        #expect(decoded.messages == [
            "each equivalents entry is a list of at least two words",
            "each equivalents entry is a list of at least two words",
        ])
        #expect(decoded.places == [decoded.place(of: "[alone]"), decoded.place(of: "word")])
        #expect(decoded.pack?.equivalents == [["refund", "money back"]])

        let notAList = try Self.decode(Self.pack("equivalents: refund"))
        #expect(notAList.messages == ["expected a list for 'equivalents', found text"])
        #expect(notAList.pack?.equivalents == [])
    }

    @Test func aWordInAnEquivalentsEntryThatIsNotTextIsReported() throws {
        let decoded = try Self.decode(Self.pack("equivalents: [[refund, { money: back }], [cash, money, [coins]]]"))
        #expect(decoded.messages == ["each word of an equivalents entry is text; found a mapping",
                                     "each word of an equivalents entry is text; found a list"])
        #expect(decoded.places == [decoded.place(of: "{ money"), decoded.place(of: "[coins]")])
        #expect(decoded.pack?.equivalents == [["cash", "money"]], "a group left with one word is dropped, the rest kept")
    }

    @Test func anExpansionIsText() throws {
        let decoded = try Self.decode(Self.pack("expansions: { tho: [though], pls: please }"))
        #expect(decoded.messages == ["expected text for 'tho', found a list"])
        #expect(decoded.places == [decoded.place(of: "[though]")])
        #expect(decoded.pack?.expansions == ["pls": "please"])
    }

    @Test func conceptsAndCuesAreNamedByIds() throws {
        let decoded = try Self.decode(Self.pack("""
            concepts:
              Refund: [money back]
              sorry: [apologise]
            cues:
              Angry Words: [furious]
              feeling: [upset]
            """))
        #expect(decoded.messages == [
            "'Refund' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. 'refund')",
            "'Angry Words' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. 'angry-words')",
        ])
        #expect(decoded.places == [decoded.place(of: "Refund:"), decoded.place(of: "Angry Words:")])
        #expect(decoded.pack?.concepts.keys.sorted() == ["sorry"])
        #expect(decoded.pack?.cues.keys.sorted() == ["feeling"])
    }

    @Test(arguments: Applicability.builtInCustomerCues)
    func aCueTheGraderReadsItselfCannotBeRedefined(_ name: String) throws {
        let decoded = try Self.decode(Self.pack("cues:\n  \(name): [order number]\n  feeling: [upset]"))
        #expect(decoded.messages == ["'\(name)' is read by the grader (values, references and numbers in the line); choose another name"])
        #expect(decoded.diagnostics.first?.code == .invalidValue)
        #expect(decoded.places == [decoded.place(of: "\(name):")])
        #expect(decoded.pack?.cues.keys.sorted() == ["feeling"])
    }

    @Test func phrasesThatAreAMappingAreAWrongType() throws {
        let decoded = try Self.decode(Self.pack("concepts:\n  refund: { say: money back }\nname_endings:\n  s: { a: b }"))
        #expect(decoded.messages == [
            "expected text or a list of texts for 's', found a mapping",
            "expected text or a list of texts for 'refund', found a mapping",
        ])
        #expect(decoded.places == [decoded.place(of: "{ a: b"), decoded.place(of: "{ say")])
        #expect(decoded.pack?.concepts["refund"] == [])
        #expect(decoded.pack?.nameEndings["s"] == [])
    }

    @Test func valueWordsAreDecodedWithTheirOwnKeys() throws {
        let decoded = try Self.decode(Self.pack("values:\n  unit: { time: { day: 86400 } }\n  articles: [a]"))
        #expect(decoded.messages == ["unknown key 'unit' in values; did you mean 'units'?"])
        #expect(decoded.places == [decoded.place(of: "unit:")])
        #expect(decoded.pack?.valueWords.articles == ["a"])

        let notAMapping = try Self.decode(Self.pack("values: [a]"))
        #expect(notAMapping.messages == ["expected values to be a mapping of keys, found a list"])
        #expect(notAMapping.pack?.valueWords == ValueWords())
    }

    @Test func foldDiacriticsIsTrueOrFalse() throws {
        let decoded = try Self.decode(Self.pack("fold_diacritics: perhaps"))
        #expect(decoded.messages == ["expected true or false for 'fold_diacritics', found text 'perhaps'"])
        #expect(decoded.places == [decoded.place(of: "perhaps")])
        #expect(decoded.pack?.foldDiacritics == false)
    }
}

extension DecodedFile where Value == LanguagePack? {
    var pack: LanguagePack? { value }
}
