import Testing
@testable import FrontlineText

@Suite struct NegationTests {
    func negator(_ text: String, at word: String) -> String? {
        let tokens = TestPacks.en.tokenize(text)
        guard let index = tokens.firstIndex(where: { $0.text == word }) else { return nil }
        return Negation.negator(before: index, in: tokens)?.text
    }

    @Test func aNegatorBeforeTheMatchCancelsIt() {
        // "I don't understand why you're upset" is not an acknowledgement.
        #expect(negator("I don't understand why you're upset", at: "understand") == "not")
        #expect(negator("I'm never sorry", at: "sorry") == "never")
    }

    @Test func butEndsTheScope() {
        #expect(negator("Not my fault, but I understand", at: "understand") == nil)
        #expect(negator("It's not ideal but I understand", at: "understand") == nil)
    }

    @Test func punctuationEndsTheScope() {
        #expect(negator("No. I understand", at: "understand") == nil)
        #expect(negator("No, I understand", at: "understand") == nil)
    }

    @Test func theScopeIsAFewWords() {
        #expect(negator("not that I would ever say I understand", at: "understand") == nil)
        #expect(negator("I do not really understand", at: "understand") == "not", "intensifiers do not count")
    }
}

@Suite struct NegationExceptionTests {
    @Test func setPhrasesThatBeginWithANegatorNegateNothing() {
        var pack = TestPacks.english
        pack.negationExceptions = ["no problem", "don't worry"]
        let tokenizer = Tokenizer(pack)
        func negated(_ text: String, at word: String) -> Bool {
            let tokens = tokenizer.tokenize(text)
            guard let index = tokens.firstIndex(where: { $0.text == word }) else { return false }
            return Negation.negator(before: index, in: tokens, exceptions: tokenizer.negationExceptions) != nil
        }
        #expect(!negated("No problem I will refund it today", at: "refund"))
        #expect(!negated("Don't worry we refund it today", at: "refund"))
        #expect(negated("I can't refund it today", at: "refund"))
        #expect(negated("No, we do not refund it", at: "refund"))
    }

    @Test func aNegatorInsideAMatchIsFoundUnlessItBeginsASetPhrase() {
        var pack = TestPacks.english
        pack.negationExceptions = ["no problem"]
        let tokenizer = Tokenizer(pack)
        func inside(_ text: String) -> String? {
            let tokens = tokenizer.tokenize(text)
            return Negation.negator(inside: 0..<tokens.count, in: tokens, exceptions: tokenizer.negationExceptions)?.text
        }
        #expect(inside("the delivery fee can't be refunded") == "not")
        #expect(inside("the fee is never refunded") == "never")
        #expect(inside("the delivery fee will be refunded") == nil)
        #expect(inside("the fee, no problem, is refunded") == nil)
    }

    @Test func anOfferOpenerProposesWhatFollowsWithinItsClause() {
        let tokenizer = Tokenizer(TestPacks.english)
        // As the tokenizer reads them ("to" is a range word in this pack).
        let openers = ["shall i", "would you like me to"].map { tokenizer.tokenize($0).map(\.text) }
        func offer(_ text: String, matchStart: Int) -> String? {
            Negation.offer(before: matchStart, in: tokenizer.tokenize(text), openers: openers)?.text
        }
        // "refund" is token 2 in "shall i refund it", token 5 after "would you like me to".
        #expect(offer("shall i refund it", matchStart: 2) == "shall")
        #expect(offer("would you like me to refund it", matchStart: 5) == "would")
        #expect(offer("shall i go ahead and refund it", matchStart: 5) == "shall", "a few words between")
        #expect(offer("shall i check. I refund it", matchStart: 5) == nil, "another sentence")
        #expect(offer("i refund it", matchStart: 1) == nil)
        #expect(Negation.offer(before: 2, in: tokenizer.tokenize("shall i refund it"), openers: []) == nil)
    }

    @Test func aTrailingNegatorFollowsWhatItNegatesWithinItsClause() {
        let tokenizer = Tokenizer(TestPacks.english)
        let trailing: [[String]] = [["nope"], ["no", "way"]]
        func after(_ text: String, matchEnd: Int) -> String? {
            Negation.negator(after: matchEnd, in: tokenizer.tokenize(text), trailing: trailing)?.text
        }
        // "refund instant" ends at token 2; the negated verb may follow within three words.
        #expect(after("refund instant nope", matchEnd: 2) == "nope")
        #expect(after("refund instant money really nope", matchEnd: 2) == "nope", "intensifiers are not counted")
        #expect(after("refund instant one two three nope", matchEnd: 2) == nil, "more than three words on")
        #expect(after("refund instant, nope", matchEnd: 2) == nil, "another clause")
        #expect(after("refund instant but nope", matchEnd: 2) == nil, "after a clause-break word")
        #expect(after("refund instant no way", matchEnd: 2) == "no", "a negated verb read as two tokens")
        #expect(after("refund instant no", matchEnd: 2) == nil, "only the whole of it")
        #expect(Negation.negator(after: 2, in: tokenizer.tokenize("refund instant nope"), trailing: []) == nil)
        // A verb inside one of the language's exceptions negates nothing before it.
        #expect(Negation.negator(after: 2, in: tokenizer.tokenize("refund instant and worry nope"), trailing: trailing,
                                 exceptions: [["worry", "nope"]]) == nil)
        #expect(Negation.negator(after: 2, in: tokenizer.tokenize("refund instant and nope"), trailing: trailing,
                                 exceptions: [["worry", "nope"]])?.text == "nope")
    }

    @Test func aNegatorThePatternNamesIsItsOwnButAnotherStillNegates() {
        let tokenizer = Tokenizer(TestPacks.english)
        func inside(_ text: String, named: Set<String>) -> String? {
            let tokens = tokenizer.tokenize(text)
            return Negation.negator(inside: 0..<tokens.count, in: tokens, named: named)?.text
        }
        // `{refund} ** {instant}` where {instant} holds "in no time": its "no" is the pattern's.
        #expect(inside("refunded in no time", named: ["no"]) == nil)
        #expect(inside("refunds are not instant", named: ["no"]) == "not")
        #expect(inside("refunds are not instant", named: []) == "not")
    }
}

@Suite struct NegationReachTests {
    let reach: Set<String> = ["promise", "sure", "guarantee"]

    func negator(_ text: String, at word: String, reach: Set<String>? = nil) -> String? {
        let tokens = TestPacks.en.tokenize(text)
        guard let index = tokens.lastIndex(where: { $0.text == word }) else { return nil }
        return Negation.negator(before: index, in: tokens, reach: reach ?? self.reach)?.text
    }

    @Test("a negated promise reaches the end of its clause")
    func aNegatedPromiseReachesTheClause() {
        let text = "I can't promise the outcome or that it will arrive before Friday"
        #expect(negator(text, at: "arrive") == "not")
        #expect(negator(text, at: "arrive", reach: []) == nil, "without the reach word, four words is the scope")
        #expect(negator("I'm not really sure if this is a good idea", at: "good") == "not", "an intensifier between")
        #expect(negator("I can't be sure your parcel will arrive on Friday", at: "arrive") == "not", "a helping word between")
        #expect(negator("I'm not going to tell you it'll be fixed today", at: "fixed", reach: ["tell"]) == "not",
                "'going to' before the reach word")
        #expect(negator("I'm not able to promise it will arrive Friday", at: "arrive") == "not")
        #expect(negator("I'm not going to the depot and it will arrive Friday", at: "arrive") == nil, "no reach word")
    }

    @Test("a comma before a complementizer does not end a reach negator's clause, and no other's")
    func theReachCrossesACommaBeforeAComplementizer() {
        let tokens = TestPacks.en.tokenize("I can't promise, that it will arrive before Friday")
        let arrive = tokens.lastIndex { $0.text == "arrive" }!
        #expect(Negation.negator(before: arrive, in: tokens, reach: reach, complementizers: ["that"])?.text == "not")
        #expect(Negation.negator(before: arrive, in: tokens, reach: reach) == nil, "without complementizers the comma ends it")
        // Only a reach negator: "not" four words back without "promise" after it stays out.
        let plain = TestPacks.en.tokenize("I do not, that it will arrive")
        #expect(Negation.negator(before: plain.lastIndex { $0.text == "arrive" }!, in: plain, reach: reach,
                                 complementizers: ["that"]) == nil)
        // Never past a sentence end.
        let two = TestPacks.en.tokenize("I can't promise. That it will arrive Friday")
        #expect(Negation.negator(before: two.lastIndex { $0.text == "arrive" }!, in: two, reach: reach,
                                 complementizers: ["that"]) == nil)
        // "that's" is "that is": a clause of its own, not one the promise governs.
        let contracted = TestPacks.en.tokenize("I can't promise a date, that's what stops it arriving early")
        #expect(Negation.negator(before: contracted.lastIndex { $0.text == "arriving" }!, in: contracted, reach: reach,
                                 complementizers: ["that"]) == nil)
        let spelt = TestPacks.en.tokenize("I can't promise a date, that it arrives early")
        #expect(Negation.negator(before: spelt.lastIndex { $0.text == "arrives" }!, in: spelt, reach: reach,
                                 complementizers: ["that"])?.text == "not")
    }

    @Test("a wish followed by a reach word says the speaker cannot")
    func aCounterfactualBeforeAReachWord() {
        let tokens = TestPacks.en.tokenize("I wish I could promise you it will arrive before Friday")
        let arrive = tokens.lastIndex { $0.text == "arrive" }!
        #expect(Negation.negator(before: arrive, in: tokens, reach: reach, counterfactuals: ["wish"])?.text == "wish")
        #expect(Negation.negator(before: arrive, in: tokens, reach: reach) == nil, "without counterfactuals a wish is a wish")
        // Without a reach word after it, a wish negates nothing: "I wish you a good week".
        let kind = TestPacks.en.tokenize("I wish you a refund before Friday")
        #expect(Negation.negator(before: kind.lastIndex { $0.text == "refund" }!, in: kind, reach: reach,
                                 counterfactuals: ["wish"]) == nil)
        // Not past the clause: "I wish I could say more, but it arrives Friday".
        let later = TestPacks.en.tokenize("I wish I could promise more, it will arrive Friday")
        #expect(Negation.negator(before: later.lastIndex { $0.text == "arrive" }!, in: later, reach: reach,
                                 counterfactuals: ["wish"]) == nil)
    }

    @Test("a refusal after a fronted claim: 'that it arrives Friday, I can't promise'")
    func aFrontedClaimRefusedAfterwards() {
        func refused(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            let i = tokens.firstIndex { $0.text == word }!
            return Negation.frontedRefusal(start: i, end: i + 1, in: tokens, reach: reach, complementizers: ["that"])
        }
        #expect(refused("Promise that it arrives Friday, I can't.", at: "arrives")?.text == "not")
        #expect(refused("Promise that it arrives Friday, I will.", at: "arrives") == nil, "the next clause refuses nothing")
        #expect(refused("I know that it arrives Friday, I can't wait.", at: "arrives") == nil, "no reach word before 'that'")
        #expect(refused("Promise that it arrives Friday. I can't.", at: "arrives") == nil, "not past the sentence")
        #expect(refused("I can confirm that it arrives Friday; it is not caused by you.", at: "arrives") == nil,
                "a longer clause after it is no refusal of it")
        // Or the reach word in the short refusing clause: "… that it arrives Friday, that I can't promise".
        #expect(refused("Honestly - that it arrives Friday, that I can't promise.", at: "arrives")?.text == "not")
        #expect(refused("Honestly - that it arrives Friday, I can't say why.", at: "arrives") == nil, "no reach word in it")
        #expect(refused("Honestly - that it arrives Friday, I really cannot promise you that with any certainty at all.", at: "arrives") == nil,
                "a long clause is no short refusal")
    }

    @Test("a denial right after a claim: 'a free month isn't something I can give'")
    func aDenialAfterTheClaim() {
        let denials = [["is", "not", "something"], ["are", "not", "possible"]]
        let tokens = TestPacks.en.tokenize("A free month is not something I'm able to give.")
        let month = tokens.firstIndex { $0.text == "month" }!
        #expect(Negation.denial(after: month + 1, in: tokens, denials: denials)?.text == "not")
        let really = TestPacks.en.tokenize("Same-day visits really are not possible.")
        #expect(Negation.denial(after: really.firstIndex { $0.text == "visits" }! + 1, in: really, denials: denials) != nil,
                "an intensifier may stand between")
        let comma = TestPacks.en.tokenize("A free month, is not something else")
        #expect(Negation.denial(after: comma.firstIndex { $0.text == "month" }! + 1, in: comma, denials: denials) == nil,
                "not across a clause break")
        let later = TestPacks.en.tokenize("A free month and the rest is not something I mind")
        #expect(Negation.denial(after: later.firstIndex { $0.text == "month" }! + 1, in: later, denials: denials) == nil,
                "only right after the claim")
    }

    @Test("a claim taken back within a few words is retracted")
    func aClaimTakenBack() {
        let retractions = [["scratch", "that"], ["i", "take", "that", "back"]]
        let tokens = TestPacks.en.tokenize("You could try reinstalling it - actually, no, sorry, scratch that, it can wipe drafts.")
        let end = tokens.firstIndex { $0.text == "reinstalling" }! + 1
        #expect(Negation.retraction(after: end, in: tokens, retractions: retractions)?.text == "scratch")
        #expect(Negation.retraction(after: end, in: tokens, retractions: []) == nil)
        let far = TestPacks.en.tokenize("Try reinstalling it. It usually helps and it is quick and then we can scratch that off the list")
        #expect(Negation.retraction(after: far.firstIndex { $0.text == "reinstalling" }! + 1, in: far, retractions: retractions) == nil,
                "more than eight words on")
    }

    @Test("an action after 'once' or 'if' is a condition; after 'if you' a request")
    func aConditionBeforeAnAction() {
        func condition(_ text: String, at word: String, requests: Set<String> = ["you", "u"]) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.condition(before: tokens.firstIndex { $0.text == word }!, in: tokens, conditionals: ["once", "if"],
                                      requests: requests)
        }
        #expect(condition("Once a refund is issued it takes 3-5 days.", at: "refund")?.text == "once")
        #expect(condition("If you could send me your order number.", at: "order") == nil, "a request")
        #expect(condition("If u could send me your order number.", at: "order") == nil, "a request, typed short")
        #expect(condition("If you could send the form.", at: "send") == nil)
        #expect(condition("If you could send the form.", at: "send", requests: [])?.text == "if",
                "the request words are the pack's: without them it is a condition")
        #expect(condition("I've issued a refund, once it clears.", at: "refund") == nil, "only before the action")
        #expect(condition("If anything, a refund is on its way.", at: "refund") == nil, "not past the clause")
    }

    /// Held-out sets 28 and 29: "Once you confirm I'll book the Express", "As soon as you
    /// confirm I'll book", "If you're happy with that, I'll cancel it": coaches read each as
    /// waiting for the customer's go-ahead, the booking not yet made.
    @Test("a condition addressed to the customer that is their go-ahead leaves the action undone")
    func aConditionThatAwaitsTheGoAhead() {
        let consents: Set<String> = ["confirm", "happy", "yes"], askers: Set<String> = ["i", "we"]
        func condition(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.condition(before: tokens.firstIndex { $0.text == word }!, in: tokens, conditionals: ["once", "if"],
                                      requests: ["you"], consents: consents, askers: askers)
        }
        func clause(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.conditionClause(before: tokens.firstIndex { $0.text == word }!, in: tokens, conditionals: ["once", "if"],
                                            requests: ["you", "send"], consents: consents)
        }
        #expect(condition("Once you confirm I will book the express reship.", at: "book")?.text == "once")
        #expect(condition("Once you confirm the address we will book the reship for you.", at: "book")?.text == "once",
                "up to twice the window when the go-ahead is awaited")
        #expect(condition("If you could confirm your date of birth.", at: "confirm") == nil, "the request itself is asked")
        #expect(condition("If you confirm your date of birth.", at: "date") == nil, "no one of us acts after it")
        #expect(condition("If you could send me your order number I will look.", at: "look") == nil, "a request, not a go-ahead")
        #expect(condition("Once you confirm the new delivery address for the parcel and the flat number I will book it.", at: "book") == nil,
                "too far from the action")
        // A condition not addressed to the customer, without its comma: "I will" opens the
        // main clause, so the action is under the condition however long the condition is.
        func longCondition(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.condition(before: tokens.firstIndex { $0.text == word }!, in: tokens, conditionals: ["once", "if"],
                                      requests: ["you"], consents: consents, askers: askers, futures: ["will", "would"])
        }
        #expect(longCondition("If anything like that is said again I will need to end the chat.", at: "end")?.text == "if")
        #expect(longCondition("If anything like that is said again I need to end the chat.", at: "end") == nil,
                "no future: the condition is too long to reach the action")
        #expect(longCondition("Once the parcel finally arrived at the depot I rebooked it.", at: "rebooked") == nil, "a deed done")
        #expect(condition("If anything like that is said again I will need to end the chat.", at: "end") == nil,
                "without the pack's futures, as before")
        #expect(clause("If you are happy with that, I will cancel it now.", at: "cancel")?.text == "if")
        #expect(clause("Once you confirm, I will book it.", at: "book")?.text == "once")
        #expect(clause("If you send me the statement, I will cover the fee.", at: "cover") == nil, "asks and commits, as before")
        // The go-ahead governs its whole clause; any other condition only what follows closely.
        #expect(clause("If you are happy for me to do so, I can refund the duplicate payment back to your card.", at: "back")?.text == "if")
        #expect(clause("If it clears, I can refund the duplicate payment back to your card.", at: "back") == nil, "not a go-ahead: too far")
        #expect(clause("If it clears, I can refund it.", at: "refund")?.text == "if")
        // A conditional of several words: "as soon as".
        let soon = TestPacks.en.tokenize("As soon as you confirm I will book the express reship.")
        let asSoonAs = Negation.condition(before: soon.firstIndex { $0.text == "book" }!, in: soon, conditionals: ["once"],
                                          phrases: [["as", "soon", "as"]], requests: ["you"], consents: consents, askers: askers)
        #expect(asSoonAs.map { soon.firstIndex(of: $0) } == 0, "the phrase's first word is the conditional")
        let commaSoon = TestPacks.en.tokenize("As soon as you confirm, I will book it.")
        #expect(Negation.conditionClause(before: commaSoon.firstIndex { $0.text == "book" }!, in: commaSoon, conditionals: [],
                                         phrases: [["as", "soon", "as"]], requests: ["you"], consents: consents)?.text == "as")
        let soonAlone = TestPacks.en.tokenize("I will book it as soon as possible.")
        #expect(Negation.condition(before: soonAlone.firstIndex { $0.text == "book" }!, in: soonAlone, conditionals: [],
                                   phrases: [["as", "soon", "as"]]) == nil, "only before the action")
        let one = TestPacks.en.tokenize("As I will book it.")
        #expect(Negation.condition(before: one.firstIndex { $0.text == "book" }!, in: one, conditionals: [],
                                   phrases: [["as"]])?.text == "as", "a phrase of one word is a word")
        // "as soon as I have your merchant ID" asks for it (a request phrase after the conditional).
        let have = TestPacks.en.tokenize("I will escalate it as soon as I have your merchant ID.")
        #expect(Negation.condition(before: have.firstIndex { $0.text == "merchant" }!, in: have, conditionals: [],
                                   phrases: [["as", "soon", "as"]], requests: ["you"], requestPhrases: [["i", "have"]]) == nil)
        #expect(Negation.condition(before: have.firstIndex { $0.text == "merchant" }!, in: have, conditionals: [],
                                   phrases: [["as", "soon", "as"]], requests: ["you"])?.text == "as", "without the phrase, a condition")
        #expect(clause("If you could just reply to confirm that is all correct, I will put the refund through.", at: "put")?.text == "if",
                "a go-ahead may take up to twice the words")
        #expect(clause("If the app keeps crashing on the export screen after the update, I will book it.", at: "book") == nil,
                "without one, six words at most")
    }

    @Test("a clause of the speaker's own after 'and' is out of a negator's reach, but for a reach word's")
    func coordinatedClause() {
        func negator(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.negator(before: tokens.firstIndex { $0.text == word }!, in: tokens, reach: ["promise"],
                                    coordinators: ["and"], subjects: ["i", "we"])
        }
        #expect(negator("That was not okay and I apologise.", at: "i") == nil)
        #expect(negator("That was not okay and I apologise.", at: "apologise") == nil)
        #expect(negator("That was not okay and apologise.", at: "apologise") != nil, "no subject of its own: the same clause")
        #expect(negator("That was not okay or I apologise.", at: "apologise") != nil, "only the coordinators listed")
        #expect(negator("I can't promise it arrives Friday and we refund the fee.", at: "refund") != nil,
                "a negated reach word goes on past it")
        #expect(negator("I did not apologise.", at: "apologise") != nil)
    }

    @Test("a clause that 'until' opens with its own subject is out of every negator's reach")
    func subordinateClause() {
        func negator(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.negator(before: tokens.firstIndex { $0.text == word }!, in: tokens, reach: ["tell"],
                                    subordinators: ["till", "unless"], clauseSubjects: ["i", "we", "you"])
        }
        // (The test pack reads "until" as a range word; the shipped English pack does not.)
        #expect(negator("I can not tell you that till you confirm your date of birth.", at: "date") == nil,
                "a reach negator stops there too")
        #expect(negator("I can not share it unless you send the code.", at: "send") == nil)
        #expect(negator("I can not tell you till tomorrow the date of birth.", at: "date") != nil, "no subject: the same clause")
        #expect(negator("I can not tell you your date of birth.", at: "date") != nil)
    }

    @Test("'anything' carries a negator before it to a claim just after it")
    func negativePolarity() {
        func negator(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.negator(before: tokens.firstIndex { $0.text == word }!, in: tokens, reach: ["promise"],
                                    polarity: ["anything", "anyone"])
        }
        #expect(negator("It was not anything you or your bank did.", at: "bank")?.text == "not")
        #expect(negator("This was never something you or your bank did.", at: "bank") == nil, "no polarity word: four words at most")
        #expect(negator("We have not heard anything back from the courier so it is lost.", at: "lost") == nil,
                "the claim more than four words after it")
        #expect(negator("Nothing changed. Anything your bank did is fine.", at: "bank") == nil, "not across a sentence")
    }

    @Test("a short clause opened by 'if' before the action's clause is its condition")
    func aConditionThatIsAClauseOfItsOwn() {
        func condition(_ text: String, at word: String) -> Token? {
            let tokens = TestPacks.en.tokenize(text)
            return Negation.conditionClause(before: tokens.firstIndex { $0.text == word }!, in: tokens, conditionals: ["once", "if"],
                                            requests: ["you", "send"])
        }
        #expect(condition("Or a free pause? If not, I will cancel right away.", at: "cancel")?.text == "if")
        #expect(condition("If that does not fix it, I will book an engineer.", at: "book")?.text == "if")
        #expect(condition("If you send me the statement, I will cover the fee.", at: "cover") == nil, "a request and a commitment")
        #expect(condition("If that does not do it, send me your version.", at: "version") == nil, "the action's clause asks")
        #expect(condition("If the app keeps crashing on the export screen after the update, I will book it.", at: "book") == nil,
                "a condition longer than six words is not read")
        #expect(condition("If not, then as we discussed on the phone I will cancel.", at: "cancel") == nil, "the action too far into its clause")
        #expect(condition("I will cancel right away.", at: "cancel") == nil)
    }

    @Test("a pack's reach words are single words, normalised like tokens")
    func reachWordsAreSingleWords() {
        var pack = TestPacks.english
        pack.negationReach = ["Promise", "be sure", "guarantee"]
        #expect(Tokenizer(pack).negationReach == ["promise", "guarantee"])
    }

    @Test("the reach ends where the clause does, and needs the word right after the negator")
    func theReachEndsWithTheClause() {
        #expect(negator("I can't promise anything, it will arrive Friday", at: "arrive") == nil)
        #expect(negator("I can't promise anything but it will arrive Friday", at: "arrive") == nil)
        #expect(negator("I can't promise anything. It will arrive Friday", at: "arrive") == nil)
        #expect(negator("I do not have the tracking number and it will arrive Friday", at: "arrive") == nil)
        #expect(negator("Not that I checked the rest, I promise it will arrive Friday", at: "arrive") == nil)
    }

    /// "without" negates only its object: a match it introduces, not what follows it.
    @Test("an object negator reaches only the phrase it introduces")
    func objectNegatorsReachTheirObjectOnly() {
        var pack = TestPacks.english
        pack.negators.append("without")
        let tokenizer = Tokenizer(pack)
        func negator(_ text: String, at word: String) -> String? {
            var tokens = tokenizer.tokenize(text)
            for i in tokens.indices { tokens[i].isStopword = ["a", "an", "the", "your"].contains(tokens[i].text) }
            guard let index = tokens.firstIndex(where: { $0.text == word }) else { return nil }
            return Negation.negator(before: index, in: tokens, objectOnly: ["without"])?.text
        }
        #expect(negator("Three days without internet must be so frustrating", at: "must") == nil)
        #expect(negator("It came without an apology", at: "apology") == "without", "only stopwords between")
        #expect(negator("It came without apology", at: "apology") == "without")
        #expect(negator("It came without really any apology", at: "apology") == nil, "'any' is its object's first word")
        #expect(negator("It is not frustrating", at: "frustrating") == "not", "other negators are unchanged")
    }

    @Test("a pack's object negators are single words, normalised like tokens")
    func objectNegatorsAreSingleWords() {
        var pack = TestPacks.english
        pack.objectNegators = ["Without", "with no"]
        #expect(Tokenizer(pack).objectNegators == ["without"])
    }
}
