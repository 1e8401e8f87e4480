import Testing
import FrontlineModel
@testable import FrontlineText

@Suite struct ValueReaderTests {
    let tokenizer = Tokenizer(TestPacks.withValues)
    var reader: ValueReader { ValueReader(TestPacks.withValues.valueWords, tokenizer: tokenizer) }

    func values(_ text: String) -> [StatedValue] {
        reader.values(in: tokenizer.tokenize(text), scalars: Array(text.unicodeScalars))
    }

    func one(_ text: String) throws -> StatedValue { try #require(values(text).first) }

    /// The values a text states to a reader of the test pack with `change` made to its words.
    static func values(with change: (inout ValueWords) -> Void) -> (String) -> [StatedValue] {
        var pack = TestPacks.withValues
        change(&pack.valueWords)
        let tokenizer = Tokenizer(pack)
        let reader = ValueReader(pack.valueWords, tokenizer: tokenizer)
        return { text in reader.values(in: tokenizer.tokenize(text), scalars: Array(text.unicodeScalars)) }
    }

    @Test func durationsAndRanges() throws {
        let range = try one("back on your card in 5-7 business days")
        #expect(range.quantity == "time" && range.low == 5 * 86400 && range.high == 7 * 86400)
        #expect(range.text == "5-7 business days")
        let words = try one("five to seven working days")
        #expect(words.low == range.low && words.high == range.high)
        let week = try one("within a week")
        #expect(week.bound == .atMost && week.high == 7 * 86400 && week.text == "within a week")
        #expect(try one("half an hour").high == 1800)
        let hour = try one("my manager will ring you within the hour")
        #expect(hour.bound == .atMost && hour.high == 3600 && hour.text == "within the hour")
        #expect(values("the hour you chose suits us").isEmpty, "'the' is one only after a bound")
        #expect(values("the week after").isEmpty)
    }

    @Test func theDayBeforeIsADayWhereThePackSaysSo() throws {
        let values = Self.values { $0.relativeWords = ["before", "after"] }
        let before = try #require(values("we email you the day before it restarts").first)
        #expect(before.quantity == "time" && before.low == 86400 && before.high == 86400 && before.text == "the day")
        #expect(values("the week after").first?.high == Double(7 * 86400))
        #expect(values("the day you chose").isEmpty, "no relative word after the unit")
        #expect(values("the day. Before that, nothing").isEmpty, "not across a sentence")
    }

    @Test func moneyByCurrency() throws {
        let pounds = try one("did the £650 go out?")
        #expect(pounds.quantity == "money:GBP" && pounds.low == 650 && pounds.text == "£650")
        #expect(try one("650 pounds").quantity == "money:GBP")
        #expect(try one("24,90 EUR").low == 24.9)
        #expect(try one("45 thousand pounds").low == 45_000)
    }

    @Test func datesAndDaysOfTheMonth() throws {
        let may = try one("the £650 went out on 1 May")
        #expect(values("the £650 went out on 1 May").count == 2)
        #expect(values("the £650 went out on 1 May")[1].quantity == "date")
        #expect(may.quantity == "money:GBP")
        let date = try #require(values("it left on 1 May").first)
        #expect(date.quantity == "date" && date.text == "1 May")
        for text in ["1st May", "the 1st of May", "May 1", "May 1st"] {
            #expect(values(text).first?.low == date.low, "\(text)")
        }
        #expect(try one("on 2 May").low != date.low)
        #expect(try one("3 June").low != date.low)
        let day = try one("you keep Premium until the 28th")
        #expect(day.quantity == "day" && day.low == 28 && day.text == "28th")
        // A month name is a date only with its day beside it; a bare number is no day.
        #expect(values("May I ask why you are leaving?").isEmpty)
        #expect(values("until 28 then").isEmpty)
        #expect(try one("may 3 days be enough").quantity == "time", "a number with its own unit is not the month's day")
        #expect(values("the 32nd").isEmpty)
    }

    @Test("ordinal days in words: dates beside a month, a day alone only at the clause's end")
    func ordinalDaysInWords() throws {
        let first = try one("it left on 1 May").low
        for text in ["the first of May", "May first", "on the first of may"] {
            #expect(values(text).first?.quantity == "date" && values(text).first?.low == first, "\(text)")
        }
        let second = try one("it went out on the second of May.")
        #expect(second.quantity == "date" && second.low == first + 1 && second.text == "second of May")
        let day = try one("you keep Premium up to the twenty-eighth.")
        #expect(day.quantity == "day" && day.low == 28 && day.text == "twenty-eighth")
        #expect(try one("until the twenty-eighth, then it stops").low == 28)
        // Sequence words, not days: early ordinals alone, an ordinal before a noun, "may" the verb.
        #expect(values("I'll check that first.").isEmpty)
        #expect(values("for the second.").isEmpty)
        #expect(values("the twenty-eighth charge was the wrong one").isEmpty)
        #expect(values("we may first need your postcode").isEmpty)
    }

    @Test func emailAndWebAddresses() throws {
        let email = try one("Your email on file is t.n******@outlook.com, I've sent the link there.")
        #expect(email.quantity == "email" && email.address == "t.n******@outlook.com" && email.text == "t.n******@outlook.com")
        let web = try one("Appeal at www.Roamly.app/appeal.")
        #expect(web.quantity == "web" && web.address == "roamly.app/appeal" && web.text == "www.Roamly.app/appeal")
        let both = values("roamly.app/appeal or help@roamly.app")
        #expect(both.map(\.quantity) == ["web", "email"])
        // Versions, abbreviations and sentence ends are no addresses; an address's digits are no value.
        #expect(values("version 5.3.1 is out. Thanks.").isEmpty)
        #expect(values("e.g. next week").isEmpty)
        #expect(values("write to nowak88@outlook.com").map(\.quantity) == ["email"])
        // Masked or not, the same address; another domain or page is another.
        #expect(email.agrees(with: try one("t.n***@outlook.com"), tolerance: 0))
        #expect(!email.agrees(with: try one("t.n******@hotmail.com"), tolerance: 0))
        #expect(!email.agrees(with: try one("tomasz@outlook.com"), tolerance: 0))
        #expect(!web.agrees(with: try one("roamly.com/appeal"), tolerance: 0))
        #expect(web.agrees(with: try one("roamly.app/appeal/"), tolerance: 0))
    }

    @Test func namedPlaces() throws {
        let expected = try one("SwiftRoute's Daventry hub")
        #expect(expected.quantity == "place" && expected.address == "daventry|swiftroute")
        let right = try one("It's held at the Daventry hub.")
        #expect(right.text == "Daventry hub" && right.agrees(with: expected, tolerance: 0))
        #expect(try one("It's at the SwiftRoute hub in Daventry.").agrees(with: expected, tolerance: 0))
        #expect(try one("It's sitting at a SwiftRoute hub.").agrees(with: expected, tolerance: 0), "the courier's hub is the place")
        #expect(try one("It's at a depot in Daventry.").agrees(with: expected, tolerance: 0))
        #expect(!(try one("It's at the Coventry depot.")).agrees(with: expected, tolerance: 0))
        #expect(!(try one("It's at SwiftRoute's Milton Keynes depot.")).agrees(with: expected, tolerance: 0))
        // A word capitalised because it opens a sentence is no name; nor is a lower-case one.
        #expect(values("Local depot says it left.").isEmpty)
        #expect(values("it is at the local depot").isEmpty)
    }

    @Test("a name after the place noun needs one of the pack's place links")
    func placeLinksAreThePacks() throws {
        #expect(try one("It's at a depot in Daventry.").address == "daventry")
        #expect(values("It's at a depot near Daventry.").isEmpty, "'near' is not one of this pack's links")
        var pack = TestPacks.withValues
        pack.valueWords.placeLinks = []
        let unlinked = ValueReader(pack.valueWords, tokenizer: tokenizer)
        let text = "It's at a depot in Daventry."
        #expect(unlinked.values(in: tokenizer.tokenize(text), scalars: Array(text.unicodeScalars)).isEmpty)
        #expect(unlinked.values(in: tokenizer.tokenize("It's at the Daventry depot."),
                                scalars: Array("It's at the Daventry depot.".unicodeScalars)).first?.address == "daventry",
                "a name before the noun needs no link")
    }

    @Test func moneyWithHundredthsAfterTheCurrencyWord() throws {
        let spoken = try one("four pounds thirty is going back on your card")
        #expect(spoken.quantity == "money:GBP" && abs(spoken.low - 4.3) < 1e-9 && spoken.text == "four pounds thirty")
        #expect(abs(try one("54 pounds 90").low - 54.9) < 1e-9)
        // A number with a unit of its own after the currency is a value of its own.
        let two = values("5 pounds 2 days later")
        #expect(two.count == 2 && two[0].low == 5 && two[1].quantity == "time")
        // Not across a clause, and not after an amount that has hundredths already.
        #expect(try one("4 pounds, 95 of them").low == 4)
        #expect(abs(try one("£4.95 pounds 20").low - 4.95) < 1e-9)
    }

    /// "four pounds and ninety-five pence" was read as £4 — a wrong value for £4.95 — and
    /// Latvian "divdesmit četri eiro un deviņdesmit centi" as 24 euros (held-out set 29).
    @Test("hundredths named by the pack's minor units, after its minor links")
    func moneyWithNamedHundredths() throws {
        let values = Self.values { words in
            words.minorUnits = ["pence", "p", "cents"]
            words.minorLinks = ["and"]
        }
        let linked = try #require(values("four pounds and thirty pence is going back").first)
        #expect(linked.quantity == "money:GBP" && abs(linked.low - 4.3) < 1e-9 && linked.text == "four pounds and thirty pence")
        let symbol = try #require(values("the £4 and 95p delivery fee").first)
        #expect(abs(symbol.low - 4.95) < 1e-9 && symbol.text == "£4 and 95p")
        #expect(abs((values("24 pounds 90 cents").first?.low ?? 0) - 24.9) < 1e-9)
        #expect(abs((values("£4 95p").first?.low ?? 0) - 4.95) < 1e-9, "a symbol before the number, the unit after the hundredths")
        // After a link the unit is needed; a symbol alone takes no bare number after it.
        #expect(values("5 pounds and 2 of the mugs").first?.low == 5)
        #expect(values("£650 12 of them").first?.low == 650)
        #expect(values("4 pounds and, 95 pence").first?.low == 4, "not across a clause")
        #expect(values("four pounds and thirty pence").count == 1)
        // Without the pack's words, as before.
        #expect(self.values("four pounds and thirty pence").first?.low == 4)
    }

    @Test("pounds and pence said without a currency are a spoken amount; digits are not")
    func spokenAmounts() throws {
        let said = try one("I've refunded three thirty back to your card")
        #expect(said.quantity == StatedValue.spokenAmount && abs(said.low - 3.3) < 1e-9 && said.text == "three thirty")
        #expect(abs(try one("it was twenty thirty").low - 20.3) < 1e-9)
        #expect(values("call 3 95 now").isEmpty, "digits are a code or a number, not a price")
        #expect(try one("four twenty days").quantity == "time", "a unit after the pair makes it a value of its own")
        #expect(values("three, thirty").isEmpty, "not across a clause")
    }

    @Test func numbersWithoutUnitsAreNotValues() {
        #expect(values("version 5.3.0 on iOS 17").isEmpty)
        #expect(values("on page 12 of the manual").isEmpty)
        #expect(values("call 3 times").isEmpty)
    }

    @Test func unitsWrittenOnTheNumber() throws {
        #expect(try one("a 50GB boost").quantity == "data")
        #expect(try one("about 35m away").quantity == "length")
        #expect(try one("10% off").quantity == "percent")
    }

    @Test func agreement() throws {
        let policy = try one("5-7 business days")
        #expect(try one("5 to 7 working days").agrees(with: policy, tolerance: 0))
        #expect(try one("within a week").agrees(with: policy, tolerance: 0))
        #expect(try one("in a week").agrees(with: policy, tolerance: 0))
        #expect(try !one("2-3 business days").agrees(with: policy, tolerance: 0))
        #expect(try !one("3-5 business days").agrees(with: policy, tolerance: 0))
        #expect(try !one("within 24 hours").agrees(with: policy, tolerance: 0))
        #expect(try one("within 9 working days").agrees(with: policy, tolerance: 0))
        #expect(try !one("within 10 working days").agrees(with: policy, tolerance: 0), "over 1.3 times the longest")
        #expect(try !one("about two weeks").agrees(with: policy, tolerance: 0))
        #expect(try !one("£650").agrees(with: policy, tolerance: 0)) // another quantity
        let rent = try one("£650")
        #expect(try !one("£560").agrees(with: rent, tolerance: 0))
        #expect(try !one("€650").agrees(with: rent, tolerance: 0))
        let distance = try one("35 metres")
        #expect(try one("about 38 metres").agrees(with: distance, tolerance: 0.2))
        #expect(try !one("200 metres").agrees(with: distance, tolerance: 0.2))
    }

    @Test("\"about\" one value for a range, or near an amount, is vaguer than the fact")
    func approximations() throws {
        let policy = try one("5-7 business days")
        #expect(try one("about a week").agrees(with: policy, tolerance: 0), "not wrong…")
        #expect(try one("about a week").isApproximation(of: policy), "…but vague")
        #expect(try one("about 5 days").isApproximation(of: policy))
        #expect(try !one("about 5-7 business days").isApproximation(of: policy), "the range itself")
        #expect(try !one("within a week").isApproximation(of: policy), "a bound, not an approximation")
        let fee = try one("£4.95")
        #expect(try one("about £5").agrees(with: fee, tolerance: 0) && one("about £5").isApproximation(of: fee))
        #expect(try !one("about £4.95").isApproximation(of: fee))
        #expect(try !one("about 38 metres").isApproximation(of: one("35 metres"), tolerance: 0.2), "the author's tolerance")
        // A phrase after the value makes it approximate too, whatever bound stood before it.
        let weekOrSo = try one("within a week or so")
        #expect(weekOrSo.bound == .about && weekOrSo.text == "within a week or so" && weekOrSo.isApproximation(of: policy))
        #expect(try one("3 days, give or take").bound == .about)
        #expect(try one("a week. Or so they say").bound == nil, "not across a sentence")
    }

    @Test func timesOfDay() throws {
        let slot = try one("the engineer can come 8am to 1pm")
        #expect(slot.quantity == "clock" && slot.low == 8 * 60 && slot.high == 13 * 60 && slot.text == "8am to 1pm")
        #expect(try one("between 1pm-6pm").low == 13 * 60)
        #expect(try one("8 until 1pm").low == 8 * 60)
        #expect(try one("1 to 6pm").low == 13 * 60)
        #expect(try one("at 13:30").low == 13 * 60 + 30)
        #expect(try one("at 8:30 pm").low == 20 * 60 + 30)
        #expect(try !one("8am to 1pm").agrees(with: one("1pm to 6pm"), tolerance: 0))
        #expect(try one("9am to 12pm").agrees(with: one("8am to 1pm"), tolerance: 0))
        #expect(values("call 8 times").isEmpty)
    }

    @Test func weekdaysAndReferences() throws {
        let day = try one("on Thursday morning")
        #expect(day.quantity == "weekday" && day.low == 4)
        #expect(try !one("Friday").agrees(with: day, tolerance: 0))
        #expect(try one("Monday to Friday").high == 5)
        let ticket = try one("your ticket is PAY-20417")
        #expect(ticket.quantity == "ref:PAY" && ticket.low == 20417 && ticket.text == "PAY-20417")
        #expect(try !one("PAY-20471").agrees(with: ticket, tolerance: 0))
        #expect(try one("pay-20417").agrees(with: ticket, tolerance: 0))
    }

    @Test("a possessive weekday names that day's event, not a day: \"Monday's agent\"")
    func aPossessiveWeekdayIsNoValue() throws {
        #expect(values("Monday's agent had you restart it").isEmpty)
        #expect(values("Monday’s call").isEmpty, "a curly apostrophe too")
        #expect(try one("Monday's agent was wrong; the engineer comes Thursday").low == 4)
        #expect(try one("see you Monday").low == 1)
    }

    @Test func aFractionOfAUnitWhereThePackLinksThem() throws {
        let values = Self.values { words in
            words.fractions["quarter"] = 0.25
            words.fractionLinks = ["of"]
        }
        let quarter = try #require(values("on hold for a quarter of a week").first)
        #expect(quarter.quantity == "time" && quarter.high == 0.25 * 604_800 && quarter.text == "quarter of a week")
        #expect(values("half of an hour").first?.high == 1800)
        let unlinked = ValueReader(TestPacks.withValues.valueWords, tokenizer: Tokenizer(TestPacks.withValues))
        let text = "half of an hour"
        #expect(unlinked.values(in: Tokenizer(TestPacks.withValues).tokenize(text), scalars: Array(text.unicodeScalars)).first?.high == 3600,
                "without the link, the unit alone is read: the old reading")
    }
}
