import Testing
import FrontlineModel
@testable import FrontlineText

/// A question the speaker asks themself ("I will check whether …") holds what it asks.
@Suite struct NegationQuestionsTests {
    let tokenizer = Tokenizer(TestPacks.english)
    /// As `Tokenizer.gapped` reads them: an empty word is a gap ("ask * if").
    var openers: [[String]] { ["check whether", "see if", "out whether"].map { tokenizer.tokenize($0).map(\.text) } + [["ask", "", "if"]] }
    let askers: Set<String> = ["i", "me", "we"]

    func opener(_ reply: String, before word: String, isQuestion: Bool = false) throws -> String? {
        let tokens = tokenizer.tokenize(reply)
        let at = try #require(tokens.firstIndex { $0.text == word })
        return Negation.embeddedQuestion(holding: at, end: at + 1, in: tokens, openers: openers, askers: askers) { _ in isQuestion }?.text
    }

    @Test func anOpenerInTheClauseBeforeTheMatch() throws {
        #expect(try opener("I will check whether the fee can be refunded.", before: "refunded") == "check")
        #expect(try opener("Let me see if I can refund it.", before: "refund") == "see")
        #expect(try opener("I will find out whether it's been lost.", before: "lost") == "out")
        #expect(try opener("I will check whether the fee can be refunded.", before: "refunded", isQuestion: true) == nil,
                "a question asks the customer")
    }

    @Test func aPacksOpenersWithTheirGaps() {
        var pack = TestPacks.english
        pack.embeddedQuestions = ["check * whether", "see if"]
        pack.askers = ["I", "me"]
        let tokenizer = Tokenizer(pack)
        #expect(tokenizer.embeddedQuestions == [["check", "", "whether"], ["see", "if"]])
        #expect(tokenizer.askers == ["i", "me"])
    }

    @Test func aGapOfUpToFourWords() throws {
        #expect(try opener("I will ask my team lead if the fee can be refunded.", before: "refunded") == "ask")
        #expect(try opener("I will ask if the fee can be refunded.", before: "refunded") == "ask", "or none")
        #expect(try opener("I will ask about the order and the delivery and if the fee is refunded.", before: "refunded") == nil)
    }

    @Test func theSpeakerMustBeTheOneAsking() throws {
        #expect(try opener("Please check whether the fee is refunded.", before: "refunded") == nil)
        #expect(try opener("Check whether the fee is refunded.", before: "refunded") == nil)
    }

    @Test func theQuestionEndsWithItsClauseOrAfterEightWords() throws {
        #expect(try opener("I will check whether it's in stock, and the fee is refunded.", before: "refunded") == nil)
        #expect(try opener("I will check whether it's in stock. The fee is refunded.", before: "refunded") == nil)
        #expect(try opener("I will check whether the one thing we talked about with the team yesterday is refunded.",
                           before: "refunded") == nil)
    }

    @Test func aMatchThatEndsInTheQuestionIsAskedAbout() throws {
        let tokens = tokenizer.tokenize("The fee - I will check whether that can be refunded.")
        let fee = try #require(tokens.firstIndex { $0.text == "fee" }), refunded = try #require(tokens.firstIndex { $0.text == "refunded" })
        #expect(Negation.embeddedQuestion(holding: fee, end: refunded + 1, in: tokens, openers: openers, askers: askers) { _ in false }?.text == "check")
        #expect(Negation.embeddedQuestion(holding: fee, end: fee + 1, in: tokens, openers: openers, askers: askers) { _ in false } == nil,
                "a match that ends before the question")
    }

    @Test func anOpenerMayEndWhereItsClauseBegins() throws {
        // Latvian writes a comma before "vai": "Pārbaudīšu, vai varam atmaksāt".
        let tokenizer = Tokenizer(TestPacks.latvian(fold: false))
        let tokens = tokenizer.tokenize("Pārbaudīšu, vai varam atmaksāt maksu.")
        let at = try #require(tokens.firstIndex { $0.text == "atmaksāt" })
        let openers = [tokenizer.tokenize("pārbaudīšu vai").map(\.text)]
        #expect(Negation.embeddedQuestion(holding: at, end: at + 1, in: tokens, openers: openers, askers: []) { _ in false }?.text == "pārbaudīšu")
        let other = tokenizer.tokenize("Pārbaudīšu to, un vai varam atmaksāt maksu.")
        let later = try #require(other.firstIndex { $0.text == "atmaksāt" })
        #expect(Negation.embeddedQuestion(holding: later, end: later + 1, in: other, openers: openers, askers: []) { _ in false } == nil)
    }
}
