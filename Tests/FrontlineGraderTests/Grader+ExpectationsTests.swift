import Testing
@testable import FrontlineGrader
import FrontlineModel

@Suite struct GraderExpectationsTests {
    let grader = ShippedContent.english
    let verify = ShippedContent.expectation("verify-identity", .action, say: ["(date of birth|postcode)"])
    var balance: FrontlineModel.Expectation {
        ShippedContent.expectation("disclose-balance", say: ["balance is"], requires: ["verify-identity"])
    }

    func grade(_ reply: String, _ expectations: [FrontlineModel.Expectation], alreadyMet: Set<String> = []) -> Grade {
        grader.grade(reply, context: GradingContext(expectations: expectations, alreadyMet: alreadyMet))
    }

    @Test func identityBeforeDisclosureInTheSameReply() {
        let grade = grade("Could you confirm your postcode? Thanks - your balance is 40 pounds.", [verify, balance])
        #expect(!grade.criticalFailure)
        #expect(grade.metExpectations == ["verify-identity", "disclose-balance"])
    }

    @Test func disclosureBeforeIdentityIsCritical() throws {
        let grade = grade("Your balance is 40 pounds. Could you confirm your postcode?", [verify, balance])
        #expect(grade.criticalFailure)
        #expect(grade.scores[.accuracy] == 0)
        #expect(grade.overall <= 40)
        let finding = try #require(grade.findings.first { $0.criterionId == "disclose-balance" })
        #expect(finding.outcome == .triggered && finding.isCritical)
        #expect(finding.note == "said before 'verify-identity'")
    }

    @Test func identityVerifiedInAnEarlierTurn() {
        let grade = grade("Thanks, your balance is 40 pounds.", [balance], alreadyMet: ["verify-identity"])
        #expect(!grade.criticalFailure)
        #expect(grade.metExpectations == ["disclose-balance"])
        #expect(self.grade("Thanks, your balance is 40 pounds.", [balance]).criticalFailure)
    }

    @Test func forbiddenClaimsCostPoints() throws {
        let promise = ShippedContent.expectation("instant-refund", .forbidden, say: ["refund * (today|right now)"], points: 30)
        let timing = ShippedContent.expectation("refund-timing", say: ["5-7 business days"])
        let grade = grade("I'll refund you right now - it takes five to seven working days.", [promise, timing])
        let forbidden = try #require(grade.findings.first { $0.criterionId == "instant-refund" })
        #expect(forbidden.outcome == .triggered && forbidden.points == -30)
        #expect(grade.metExpectations.contains("refund-timing"), "number words and equivalents meet the digits")
        #expect(grade.scores[.accuracy]! < 100)
    }

    @Test func aNegatedFactIsMissed() throws {
        let timing = ShippedContent.expectation("refund-timing", say: ["refund * 5-7 business days"])
        let finding = try #require(grade("It is not a refund in 5-7 business days.", [timing]).findings.first { $0.criterionId == "refund-timing" })
        #expect(finding.outcome == .missed && finding.note == "negated")
    }

    @Test func aNegatorReachesAClaimAfterAnything() {
        // "None of this was anything you or your bank did" is no blame (negative_polarity).
        let blame = ShippedContent.expectation("blame-bank", .forbidden, say: ["(your|the) bank (did|caused)"], points: 30)
        #expect(grade("None of this was anything you or your bank did.", [blame]).findings.allSatisfy { $0.criterionId != "blame-bank" })
        #expect(grade("Sorry, your bank did this twice.", [blame]).findings.contains { $0.criterionId == "blame-bank" && $0.outcome == .triggered })
        #expect(grade("I don't have any idea why your bank did this.", [blame]).findings.contains { $0.criterionId == "blame-bank" },
                "\"any\" is not listed: the bank is still blamed")
    }

    @Test func aClauseOfItsOwnIsOutOfANegatorsReach() {
        // "until you…" opens a clause of its own (English subordinators); "and I…" one of the speaker's (coordinators).
        let verify = ShippedContent.expectation("verify-identity", .action, say: ["date of birth"], points: 20)
        #expect(grade("I can't tell you that until you confirm your date of birth and postcode.", [verify]).metExpectations == ["verify-identity"])
        #expect(grade("I can't tell you your date of birth.", [verify]).metExpectations.isEmpty)
        let apology = ShippedContent.expectation("apologise-for-tone", .action, say: ["(i|we) apologise"], points: 10)
        #expect(grade("My tone there wasn't okay and I apologise.", [apology]).metExpectations == ["apologise-for-tone"])
        // A range still reads: "3 to 5 business days".
        let timing = ShippedContent.expectation("refund-timing", say: ["3-5 business days"], points: 10)
        #expect(grade("It takes 3 to 5 business days.", [timing]).metExpectations == ["refund-timing"])
    }

    @Test func aNegatorAGapLetInNegatesTheMatch() throws {
        // "the fee * refunded" spans "the fee can't be refunded": the gap let the
        // negator in, so the fee is not refunded; a pattern that names the negator
        // itself ("can't be refunded") is about the negation and still matches.
        let refund = ShippedContent.expectation("refund-fee", say: ["(delivery fee|fee) * refunded"])
        let found = try #require(grade("Sadly the delivery fee can't be refunded.", [refund]).findings.first { $0.criterionId == "refund-fee" })
        #expect(found.outcome == .missed && found.note == "negated")
        #expect(grade("The delivery fee has been refunded.", [refund]).metExpectations == ["refund-fee"])
        let refuse = ShippedContent.expectation("refuse-fee", say: ["fee * (can not|cannot|will not) be refunded"])
        #expect(grade("The delivery fee sadly can't be refunded.", [refuse]).metExpectations == ["refuse-fee"])
        // The same for a forbidden claim: "refund * instant" over "the refund won't be instant".
        let instant = ShippedContent.expectation("instant-refund", .forbidden, say: ["refund * instant"], points: 20)
        let honest = grade("Your refund won't be instant, it takes 5-7 days.", [instant])
        #expect(!honest.findings.contains { $0.criterionId == "instant-refund" && $0.outcome == .triggered })
        let promise = grade("Your refund will be instant.", [instant])
        #expect(promise.findings.contains { $0.criterionId == "instant-refund" && $0.outcome == .triggered })
        // A pattern naming one negator ("in no time") owns only that one: "aren't" in the
        // gap still negates, and "no" where the pattern has it does not.
        let quick = ShippedContent.expectation("quick-refund", .forbidden, say: ["refund ** (instant|in no time)"], points: 20)
        #expect(!grade("Refunds aren't instant, sorry.", [quick]).findings.contains { $0.outcome == .triggered })
        #expect(grade("The refund will be with you in no time.", [quick]).findings.contains { $0.outcome == .triggered })
    }

    @Test func askingForACardsSecretsCostsAccuracyButWarningAboutThemDoesNot() throws {
        // `ask-secret` (every language's accuracy rubric): a full card number, its security
        // code, a PIN, a password or a one-time code is never support's to ask for.
        let check = ShippedContent.expectation("check-payment", .action, say: ["last (four|4) digits"])
        let asks = grade("Could you send me the full card number and the security code?", [check])
        let finding = try #require(asks.findings.first { $0.criterionId == "ask-secret" })
        #expect(finding.outcome == .triggered && finding.points == -30)
        #expect(asks.scores[.accuracy] == 0)
        let right = grade("Could you send me the last four digits? Never share your PIN or the security code with anyone.", [check])
        #expect(!right.findings.contains { $0.criterionId == "ask-secret" && $0.outcome == .triggered })
        #expect(right.scores[.accuracy] == 100)
    }

    @Test func criticalExpectationMissedFailsTheTurn() {
        let must = ShippedContent.expectation("warn-fraud", .action, say: ["never share your (pin|password)"], critical: true)
        #expect(grade("Have a nice day.", [must]).criticalFailure)
        #expect(!grade("Please never share your PIN with anyone.", [must]).criticalFailure)
    }

    // MARK: Meaning: values, parts, concepts

    func timing(value: String = "5-7 business days") -> FrontlineModel.Expectation {
        var e = ShippedContent.expectation("refund-timing", say: ["5-7 business days"], points: 20)
        e.value = ExpectedValue(text: value)
        return e
    }

    @Test func anAgreeingValueMeetsTheExpectationInOtherWords() throws {
        let grade = grade("It'll be back on your card within a week.", [timing()])
        #expect(grade.metExpectations == ["refund-timing"])
        let finding = try #require(grade.findings.first { $0.criterionId == "refund-timing" })
        #expect(finding.evidence?.text == "within a week")
    }

    @Test func anApproximateValueIsNeitherTheFactNorWrong() {
        // Coaches mark "about a week" for 5-7 business days missed: vaguer than the fact.
        for reply in ["The refund takes about a week.", "You'll have it back in roughly 5 days."] {
            let grade = grade(reply, [timing()])
            #expect(grade.metExpectations.isEmpty && grade.wrongValues.isEmpty, "\(reply)")
        }
        #expect(grade("It takes around 5-7 business days, so about a week.", [timing()]).metExpectations == ["refund-timing"])
        #expect(grade("The refund takes about two months.", [timing()]).wrongValues == ["refund-timing"], "an approximation can still be wrong")
        // The fact's own words with only an approximation beside them say it vaguely.
        var worded = timing()
        worded.phrases.append(Phrase("(within|in) a week"))
        let vague = grade("You should see the money in a week or so.", [worded])
        #expect(vague.metExpectations.isEmpty && vague.wrongValues.isEmpty)
        #expect(vague.findings.first { $0.criterionId == "refund-timing" }?.note == "vaguer than 5-7 business days: you said in a week or so")
        #expect(grade("You should see the money in a week.", [worded]).metExpectations == ["refund-timing"])
    }

    @Test func slangForNotesIsTheirNumber() {
        // English numbers: "a fiver a day" is five a day, "a tenner" ten.
        let perDay = ShippedContent.expectation("credit-per-day", say: ["(5|five) [pounds|quid] (a|per) day"], points: 10)
        #expect(grade("I've put a credit on - that's a fiver a day.", [perDay]).metExpectations == ["credit-per-day"])
        let ten = ShippedContent.expectation("ten-off", say: ["(10|ten) off"], points: 10)
        #expect(grade("Here's a tenner off your next box.", [ten]).metExpectations == ["ten-off"])
    }

    @Test func aWrongValueIsNotCreditedAndIsItsOwnFinding() throws {
        let grade = grade("You'll see it in 2-3 business days.", [timing()])
        #expect(grade.metExpectations.isEmpty)
        #expect(grade.wrongValues == ["refund-timing"])
        let wrong = try #require(grade.findings.first { $0.criterionId == "refund-timing.wrong-value" })
        #expect(wrong.outcome == .triggered && wrong.points < 0)
        // "in" is a bound in English ("an email in 24 hours" is a deadline), quoted with it.
        #expect(wrong.evidence?.text == "in 2-3 business days")
        #expect(wrong.evidence?.start == 14)
        #expect(wrong.note == "you said in 2-3 business days; it is 5-7 business days")
    }

    @Test func aValueRightAfterANegatorIsDeniedNotStated() throws {
        let timing = timing()
        let denied = grade("It's 7-10 business days for the refund, not a week.", [timing])
        #expect(denied.metExpectations.isEmpty, "\"not a week\" agrees with nothing")
        #expect(denied.findings.contains { $0.criterionId == "refund-timing.wrong-value" })
        #expect(grade("The refund takes a week.", [timing]).metExpectations == ["refund-timing"])
        #expect(grade("It won't take more than a week.", [timing]).metExpectations == ["refund-timing"], "words between: still a bound")
    }

    @Test func aValueThatIsAnotherExpectationsIsNotWrong() {
        var window = ShippedContent.expectation("refund-window", say: ["30 days"])
        window.value = ExpectedValue(text: "30 days")
        let grade = grade("Refunds are within 30 days of delivery and arrive in 5-7 business days.", [timing(), window])
        #expect(grade.wrongValues.isEmpty)
        #expect(grade.metExpectations == ["refund-timing", "refund-window"])
    }

    @Test func aValueOfSeveralPartsIsWrongWhenAnyPartIs() throws {
        var rent = ShippedContent.expectation("confirm-rent", say: ["(rent|650) * (went out|left)"], points: 15)
        rent.value = ExpectedValue(text: "£650 on 1 May")
        #expect(grade("Yes, the £650 rent went out on 1 May.", [rent]).metExpectations == ["confirm-rent"])
        #expect(grade("It left on 1 May, all fine.", [rent]).metExpectations == ["confirm-rent"], "one part right, none wrong")
        let wrongDay = grade("Yes, the £650 rent went out on 2 May.", [rent])
        #expect(wrongDay.metExpectations.isEmpty && wrongDay.wrongValues == ["confirm-rent"])
        let note = try #require(wrongDay.findings.first { $0.criterionId == "confirm-rent.wrong-value" }?.note)
        #expect(note == "you said 2 May; it is £650 on 1 May")
        #expect(grade("Yes, the £560 rent went out on 1 May.", [rent]).wrongValues == ["confirm-rent"])
        // A day of the month beside the fact is judged against the date's day, and can only be wrong.
        #expect(grade("Yep, £650 went out to Harlow Lettings on the 2nd.", [rent]).wrongValues == ["confirm-rent"])
        #expect(grade("Yes, the £650 rent went out on the 1st.", [rent]).metExpectations == ["confirm-rent"])
        #expect(grade("The £650 rent left on 2 May rather than the 1st.", [rent]).wrongValues == ["confirm-rent"],
                "the date is wrong; the day beside it credits nothing")
        var until = ShippedContent.expectation("access-until", say: ["until the 28th"], points: 15)
        until.value = ExpectedValue(text: "the 28th")
        #expect(grade("You keep Premium until the 29th.", [until]).wrongValues == ["access-until"])
        #expect(grade("You keep Premium until the 28th.", [until]).metExpectations == ["access-until"])
    }

    @Test("an amount said as prices are spoken is judged beside a money fact, and can only be wrong")
    func aSpokenAmountBesideAMoneyFact() throws {
        var fee = ShippedContent.expectation("refund-delivery-fee", say: ["{refund} * delivery", "delivery * {refund}"], points: 20)
        fee.value = ExpectedValue(text: "£4.95")
        let wrong = grade("For the delivery charge I've refunded three ninety five back to your card.", [fee])
        #expect(wrong.metExpectations.isEmpty && wrong.wrongValues == ["refund-delivery-fee"])
        let note = try #require(wrong.findings.first { $0.criterionId == "refund-delivery-fee.wrong-value" }?.note)
        #expect(note == "you said three ninety five; it is £4.95")
        #expect(grade("For the delivery charge I've refunded four ninety-five back to your card.", [fee]).metExpectations
                == ["refund-delivery-fee"])
        #expect(grade("I've refunded the delivery fee. Three ninety five is the price of the new one.", [fee]).wrongValues.isEmpty,
                "not in the fact's clause")
        var credit = ShippedContent.expectation("apply-credit", say: ["credit"], points: 15)
        credit.value = ExpectedValue(text: "£15")
        #expect(grade("I've put a credit on, twelve fifty for the three days.", [credit]).wrongValues.isEmpty,
                "a whole amount is not said as pounds and pence")
    }

    @Test("a value the trainee corrects is judged as corrected; a suggestion taken back is not made")
    func correctionsAndRetractions() throws {
        var fee = ShippedContent.expectation("refund-delivery-fee", say: ["{refund} * delivery", "delivery * {refund}", "{refund} * 4.95"], points: 20)
        fee.value = ExpectedValue(text: "£4.95")
        let corrected = grade("For the delivery, I'll refund the £4.95 - oh wait, no, sorry, it's just the £2.50 courier part.", [fee])
        #expect(corrected.metExpectations.isEmpty && corrected.wrongValues == ["refund-delivery-fee"])
        #expect(grade("For the delivery, I'll refund the £2.50 - sorry, no, the £4.95.", [fee]).metExpectations == ["refund-delivery-fee"])
        let reinstall = ShippedContent.expectation("suggest-reinstall", .forbidden, say: ["(try|suggest) (reinstalling|a reinstall)"], points: 30)
        let taken = grade("You could try reinstalling it - actually, no, sorry, scratch that, it can wipe your drafts.", [reinstall])
        #expect(!taken.findings.contains { $0.criterionId == "suggest-reinstall" && $0.outcome == .triggered })
        #expect(grade("You could try reinstalling it, that usually clears it.", [reinstall]).findings
                .contains { $0.criterionId == "suggest-reinstall" && $0.outcome == .triggered })
        // Spoken fillers stand between a phrase's words as intensifiers do.
        let fix = ShippedContent.expectation("explain-fix", say: ["fix is in 5.3.1"], points: 10)
        #expect(grade("So the fix is, um, in 5.3.1.", [fix]).metExpectations == ["explain-fix"])
    }

    @Test func anAddressWithTheWrongDomainIsAWrongValue() throws {
        var email = ShippedContent.expectation("share-email-masked", say: ["outlook"], points: 20)
        email.value = ExpectedValue(text: "t.n******@outlook.com")
        #expect(grade("The email on the account is t.n******@outlook.com.", [email]).metExpectations == ["share-email-masked"])
        let wrong = grade("The email on the account is t.n******@gmail.com.", [email])
        #expect(wrong.metExpectations.isEmpty && wrong.wrongValues == ["share-email-masked"])
        var route = ShippedContent.expectation("written-route", .action, say: ["appeal"], points: 15)
        route.value = ExpectedValue(text: "roamly.app/appeal or help@roamly.app")
        #expect(grade("You can appeal at roamly.app/appeal.", [route]).metExpectations == ["written-route"])
        #expect(grade("You can appeal by emailing help@roamly.app.", [route]).metExpectations == ["written-route"])
        #expect(grade("You can appeal at roamly.com/appeals.", [route]).wrongValues == ["written-route"])
    }

    @Test func anotherPlaceIsAWrongValue() throws {
        var tracking = ShippedContent.expectation("check-tracking", say: ["(hub|depot)"], points: 20)
        tracking.value = ExpectedValue(text: "SwiftRoute's Daventry hub")
        #expect(grade("It's held at the Daventry hub with a damaged label.", [tracking]).metExpectations == ["check-tracking"])
        #expect(grade("It's held at the SwiftRoute hub, label damaged.", [tracking]).metExpectations == ["check-tracking"])
        let wrong = grade("It's held at the Coventry depot with a damaged label.", [tracking])
        #expect(wrong.metExpectations.isEmpty && wrong.wrongValues == ["check-tracking"])
        let note = try #require(wrong.findings.first { $0.criterionId == "check-tracking.wrong-value" }?.note)
        #expect(note == "you said Coventry depot; it is SwiftRoute's Daventry hub")
    }

    @Test func aDeadlineBesideTheExpectationIsItsValueWhateverItsSize() throws {
        var email = ShippedContent.expectation("confirmation-email", say: ["confirmation email"], points: 10)
        email.value = ExpectedValue(text: "10 minutes")
        let late = grade("That's cancelled, and a confirmation email will come through within 24 hours.", [email])
        #expect(late.metExpectations.isEmpty && late.wrongValues == ["confirmation-email"])
        #expect(grade("A confirmation email comes within 10 minutes.", [email]).metExpectations == ["confirmation-email"])
        // Far from it, or without a bound, such a value may be about something else.
        #expect(grade("You'll get a confirmation email. Your data is kept for 24 hours after that.", [email]).wrongValues.isEmpty)
        #expect(grade("A confirmation email comes after the 3 months end.", [email]).wrongValues.isEmpty)
    }

    @Test func aValueTwoFactsAgreeWithIsTheNearerOnes() throws {
        var response = ShippedContent.expectation("response-time", say: ["reply within"], points: 15)
        response.value = ExpectedValue(text: "1 business day")
        var release = ShippedContent.expectation("release-timing", say: ["money lands"], points: 10)
        release.value = ExpectedValue(text: "1-2 business days")
        let graded = grade("They will contact you by email in 1 business day.", [response, release])
        #expect(graded.metExpectations == ["response-time"], "1 day answers the response time, not the release")
        #expect(grade("The money lands 1-2 business days after that.", [response, release]).metExpectations == ["release-timing"])
    }

    @Test func aValueThatDoesNotMeetAloneIsOnlyChecked() throws {
        var fee = ShippedContent.expectation("refund-fee", .action, say: ["4.95 ** back"], points: 20)
        fee.value = ExpectedValue(text: "£4.95", meetsAlone: false)
        #expect(grade("About the £4.95 - don't worry, it's all being taken care of.", [fee]).metExpectations.isEmpty)
        #expect(grade("The £4.95 is going back on your card.", [fee]).metExpectations == ["refund-fee"])
        #expect(grade("The £5.95 is going back on your card.", [fee]).wrongValues == ["refund-fee"], "a different value is still wrong")
        fee.value?.meetsAlone = true
        #expect(grade("About the £4.95 - don't worry, it's all being taken care of.", [fee]).metExpectations == ["refund-fee"])
    }

    @Test func everyPartMustBeSaid() throws {
        var versions = ShippedContent.expectation("ask-versions", .action, say: ["(which|what) (phone|device)"])
        versions.andSay = [Phrase("(app|software) version")]
        #expect(grade("Which phone are you using?", [versions]).metExpectations.isEmpty)
        #expect(grade("Which phone are you on, and what app version?", [versions]).metExpectations == ["ask-versions"])
        let note = try #require(grade("Which phone are you using?", [versions]).findings.first { $0.criterionId == "ask-versions" }?.note)
        // Said as phrasings a person would use, not as the pattern's syntax.
        #expect(note == "only part of it: nothing like 'app version / software version'")
    }

    @Test func aPartSaidOnlyByAForbiddenClaimIsNotSaid() throws {
        var book = ShippedContent.expectation("book-engineer", .action, say: ["(get|send) an engineer (out|round)"])
        book.andSay = [Phrase("(tomorrow|morning|afternoon|slot)")]
        let sameDay = ShippedContent.expectation("same-day-visit", .forbidden, say: ["engineer * (today|this afternoon|this morning)"])
        // The "when" is the forbidden claim itself: nothing he can plan around was booked.
        let forbidden = grade("I'll get an engineer round to you this afternoon.", [book, sameDay])
        #expect(forbidden.metExpectations.isEmpty)
        #expect(forbidden.findings.contains { $0.criterionId == "same-day-visit" && $0.outcome == .triggered })
        let note = try #require(forbidden.findings.first { $0.criterionId == "book-engineer" }?.note)
        #expect(note == "only part of it: the rest was a forbidden claim ('tomorrow / morning / afternoon')")
        // A "when" said outside the forbidden claim still counts.
        #expect(grade("I'll get an engineer out tomorrow afternoon.", [book, sameDay]).metExpectations == ["book-engineer"])
    }

    /// Whether `reply` makes the forbidden claim `forbidden` (English unless `grader` is given).
    func triggers(_ reply: String, _ forbidden: FrontlineModel.Expectation, grader: Grader? = nil) -> Bool {
        (grader ?? self.grader).grade(reply, context: GradingContext(expectations: [forbidden])).findings
            .contains { $0.criterionId == forbidden.id && $0.outcome == .triggered }
    }

    @Test func anOfferIsNotTheActionUnlessOfferingMeetsIt() throws {
        // "Shall I refund the £4.95?" proposes the refund; "Shall I send a replacement?"
        // offers the reship, which is what an offer expectation asks for.
        let refund = ShippedContent.expectation("refund-fee", .action, say: ["refund the (delivery fee|4.95)"], points: 20)
        var reship = ShippedContent.expectation("offer-reship", .action, say: ["send (a|you a) replacement"], points: 20)
        reship.byOffer = true
        let context = GradingContext(expectations: [refund, reship])
        func met(_ reply: String, _ id: String) -> Bool {
            grader.grade(reply, context: context).findings.contains { $0.criterionId == id && $0.outcome == .met }
        }
        #expect(!met("Shall I refund the delivery fee to your card?", "refund-fee"))
        let proposed = grader.grade("Shall I refund the delivery fee to your card?", context: context).findings.first { $0.criterionId == "refund-fee" }
        #expect(proposed?.note == "offered, not done")
        #expect(proposed?.evidence?.text == "Shall I refund the delivery fee")
        #expect(!met("Would you like me to go ahead and refund the delivery fee?", "refund-fee"))
        #expect(met("I've refunded the delivery fee to your card.", "refund-fee"))
        #expect(met("Shall I send a replacement by Express?", "offer-reship"))
        #expect(met("I can send you a replacement.", "offer-reship"))
        // An offer is often conditional: "otherwise I could…" still offers it; the action it
        // is not says nothing yet.
        #expect(met("Otherwise I could send you a replacement.", "offer-reship"))
        #expect(!met("Otherwise I'll refund the delivery fee.", "refund-fee"))
        // …and "otherwise" before a request asks it (English conditional_requests).
        let ask = ShippedContent.expectation("ask-order", .action, say: ["send me your order number"], points: 10)
        #expect(grader.grade("If that doesn't work, fine. Otherwise send me your order number.",
                             context: GradingContext(expectations: [ask])).findings.contains { $0.criterionId == "ask-order" && $0.outcome == .met })
        // A forbidden claim offered is still made.
        let sameDay = ShippedContent.expectation("same-day", .forbidden, say: ["engineer (round|out) this afternoon"], points: 30)
        #expect(grader.grade("Shall I get an engineer round this afternoon?", context: GradingContext(expectations: [sameDay])).findings
            .contains { $0.criterionId == "same-day" && $0.outcome == .triggered })
    }

    @Test func aForbiddenClaimTakesBackTheFactItContradicts() throws {
        // "It takes 5-7 business days, but I'll get it to you today": the customer is left
        // expecting today, so the timing is not credited; the promise is still penalised.
        let timing = ShippedContent.expectation("refund-timing", say: ["(5-7|five to seven) business days"], points: 20)
        var instant = ShippedContent.expectation("promise-instant", .forbidden, say: ["(get|have) it to you today"], points: 30)
        instant.contradicts = ["refund-timing"]
        let context = GradingContext(expectations: [timing, instant])
        func outcomes(_ reply: String) -> [String: Finding] {
            Dictionary(grader.grade(reply, context: context).findings.map { ($0.criterionId, $0) }, uniquingKeysWith: { a, _ in a })
        }
        let both = outcomes("It takes 5-7 business days, but I'll get it to you today.")
        #expect(both["refund-timing"]?.outcome == .missed)
        #expect(both["refund-timing"]?.note == "taken back by 'get it to you today'")
        #expect(both["promise-instant"]?.outcome == .triggered)
        // Refused, the claim takes nothing back.
        #expect(outcomes("It takes 5-7 business days; I can't get it to you today.")["refund-timing"]?.outcome == .met)
        #expect(outcomes("It takes 5-7 business days.")["refund-timing"]?.outcome == .met)
        // Without `contradicts`, both stand.
        let unlinked = GradingContext(expectations: [timing, ShippedContent.expectation("promise-instant", .forbidden, say: ["(get|have) it to you today"])])
        #expect(grader.grade("It takes 5-7 business days, but I'll get it to you today.", context: unlinked).findings
            .contains { $0.criterionId == "refund-timing" && $0.outcome == .met })
    }

    @Test func aForbiddenClaimIsMadeByAClaimThatImpliesIt() throws {
        // cancellation-retention: "what if I paused it instead?" after her no is a second offer,
        // and coaches count a second pitch as pushing too (`implied_by`).
        var push = ShippedContent.expectation("push-after-no", .forbidden, say: ["are you (sure|certain)"], points: 40)
        push.impliedBy = ["second-offer"]
        let second = ShippedContent.expectation("second-offer", .forbidden, say: ["what if i paused it"], points: 30)
        let context = GradingContext(expectations: [push, second])
        func triggered(_ reply: String) -> [String: String] {
            Dictionary(grader.grade(reply, context: context).findings.filter { $0.outcome == .triggered }
                .map { ($0.criterionId, $0.evidence?.text ?? "") }, uniquingKeysWith: { a, _ in a })
        }
        #expect(triggered("Of course. What if I paused it for three months instead?")
                == ["push-after-no": "What if I paused it", "second-offer": "What if I paused it"])
        #expect(triggered("Are you sure? It's a great app.") == ["push-after-no": "Are you sure"], "not the other way round")
        #expect(triggered("Of course, I've cancelled it.").isEmpty)
        #expect(triggered("I won't ask what if I paused it - it's cancelled.").isEmpty, "a claim not made implies nothing")
    }

    @Test func aPersianNegatedVerbAfterAClaimCancelsIt() throws {
        // The verb ends a Persian clause: «بازپرداخت فوری نداریم» ("we have no instant
        // refunds") and «… وجود نداره» promise nothing; «پولتون فوری برمی‌گرده» does.
        let persian = try #require(ShippedContent.library.grader(for: "fa"))
        let instant = ShippedContent.expectation("instant-refund", .forbidden, say: ["(بازپرداخت|پول|برگشت) {instant}"], points: 30)
        func flagged(_ reply: String) -> Bool { triggers(reply, instant, grader: persian) }
        #expect(!flagged("ببخشید، بازپرداخت فوری نداریم؛ ۵ تا ۷ روز کاری طول می‌کشه."))
        #expect(!flagged("متاسفانه امکان برگشت فوری پول وجود نداره."))
        #expect(!flagged("بازپرداخت فوری امکان‌پذیر نیست."))
        #expect(flagged("پول فوری برمی‌گرده، نگران نباشید."))
        #expect(flagged("بازپرداخت فوری انجام شد، ولی کارت جدید نداریم."), "a negated verb in the next clause negates nothing")
        // A negated verb the tokenizer reads as two words («نمی» «توانیم»), with or without
        // its zero-width non-joiner: listed whole in `trailing_negators`, found whole.
        #expect(!flagged("بازپرداخت فوری نمی‌تونیم انجام بدیم."))
        #expect(!flagged("پول فوری برگردونیم نمیتونیم، ۵ تا ۷ روز کاری طول می‌کشه."))
        #expect(!flagged("بازپرداخت فوری نمی‌شه متاسفانه."))
    }

    @Test func aForbiddenClaimInANegativeQuestionIsPutToTheCustomer() throws {
        let secondOffer = ShippedContent.expectation("second-offer", .forbidden, say: ["(pause|freeze) (it|instead)"], points: 10)
        #expect(triggers("Not yet - you didn't want the free pause instead? It'd keep your plans safe.", secondOffer))
        #expect(triggers("Wouldn't you rather pause it instead?", secondOffer))
        #expect(!triggers("I won't pause it instead, I'll cancel it as you asked.", secondOffer), "a statement keeps its negation")
        #expect(!triggers("I can't pause it instead, I'm afraid - what's your order number?", secondOffer),
                "the question is another clause")
        // Facts and actions keep their negation in a question.
        let reset = ShippedContent.expectation("send-reset-link", .action, say: ["sent * reset link"], points: 10)
        let grader = try #require(ShippedContent.library.grader(for: "en"))
        var context = GradingContext(customerMessage: "I'm locked out.", expectations: [reset])
        context.phase = .middle
        let asked = grader.grade("Haven't I sent you a reset link already?", context: context).findings
        #expect(!asked.contains { $0.criterionId == "send-reset-link" && $0.outcome == .met })
    }

    @Test func anEnglishClaimSaidToBeNoUseOrNotTriedIsNotMade() throws {
        // English trailing_negators: "Reinstalling won't help with this one" suggests nothing.
        let reinstall = ShippedContent.expectation("suggest-reinstall", .forbidden, say: ["(reinstall|reinstalling)"], points: 10)
        #expect(!triggers("Reinstalling won't help with this one, but switching off attachments will.", reinstall))
        #expect(triggers("Reinstalling should help with this one.", reinstall))
        // "try" reaches: "I'm not going to try to change your mind" is no pressure.
        let pressure = ShippedContent.expectation("pressure", .forbidden, say: ["change your mind"], points: 10)
        #expect(!triggers("I'm not going to try to change your mind; it's cancelled.", pressure))
        #expect(triggers("Let me try to change your mind.", pressure))
    }

    @Test func aPersianNoNeedToWorryAfterAPromiseTakesNothingBack() throws {
        // «بسته امروز میرسه و لازم نیست نگران باشید»: "it comes today and there's no need to
        // worry" — «نیست» is a trailing negator, but «لازم نیست» is a negation exception.
        let persian = try #require(ShippedContent.library.grader(for: "fa"))
        let today = ShippedContent.expectation("today", .forbidden, say: ["امروز {arrive}"], points: 30)
        #expect(triggers("بسته امروز میرسه و لازم نیست نگران باشید.", today, grader: persian))
    }

    @Test func anAnsweringNoWithoutItsCommaNegatesNothing() throws {
        // Chat drops the comma: "No it'll be fixed today" answers the doubt with a promise.
        let today = ShippedContent.expectation("fix-today", .forbidden, say: ["(will|it'll) be fixed today"], points: 30)
        func flagged(_ reply: String) -> Bool { triggers(reply, today) }
        #expect(flagged("No it'll definitely be fixed today."))
        #expect(flagged("No we promise, it will be fixed today."))
        #expect(!flagged("No I can't say it will be fixed today."), "a negator after the answer still negates")
        #expect(!flagged("It will not be fixed today."))
        let persian = try #require(ShippedContent.library.grader(for: "fa"))
        let arrives = ShippedContent.expectation("today", .forbidden, say: ["امروز {arrive}"], points: 30)
        #expect(triggers("نه بابا امروز میرسه دستتون.", arrives, grader: persian))
    }

    @Test func aLatvianRefusalWithItsRequiredCommaPromisesNothing() throws {
        // "Nevaru apsolīt, ka nauda būs atpakaļ šodien": Latvian puts a comma before "ka".
        let latvian = try #require(ShippedContent.library.grader(for: "lv"))
        let instant = ShippedContent.expectation("instant", .forbidden, say: ["nauda [būs] atpakaļ {instant}"], points: 30)
        func flagged(_ reply: String) -> Bool { triggers(reply, instant, grader: latvian) }
        #expect(!flagged("Nevaru apsolīt, ka nauda būs atpakaļ šodien."))
        #expect(!flagged("Diemžēl nevaru garantēt, ka nauda būs atpakaļ šodien."))
        #expect(flagged("Nauda būs atpakaļ šodien."))
        #expect(flagged("Nevaru palīdzēt, ka nauda būs atpakaļ šodien."), "a negator that is no promise does not reach past the comma")
        // The claim fronted, the refusal after it: "that the money is back today, I can't promise".
        #expect(!flagged("Godīgi sakot, apsolīt, ka nauda būs atpakaļ šodien, es nevaru."))
        #expect(flagged("Apsolīt, ka nauda būs atpakaļ šodien, es varu."))
    }

    @Test func aWishThatCannotBeSaidPromisesNothing() throws {
        // "I wish I could tell you it'll be today" says the trainee cannot tell them so.
        let today = ShippedContent.expectation("fix-today", .forbidden, say: ["(will|it'll) be fixed today"], points: 30)
        #expect(!triggers("I really wish I could tell you it'll be fixed today, but I'd be lying.", today))
        #expect(!triggers("I wish I could promise it will be fixed today.", today))
        #expect(triggers("I wish you a good day - it will be fixed today.", today), "a wish that is not about saying so is no refusal")
        // A wish denied right after it, with words between: "I'd love to …, but I can't".
        #expect(!triggers("I'd love to wave a wand so it will be fixed today, but I can't.", today))
        #expect(triggers("I'd love to help - it will be fixed today, I can promise that.", today), "a wish not denied after it promises")
        let persian = try #require(ShippedContent.library.grader(for: "fa"))
        let instant = ShippedContent.expectation("instant", .forbidden, say: ["امروز {arrive}"], points: 30)
        #expect(!triggers("کاش می‌تونستم بگم امروز میرسه.", instant, grader: persian))
        #expect(triggers("امروز میرسه.", instant, grader: persian))
        let latvian = try #require(ShippedContent.library.grader(for: "lv"))
        let back = ShippedContent.expectation("instant", .forbidden, say: ["nauda [būs] atpakaļ {instant}"], points: 30)
        #expect(!triggers("Kaut es varētu apsolīt, ka nauda būs atpakaļ šodien.", back, grader: latvian))
        // Latvian negates a verb with "ne": "Šodien tas nenotiks" (it will not happen today).
        let happens = ShippedContent.expectation("instant", .forbidden, say: ["{same-day} ** atmaksa"], points: 30)
        #expect(!triggers("Šodien tas nenotiks: atmaksa nonāk 5-7 darba dienu laikā.", happens, grader: latvian))
    }

    @Test func aClaimDeniedRightAfterIsNotMade() throws {
        let month = ShippedContent.expectation("over-credit", .forbidden, say: ["free month"], points: 20)
        #expect(!triggers("Not at all. A free month isn't something I'm able to give, but you get £5 a day.", month))
        #expect(triggers("A free month is something I can do for you.", month))
        // A rubric criterion is not read so: "sorry, this isn't working" keeps its apology.
        let sorry = try #require(grade("I'm so sorry this isn't working for you.", []).findings.first { $0.criterionId == "sincere-apology" })
        #expect(sorry.outcome == .met)
    }

    @Test func anActionInAnOfferingQuestionOrBeforeAClosingOfferIsNotDone() throws {
        let log = ShippedContent.expectation("log-bug", .action, say: ["(notified|emailed) when"], points: 10)
        let link = ShippedContent.expectation("send-reset-link", .action, say: ["(i can|i will) send you a [password] reset link"], points: 20)
        let context = GradingContext(expectations: [log, link])
        func met(_ reply: String, _ id: String) -> Bool {
            grader.grade(reply, context: context).findings.contains { $0.criterionId == id && $0.outcome == .met }
        }
        // A question that opens with an offer proposes all it says.
        #expect(!met("Would you like me to add you to the bug report so you're notified when it's fixed?", "log-bug"))
        #expect(met("I've added you to the bug report so you're notified when it's fixed.", "log-bug"))
        #expect(met("Would you like me to stay on? You'll be notified when it's fixed.", "log-bug"), "the offer's question ends first")
        let fee = ShippedContent.expectation("refund-fee", .action, say: ["4.95 ** refunding"], points: 20)
        #expect(grader.grade("And for the £4.95 - would you like me to look at refunding that to your card?",
                             context: GradingContext(expectations: [fee])).metExpectations.isEmpty, "a clause of the question the action reaches into")
        #expect(met("Shall I stay on the line while you're notified when it's fixed.", "log-bug"), "not a question: the opener's own reach only")
        // An offer that closes its sentence makes what came before it a proposal.
        #expect(!met("I can send you a password reset link if you would like me to?", "send-reset-link"))
        #expect(!met("I can send you a reset link, if you like.", "send-reset-link"))
        #expect(!met("I can send you a reset link - want me to?", "send-reset-link"))
        // "Say the word and I'll …" waits for the customer: an offer too.
        #expect(!met("If you insist, say the word and I will send you a reset link.", "send-reset-link"))
        #expect(!met("Let me know and I will send you a reset link.", "send-reset-link"))
        // …and so does one that is a clause of its own before it.
        #expect(!met("If you like, I can send you a reset link.", "send-reset-link"))
        #expect(met("If you like the new look, good news: I will send you a reset link now.", "send-reset-link"),
                "an opener in a longer clause is not a clause of its own")
        #expect(met("I can send you a reset link now. Shall I stay on while you try it?", "send-reset-link"))
        #expect(met("I will send you a reset link, and if you like I can stay on while you try it.", "send-reset-link"),
                "an opener with words after it proposes those, not what came before")
        let proposed = grader.grade("I can send you a password reset link if you'd like me to?", context: context)
            .findings.first { $0.criterionId == "send-reset-link" }
        #expect(proposed?.note == "offered, not done")
        // Persian and Latvian list their own openers.
        let persian = try #require(ShippedContent.library.grader(for: "fa"))
        let cancel = ShippedContent.expectation("confirm-cancel", .action, say: ["سفارش * لغو (میکنم|کنم)"], points: 15)
        func metIn(_ grader: Grader, _ reply: String, _ expectation: FrontlineModel.Expectation) -> Bool {
            grader.grade(reply, context: GradingContext(expectations: [expectation])).findings
                .contains { $0.criterionId == expectation.id && $0.outcome == .met }
        }
        #expect(metIn(persian, "باشه، سفارشتون رو لغو میکنم.", cancel))
        #expect(!metIn(persian, "میخواید سفارشتون رو لغو کنم؟", cancel))
        #expect(!metIn(persian, "اگه بخواید سفارش رو لغو میکنم.", cancel))
        let latvian = try #require(ShippedContent.library.grader(for: "lv"))
        let credit = ShippedContent.expectation("apply-credit", .action, say: ["(ieskaitu|ieskaitīšu) * kredītu"], points: 15)
        #expect(metIn(latvian, "Es ieskaitu Jums kredītu nākamajā rēķinā.", credit))
        #expect(!metIn(latvian, "Vai vēlaties, lai es ieskaitu Jums kredītu nākamajā rēķinā?", credit))
        #expect(!metIn(latvian, "Ja vēlaties, es ieskaitu Jums kredītu nākamajā rēķinā.", credit), "an opener that is a clause of its own")
    }

    @Test func anActionSaidAsAConditionIsNotDone() throws {
        let refund = ShippedContent.expectation("refund-duplicate", .action, say: ["refund (is|has been) issued"], points: 20)
        #expect(grade("Once a refund is issued it takes 3-5 business days to land.", [refund]).metExpectations.isEmpty)
        #expect(grade("Your refund has been issued today.", [refund]).metExpectations == ["refund-duplicate"])
        let order = ShippedContent.expectation("ask-order", .action, say: ["order number"], points: 20)
        #expect(grade("If you could send me your order number, I'll look.", [order]).metExpectations == ["ask-order"])
        // A fact stays a fact: "once it's released, the money takes 1-2 days" states the timing.
        let timing = ShippedContent.expectation("release-timing", say: ["takes 1-2 (business|working) days"], points: 10)
        #expect(grade("Once it's released, the money takes 1-2 business days.", [timing]).metExpectations == ["release-timing"])
        // A condition that is a short clause of its own: "If not, I'll cancel right away".
        let cancel = ShippedContent.expectation("confirm-cancellation", .action, say: ["(i will|i'll) cancel"], points: 20)
        #expect(grade("Or a free pause instead? If not, I'll cancel right away.", [cancel]).metExpectations.isEmpty)
        #expect(grade("No problem, I'll cancel right away.", [cancel]).metExpectations == ["confirm-cancellation"])
        #expect(grade("If you send me your order number, I'll cancel it now.", [cancel]).metExpectations == ["confirm-cancellation"],
                "a request and a commitment")
        #expect(grade("If that doesn't do it, send me your order number.", [order]).metExpectations == ["ask-order"], "asked all the same")
        // A deed that is another's purpose is not done yet: "so they can action the refund".
        let actioned = ShippedContent.expectation("refund-duplicate", .action, say: ["action * refund"], points: 20)
        #expect(grade("I've looped in our billing team so they can action the refund on the duplicate.", [actioned]).metExpectations.isEmpty)
        #expect(grade("Could you send the statement so I can action the refund?", [actioned]).metExpectations.isEmpty)
        #expect(grade("I've actioned the refund on the duplicate.", [actioned]).metExpectations == ["refund-duplicate"])
    }

    @Test func aRewardSaidOnlyInsideAForbiddenClaimIsNotCredited() throws {
        // "pause it for 6 months" offers a pause, but one beyond the policy: the offer the
        // turn asks for is not made by words that are themselves the forbidden claim.
        let pause = ShippedContent.expectation("offer-pause", .action, say: ["pause"])
        let beyond = ShippedContent.expectation("offer-beyond-policy", .forbidden, say: ["pause * (6|six) months"], points: 15)
        let graded = grade("What I can do is pause it for 6 months for free.", [pause, beyond])
        let offer = try #require(graded.findings.first { $0.criterionId == "offer-pause" })
        #expect(offer.outcome == .missed && offer.note == "said only inside a forbidden claim")
        #expect(graded.findings.contains { $0.criterionId == "offer-beyond-policy" && $0.outcome == .triggered })
        // Said once more outside the claim, it counts.
        #expect(grade("I can pause it for you. Not for 6 months, sorry - a pause is 3 months.", [pause, beyond])
            .metExpectations == ["offer-pause"])
    }

    @Test func aSpokenContractionOfANounMeetsItsWord() {
        // English drops "'s" from words it does not list: "history's safe" is "history safe".
        let kept = ShippedContent.expectation("history-kept", say: ["history * (kept|safe)"])
        #expect(grade("Good question. Your history's safe for the whole pause.", [kept]).metExpectations == ["history-kept"])
        #expect(grade("Your workout history’s kept.", [kept]).metExpectations == ["history-kept"])
    }

    @Test func forbiddenClaimsByConcept() {
        let instant = ShippedContent.expectation("instant-refund", .forbidden, say: ["{refund} ** {instant}"], points: 30)
        #expect(grade("I've refunded the full amount and it'll be back on your card instantly.", [instant])
            .findings.contains { $0.criterionId == "instant-refund" && $0.outcome == .triggered })
        #expect(grade("Send me the order number and I'll push the refund straight through.", [instant])
            .findings.contains { $0.criterionId == "instant-refund" })
        // The honest version is not a promise.
        #expect(!grade("I can't get the refund to you today, I'm afraid - it takes 5-7 business days.", [instant])
            .findings.contains { $0.criterionId == "instant-refund" })
    }

    @Test func plansAreCompiledOncePerTurn() {
        let expectations = [timing(), verify]
        _ = grade("within a week", expectations)
        let first = grader.expectationPlans.plan(expectations) { Issue.record("compiled again"); return ExpectationPlan(expectations, tokenizer: grader.tokenizer, reader: grader.valueReader) }
        #expect(first.values.count == 2)
    }

    /// Spoken Persian joins "it is" to the currency: «۳۰ هزار تومنه» is an amount, so a
    /// wrong compensation is its own finding, not a credit.
    @Test func aPersianAmountWithItsCopulaIsAValue() throws {
        let grader = try #require(ShippedContent.library.grader(for: "fa"))
        var offer = ShippedContent.expectation("offer", say: ["(جبرانش|اعتبار)"])
        offer.value = ExpectedValue(text: "۴۵ هزار تومان")
        let context = GradingContext(customerMessage: "", expectations: [offer])
        let wrong = grader.grade("جبرانش ۳۰ هزار تومنه", context: context).findings
        #expect(wrong.contains { $0.criterionId == "offer" + Finding.wrongValueSuffix && $0.outcome == .triggered })
        #expect(wrong.contains { $0.criterionId == "offer" && $0.outcome == .missed })
        let right = grader.grade("جبرانش ۴۵ هزار تومنه", context: context).findings
        #expect(right.contains { $0.criterionId == "offer" && $0.outcome == .met })
    }
}
