import Testing
import FrontlineModel
@testable import FrontlineText

/// An action proposed by the question it stands in, or by an offer closing its sentence.
@Suite struct NegationOffersTests {
    let tokenizer = Tokenizer(TestPacks.english)
    /// As the tokenizer reads them ("to" is read as the range word).
    var openers: [[String]] {
        ["would you like me to", "if you like", "want me to", "shall i"].map { tokenizer.tokenize($0).map(\.text) }
    }

    /// The index of the first token of `words` in `tokens`.
    func index(of words: String, in tokens: [Token]) -> Int? {
        let words = tokenizer.tokenize(words).map(\.text)
        return (0...(tokens.count - words.count)).first { at in words.indices.allSatisfy { tokens[at + $0].text == words[$0] } }
    }

    @Test func aQuestionOpenedByAnOfferProposesWhatItHolds() throws {
        let tokens = tokenizer.tokenize("Thanks. Would you like me to add you to the report so you are notified? Great.")
        let at = try #require(index(of: "notified", in: tokens))
        let opener = Negation.offerOpeningQuestion(holding: at, end: at + 1, in: tokens, openers: openers) { _ in true }
        #expect(opener?.text == "would")
        #expect(Negation.offerOpeningQuestion(holding: at, end: at + 1, in: tokens, openers: openers) { _ in false } == nil, "not a question")
        let great = try #require(index(of: "great", in: tokens))
        #expect(Negation.offerOpeningQuestion(holding: great, end: great + 1, in: tokens, openers: openers) { _ in true } == nil, "the next sentence")
        // The question asked about is the sentence's own: its last token is passed.
        var asked: Int?
        _ = Negation.offerOpeningQuestion(holding: at, end: at + 1, in: tokens, openers: openers) { asked = $0; return true }
        #expect(asked.map { tokens[$0].text } == "notified")
    }

    @Test func aClauseOfAQuestionOpenedByAnOfferProposesWhatReachesIntoIt() throws {
        let tokens = tokenizer.tokenize("And the fee - would you like me to look at refunding it?")
        let fee = try #require(index(of: "fee", in: tokens)), refunding = try #require(index(of: "refunding", in: tokens))
        #expect(Negation.offerOpeningQuestion(holding: fee, end: refunding + 1, in: tokens, openers: openers) { _ in true }?.text == "would")
        #expect(Negation.offerOpeningQuestion(holding: fee, end: fee + 1, in: tokens, openers: openers) { _ in true } == nil,
                "a match that ends before the offer's clause is not proposed by it")
        let thanks = tokenizer.tokenize("Thanks - would you like me to add you so you are notified?")
        let notified = try #require(index(of: "notified", in: thanks))
        #expect(Negation.offerOpeningQuestion(holding: notified, end: notified + 1, in: thanks, openers: openers) { _ in true }?.text == "would")
    }

    @Test func anOfferClosingItsSentenceProposesWhatCameBefore() throws {
        let closed = tokenizer.tokenize("I can send you a link if you like. Anything else?")
        let link = try #require(index(of: "link", in: closed))
        #expect(Negation.offerClosing(after: link + 1, in: closed, openers: openers)?.text == "if")
        let followed = tokenizer.tokenize("I can send you a link, and if you like I can stay on.")
        let sent = try #require(index(of: "link", in: followed))
        #expect(Negation.offerClosing(after: sent + 1, in: followed, openers: openers) == nil, "words after the opener")
        let far = tokenizer.tokenize("I can send you a link and then we can look at your settings together if you like.")
        let farLink = try #require(index(of: "link", in: far))
        #expect(Negation.offerClosing(after: farLink + 1, in: far, openers: openers) == nil, "beyond the window")
        // Held-out set 34: the sentence's whole last clause offers all of it, however far.
        let whole = tokenizer.tokenize("I could try unlocking it and sending you a reset link, if you like?")
        let unlocking = try #require(index(of: "unlocking", in: whole))
        #expect(Negation.offerClosing(after: unlocking + 1, in: whole, openers: openers)?.text == "if")
        let notLast = tokenizer.tokenize("I can send you a link and then we can look at your settings together, if you like the idea of that.")
        let notLastLink = try #require(index(of: "link", in: notLast))
        #expect(Negation.offerClosing(after: notLastLink + 1, in: notLast, openers: openers) == nil, "words after the opener")
        // Held-out set 30: "I can raise a ticket with Payments Operations if you'd like me to -
        // they respond within 1 business day" raised none.
        let dashed = tokenizer.tokenize("I can raise a ticket if you like - they respond within a day.")
        let ticket = try #require(index(of: "ticket", in: dashed))
        #expect(Negation.offerClosing(after: ticket + 1, in: dashed, openers: openers)?.text == "if", "closing the match's clause")
        let comma = tokenizer.tokenize("I can raise a ticket, if you like - they respond within a day.")
        let raised = try #require(index(of: "ticket", in: comma))
        #expect(Negation.offerClosing(after: raised + 1, in: comma, openers: openers)?.text == "if", "closing the clause after it")
        let third = tokenizer.tokenize("I can raise a ticket, they respond within a day, if you like.")
        let once = try #require(index(of: "ticket", in: third))
        #expect(Negation.offerClosing(after: once + 1, in: third, openers: openers)?.text == "if", "closing the sentence, as before")
        let short = tokenizer.tokenize("I could pause it, want me to?")
        let pause = try #require(index(of: "pause it", in: short))
        #expect(Negation.offerClosing(after: pause + 2, in: short, openers: openers)?.text == "want")
    }

    @Test func anAbilityFollowedByAGoAheadQuestionIsOffered() throws {
        let abilities = ["i can", "we could"].map { tokenizer.tokenize($0).map(\.text) }
        let questions = ["do you want that i", "how does that sound", "shall i", "you prefer"].map { tokenizer.tokenize($0).map(\.text) }
        func offered(_ text: String, at words: String, asked: Bool = true) throws -> String? {
            let tokens = tokenizer.tokenize(text)
            let at = try #require(index(of: words, in: tokens))
            return Negation.offerAskedNext(before: at, in: tokens, abilities: abilities, questions: questions) { _ in asked }?.text
        }
        #expect(try offered("I can send you a new reset link to the email on file. Do you want that I send it?", at: "i can send") == "i")
        #expect(try offered("Sure, I can send you a new link. Shall I?", at: "send") == "i", "the ability a few words before")
        #expect(try offered("We could pause it for three months. How does that sound?", at: "pause") == "we")
        #expect(try offered("I can send you a new link. Do you want that I send it?", at: "send", asked: false) == nil, "not a question")
        #expect(try offered("I have sent you a new link. Shall I?", at: "sent") == nil, "done, not an ability")
        #expect(try offered("I can send you a new link now. Your account is unlocked. Shall I?", at: "send") == nil,
                "the question must be the next sentence")
        #expect(try offered("I can send you a new link. Shall I also look at the charge on your card from last Tuesday?", at: "send") == nil,
                "a long question asks about something else")
        #expect(try offered("I can send you a reset link now. Shall I stay on while you try it?", at: "send") == nil,
                "more than a go-ahead: it offers something else")
        #expect(try offered("I can book one for tomorrow - you prefer morning or afternoon?", at: "book") == "i",
                "the question a later clause of the same sentence")
        #expect(try offered("I can book one for tomorrow - you prefer morning or afternoon?", at: "book", asked: false) == nil)
    }

    @Test func anOfferThatIsAClauseOfItsOwnProposesTheNext() throws {
        let own = tokenizer.tokenize("Sure. If you like, I can send you a link.")
        let send = try #require(index(of: "i can send", in: own))
        #expect(Negation.offerClause(before: send, in: own, openers: openers)?.text == "if")
        let longer = tokenizer.tokenize("If you like the colour, I can send you a link.")
        let sent = try #require(index(of: "i can send", in: longer))
        #expect(Negation.offerClause(before: sent, in: longer, openers: openers) == nil, "the opener is part of a longer clause")
        let sentence = tokenizer.tokenize("If you like. I can send you a link.")
        let next = try #require(index(of: "i can send", in: sentence))
        #expect(Negation.offerClause(before: next, in: sentence, openers: openers) == nil, "another sentence")
        // The whole clause after the opener is proposed, however far into it the action stands.
        let far = tokenizer.tokenize("If you like, I can add your details to the bug report so that you get an email once it is out.")
        let email = try #require(index(of: "email", in: far))
        #expect(Negation.offerClause(before: email, in: far, openers: openers)?.text == "if")
        #expect(Negation.offerClause(before: email, in: far, openers: openers, window: 4) == nil)
    }
}
