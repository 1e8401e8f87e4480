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

    @Test func durationsAndRanges() throws {
        let range = try one("back on your card in 5-7 business days")
        #expect(range.quantity == "time" && range.low == 5 * 86400 && range.high == 7 * 86400)
        #expect(range.text == "5-7 business days")
        let words = try one("five to seven working days")
        #expect(words.low == range.low && words.high == range.high)
        let week = try one("within a week")
        #expect(week.bound == .atMost && week.high == 7 * 86400 && week.text == "within a week")
        #expect(try one("half an hour").high == 1800)
    }

    @Test func moneyByCurrency() throws {
        let pounds = try one("did the £650 go out?")
        #expect(pounds.quantity == "money:GBP" && pounds.low == 650 && pounds.text == "£650")
        #expect(try one("650 pounds").quantity == "money:GBP")
        #expect(try one("24,90 EUR").low == 24.9)
        #expect(try one("45 thousand pounds").low == 45_000)
    }

    @Test func numbersWithoutUnitsAreNotValues() {
        #expect(values("version 5.3.0 on iOS 17").isEmpty)
        #expect(values("on the 1st of May").isEmpty)
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
        #expect(try !one("about two weeks").agrees(with: policy, tolerance: 0))
        #expect(try !one("£650").agrees(with: policy, tolerance: 0)) // another quantity
        let rent = try one("£650")
        #expect(try !one("£560").agrees(with: rent, tolerance: 0))
        #expect(try !one("€650").agrees(with: rent, tolerance: 0))
        let distance = try one("35 metres")
        #expect(try one("about 38 metres").agrees(with: distance, tolerance: 0.2))
        #expect(try !one("200 metres").agrees(with: distance, tolerance: 0.2))
    }
}
