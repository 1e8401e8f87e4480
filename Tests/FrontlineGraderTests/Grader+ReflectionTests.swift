import FrontlineModel
import Testing
@testable import FrontlineGrader

/// Reflection asks the customer's message only about the reply's stems; with the shipped
/// English pack it must find what reading every stem of the message finds.
@Suite struct GraderReflectionTests {
    static let grader = ShippedContent.english

    /// The shipped English scenarios' customer lines, and messages that take the
    /// tokenizer's other paths (numbers, number words, contractions, other scripts).
    static let messages: [String] = {
        var lines = ShippedContent.catalog.scenarios.filter { $0.language == "en" }
            .flatMap { $0.turns.flatMap(\.customer) }
        lines += [
            "I was charged twice, 2 x 49.99, on the 3rd of March and nobody's replied in twenty-five days!!",
            "My order #A-1042 hasn't arrived; it's been 5-7 business days, then ten more. Café au lait :D",
            "Order 12345 never came &amp; I can't reach anyone. Naïve of me to wait.",
            "thx for nothing. I've waited since Monday, twenty one days, for a refund of £30",
            "", "   ", "ok", "The refund the refund THE REFUND",
        ]
        return lines
    }()

    /// Replies: the scenarios' model replies and replies that repeat parts of the messages.
    static let replies: [String] = {
        var replies = ShippedContent.catalog.scenarios.filter { $0.language == "en" }
            .flatMap { $0.turns.compactMap(\.exemplary) }
        replies += [
            "I see you were charged twice, 49.99 each time, on the 3rd of March.",
            "So order A-1042 hasn't arrived after 5-7 business days, and ten more since.",
            "I'm sorry nobody replied in twenty-five days about your refund.",
            "Your order 12345 never came, and you can't reach anyone: I'll fix that.",
            "Thanks for waiting since Monday for the £30 refund.", "Café, naïve, refund.",
        ]
        return replies
    }()

    @Test func findsWhatReadingTheWholeMessageFinds() {
        var compared = 0, met = 0
        for message in Self.messages {
            for reply in Self.replies {
                let text = ReplyText(reply, tokens: Self.grader.tokenizer.tokenize(reply))
                let fast = Self.grader.reflectionHit(message, text: text)
                let full = Self.grader.reflectionHitReadingAll(message, text: text, nameForms: [])
                #expect(fast?.evidence == full?.evidence && fast?.note == full?.note, "\(message) / \(reply)")
                compared += 1
                if full != nil { met += 1 }
            }
        }
        #expect(compared > 100 && met > 10, "the cases must exercise both outcomes: \(met) of \(compared)")
    }

    @Test("the evidence is the sentence that repeats most; a tie goes to one with a number, then to the earliest")
    func densestSentence() {
        let tokens = Self.grader.tokenizer.tokenize("The refund is late. Sorry, order 12 is late.")
        let shared = tokens.indices.filter { ["refund", "late", "order", "12"].contains(tokens[$0].text) }
        let densest = Grader.densestSentence(shared, in: tokens)
        #expect(tokens[densest.first].text == "order" && tokens[densest.last].text == "late")
        #expect(densest.count == 3 && densest.number)
        let plain = tokens.indices.filter { ["refund", "late", "order"].contains(tokens[$0].text) }
        let tie = Grader.densestSentence(plain, in: tokens)
        #expect((tie.first, tie.last, tie.count, tie.number) == (plain[0], plain[1], 2, false), "a tie without numbers: the earliest")
        let one = tokens.indices.filter { ["12"].contains(tokens[$0].text) }
        let number = Grader.densestSentence(one, in: tokens)
        #expect((number.first, number.last, number.count, number.number) == (one[0], one[0], 1, true))
    }

    /// Reflecting is saying their details back in a phrase: two of their words in one
    /// sentence, or a number of theirs. The same two words scattered over separate
    /// sentences echo single words ("Don't worry. … your account …") and are not credited.
    @Test func twoOfTheirWordsInOneSentence() {
        let message = "I'm locked out of my account and the reset email never arrives."
        func hit(_ reply: String) -> String? {
            Self.grader.reflectionHit(message, text: ReplyText(reply, tokens: Self.grader.tokenizer.tokenize(reply)))?.evidence.text
        }
        #expect(hit("I'm sorry you're locked out of your account.") == "locked out of your account")
        #expect(hit("So the reset email never arrives?") == "reset email never arrives")
        #expect(hit("Sorry you're locked out. Let me look at the account.") == nil)
        #expect(hit("Don't worry. I'll check the email.") == nil)
        #expect(hit("I'm sorry you're locked out. The account is now open, and so is the other account.") == nil)
    }
}
