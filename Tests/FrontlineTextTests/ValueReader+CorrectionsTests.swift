import Testing
import FrontlineModel
@testable import FrontlineText

@Suite struct ValueReaderCorrectionsTests {
    let tokenizer = Tokenizer(TestPacks.withValues)
    var reader: ValueReader { ValueReader(TestPacks.withValues.valueWords, tokenizer: tokenizer) }
    let corrections = [["sorry", "no"], ["i", "mean"], ["wait"]]

    func settled(_ text: String, corrections: [[String]]? = nil) -> [StatedValue] {
        let tokens = tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        return ValueReader.correcting(reader.values(in: tokens, scalars: scalars), in: tokens, scalars: scalars,
                                      corrections: corrections ?? self.corrections)
    }

    @Test("a value corrected by a later one of its kind is taken back")
    func aCorrectedValueIsTakenBack() throws {
        let money = settled("I'll refund the £4.95 - oh wait, it's just the £2.50 part")
        #expect(money.map(\.text) == ["£2.50"])
        #expect(settled("5-7 business days - sorry, no, 3 business days").map(\.text) == ["3 business days"])
        #expect(settled("I'll refund the £4.95 - oh wait, it's just the £2.50 part", corrections: []).count == 2,
                "without the pack's corrections both stand")
    }

    @Test("a recap's value replaces an earlier one of its kind and size, however far back")
    func aRecapsValueIsTheLastWord() throws {
        func recapped(_ text: String) -> [String] {
            let tokens = tokenizer.tokenize(text)
            let scalars = Array(text.unicodeScalars)
            return ValueReader.correcting(reader.values(in: tokens, scalars: scalars), in: tokens, scalars: scalars,
                                          corrections: [], recaps: [["recap"]]).map(\.text)
        }
        #expect(recapped("The refund is on its way and takes 5-7 business days to reach your card, sorry for the wait. Recap: money back within 3 business days.")
                == ["within 3 business days"])
        #expect(recapped("It takes 5-7 business days. Recap: the confirmation email comes within 2 hours.")
                == ["5-7 business days", "within 2 hours"], "a value of another size is about something else")
        #expect(recapped("It takes 5-7 business days, then another 3 business days.") == ["5-7 business days", "3 business days"], "no recap")
    }

    @Test("a bare number after a correction takes the corrected value's unit")
    func aBareCorrectionTakesTheUnit() throws {
        let corrected = try #require(settled("that takes 5-7 business days - sorry, no, I think it's 3-5.").first)
        #expect(corrected.quantity == "time" && corrected.low == 3 * 86400 && corrected.high == 5 * 86400
                && corrected.text == "3-5 business days", "said with the unit it takes, for the note")
        let seven = try #require(settled("that takes 5 business days - I mean 7").first)
        #expect(abs(seven.high - 7 * 86400) < 1e-6 && seven.text == "7 business days")
    }

    @Test("no correction: other kinds, far apart, or no correction word between")
    func whatIsNotACorrection() {
        #expect(settled("£4.95 back in 3 business days, sorry, no more fees").count == 2, "another kind of value")
        #expect(settled("within 3 business days and 5 business days for the rest").count == 2, "no correction word")
        #expect(settled("3 business days. Sorry, no, I can't say more than that about the rest of the order and the 4 days").count == 2,
                "too far apart")
    }
}
