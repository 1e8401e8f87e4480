import Testing
import FrontlineModel
@testable import FrontlineText

@Suite struct TokenizerTests {
    @Test func contractionsAreSplitIntoWords() {
        #expect(TestPacks.words("I'm sure we'll manage") == ["i", "am", "sure", "we", "will", "manage"])
        #expect(TestPacks.words("Don’t worry") == ["do", "not", "worry"], "a curly apostrophe is an apostrophe")
        #expect(TestPacks.words("wanna chat") == ["want", "–", "chat"], "expansions go through the language's other rules")
    }

    @Test func expandedWordsShareTheOriginalSpan() {
        let tokens = TestPacks.en.tokenize("Hi, I'm here")
        let i = tokens[1], am = tokens[2]
        #expect(i.text == "i" && am.text == "am")
        #expect(i.start == 4 && i.end == 7 && am.start == 4 && am.end == 7)
    }

    @Test func numberWordsAndRangesMeetDigits() {
        #expect(TestPacks.words("five to seven working days") == ["5", "–", "7", "business", "day"])
        #expect(TestPacks.words("5-7 business days") == ["5", "–", "7", "business", "day"])
        #expect(TestPacks.words("twenty five") == ["25"])
        #expect(TestPacks.words("twenty-five days") == ["25", "day"], "a hyphenated number is one number")
        #expect(TestPacks.words("thirty-one") == ["31"])
        #expect(TestPacks.words("twenty - five") == ["20", "–", "5"], "a spaced dash still makes a range")
        #expect(TestPacks.words("five-seven") == ["5", "–", "7"])
        #expect(TestPacks.words("20-5") == ["20", "–", "5"])
        #expect(TestPacks.words("twenty-5") == ["20", "–", "5"])
        #expect(TestPacks.words("twenty-five-six") == ["25", "–", "6"])
    }

    @Test("Persian number words joined by «و» are one number")
    func persianNumbersJoinedByVa() throws {
        let fa = TestPacks.fa
        #expect(TestPacks.words("بیست و چهار ساعت", fa) == ["24", "ساعت"])
        #expect(TestPacks.words("صد و بیست و پنج", fa) == ["125"])
        #expect(TestPacks.words("هزار و دویست", fa) == ["1200"])
        #expect(TestPacks.words("بیست و بیست", fa) == ["20", "و", "20"], "20 + 20 is not how a number is written")
        #expect(TestPacks.words("پنج و هفت", fa) == ["5", "و", "7"])
        #expect(TestPacks.words("۲۰ و ۴", fa) == ["20", "و", "4"], "digits are not joined: «و» is 'and' there")
        #expect(TestPacks.words("کتاب و پنج", fa) == ["کتاب", "و", "5"])
        #expect(TestPacks.words("بیست، و پنج", fa) == ["20", "و", "5"], "a comma keeps them apart")
        let token = fa.tokenize("ظرف بیست و چهار ساعت")[1]
        #expect(token.text == "24" && token.start == 4 && token.end == 15 && token.isNumber)
        #expect(try TestPacks.matches("۲۴ ساعت", "ظرف بیست و چهار ساعت", fa))
        #expect(try TestPacks.matches("24 تا 120", "بیست و چهار تا صد و بیست", fa), "joined numbers make a range")
        #expect(TestPacks.words("It costs 4.99, or 1,000 points") == ["it", "costs", "4.99", "or", "1000", "points"])
    }

    @Test("a word that is also a number word is the number right after its word («ساعت نه»)")
    func numbersAfterTheirWord() throws {
        var pack = TestPacks.persian
        pack.numbersAfter = ["ساعت": ["نه": 9]]
        let fa = Tokenizer(pack)
        let nine = fa.tokenize("امروز تا ساعت نه شب")
        #expect(nine.map(\.text) == ["امروز", Tokenizer.rangeToken, "ساعت", "9", "شب"])
        #expect(nine[3].isNumber && !nine[3].isNegator)
        let no = fa.tokenize("نه، ساعت رو نمی‌دونم")
        #expect(no[0].isNegator && !no[0].isNumber, "not after its word: still 'no'")
        #expect(TestPacks.fa.tokenize("ساعت نه")[1].isNegator, "without the key it stays 'no'")
        #expect(fa.tokenize("ساعت. نه")[1].isNegator, "not across a sentence end")
    }

    @Test("one spelling for a number however it separates thousands and decimals")
    func numberSeparatorsMeet() throws {
        let cases: [(String, String)] = [
            ("1,200", "1200"), ("12,345,678", "12345678"), ("1,200.50", "1200.50"), ("1.234,56", "1234.56"),
            ("24,90", "24.90"), ("3,5", "3.5"), ("4.99", "4.99"), ("1.200", "1.200"), ("1.200.000", "1200000"),
            ("1,2,3", "1,2,3"), ("1,20,000", "1,20,000"), ("3.", "3"), ("v1.2", "v1.2"),
            ("0,500", "0.500"), ("12345,678", "12345.678"), ("0.5", "0.5"), ("10,000", "10000"),
        ]
        for (written, token) in cases {
            #expect(TestPacks.words(written) == [token], "\(written)")
        }
        // Persian digits with the Arabic decimal (٫) and thousands (٬) separators.
        #expect(TestPacks.words("۱۲٫۵", TestPacks.fa) == ["12.5"])
        #expect(TestPacks.words("۱٬۲۰۰ تومان", TestPacks.fa) == ["1200", "تومان"])
        #expect(TestPacks.words("٢٤٫٩٠", TestPacks.fa) == ["24.90"])
        #expect(TestPacks.words("۵٫", TestPacks.fa) == ["5"], "a separator not followed by a digit ends the number")
        // The spans still cover what was written.
        let token = TestPacks.en.tokenize("only 1,200,000 left")[1]
        #expect(token.text == "1200000" && token.start == 5 && token.end == 14 && token.isNumber)
        // Patterns and replies meet whichever way either writes the number.
        #expect(try TestPacks.matches("24.90 EUR", "you paid 24,90 eur twice"))
        #expect(try TestPacks.matches("1200 customers", "about 1,200 customers were affected"))
        #expect(try TestPacks.matches("12.5", "۱۲٫۵", TestPacks.fa))
    }

    @Test func persianAndArabicIndicDigitsAreDigits() {
        #expect(TestPacks.words("۵ تا ۷", TestPacks.fa) == ["5", "–", "7"])
        #expect(TestPacks.words("٥", TestPacks.fa) == ["5"])
        #expect(TestPacks.words("پنج تا هفت", TestPacks.fa) == TestPacks.words("۵-۷", TestPacks.fa))
        let token = TestPacks.fa.tokenize("۱۲")[0]
        #expect(token.isNumber && token.text == "12")
    }

    @Test func arabicLettersFoldToPersianOnes() {
        // Arabic yeh (ي) and kaf (ك) are typed on Arabic keyboards for Persian ی and ک.
        #expect(TestPacks.words("كتاب", TestPacks.fa) == TestPacks.words("کتاب", TestPacks.fa))
        #expect(TestPacks.words("يک", TestPacks.fa) == TestPacks.words("یک", TestPacks.fa))
    }

    @Test func zeroWidthNonJoinerIsIgnoredInsideWords() {
        #expect(TestPacks.words("می‌خواهم", TestPacks.fa) == TestPacks.words("میخواهم", TestPacks.fa))
        #expect(TestPacks.words("می‌خواهم", TestPacks.fa).count == 1)
    }

    @Test func latvianDiacriticsFoldOnlyWhenTheLanguageAsks() {
        let folding = Tokenizer(TestPacks.latvian(fold: true))
        let strict = Tokenizer(TestPacks.latvian(fold: false))
        #expect(TestPacks.words("Atvainojos par kavēšanos", folding) == ["atvainojos", "par", "kavesanos"])
        #expect(TestPacks.words("kavēšanos", strict) == ["kavēšanos"])
        #expect(TestPacks.words("kavēšanos", strict) != TestPacks.words("kavesanos", strict))
    }

    @Test func flagsNegatorsIntensifiersAndBreaks() {
        let tokens = TestPacks.en.tokenize("I am not so sure. But fine, thanks")
        let byText = Dictionary(tokens.map { ($0.text, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["not"]?.isNegator == true)
        #expect(byText["so"]?.isIntensifier == true)
        #expect(byText["but"]?.sentenceBreakBefore == true)
        #expect(byText["fine"]?.clauseBreakBefore == true, "a clause-break word starts a new clause")
        #expect(byText["thanks"]?.clauseBreakBefore == true, "a comma starts a new clause")
        #expect(byText["thanks"]?.sentenceBreakBefore == false)
    }

    @Test func capitalsAreRemembered() {
        let tokens = TestPacks.en.tokenize("WHY did I")
        #expect(tokens[0].originalIsUppercase)
        #expect(!tokens[1].originalIsUppercase)
        #expect(!tokens[2].originalIsUppercase, "one capital letter is not shouting")
    }

    @Test func normalizeWordFoldsLikeTokens() {
        #expect(TestPacks.en.normalizeWord("FRUSTRATED") == "frustrated")
        #expect(TestPacks.fa.normalizeWord("كتاب") == TestPacks.fa.tokenize("کتاب")[0].text)
    }

    @Test func emptyAndPunctuationOnlyTextHaveNoTokens() {
        #expect(TestPacks.en.tokenize("").isEmpty)
        #expect(TestPacks.en.tokenize(" ... !!! ,,, ").isEmpty)
    }

    @Test("holdsNegator answers what tokenising the word says, for plain and listed words alike")
    func holdsNegatorAgreesWithTokenising() {
        let packs = [TestPacks.english, TestPacks.persian, TestPacks.latvian(fold: true)]
        let words = ["not", "no", "never", "nothing", "know", "note", "refund", "can't", "don't", "cannot", "i'm", "2",
                     "twenty", "so", "نه", "نمی", "نمیشه", "ne", "nav", "NOT", "no-one", ""]
        for pack in packs {
            let tokenizer = Tokenizer(pack)
            for word in words {
                let expected = tokenizer.tokenize(word).contains { $0.isNegator }
                #expect(tokenizer.holdsNegator(word) == expected, "\(pack.language) \(word)")
            }
        }
        #expect(Tokenizer(TestPacks.english).holdsNegator("never"))
        #expect(!Tokenizer(TestPacks.english).holdsNegator("nevertheless"))
    }
}
