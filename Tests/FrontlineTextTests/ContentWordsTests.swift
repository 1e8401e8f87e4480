import Testing
@testable import FrontlineText

/// `contentStems(of:)` skips making tokens for plain words; it must collect exactly the
/// stems that tokenising the text and keeping its content words would.
@Suite struct ContentWordsTests {
    /// One case each, so that the stems of one cannot hide a difference in another.
    static let texts = [
        "My parcel from March never arrived and the refund is late",
        "twenty five days", "twenty apples five", "twenty-five", "twenty - five", "5-7 business days", "5 - 7",
        "five to seven", "apples - 7", "thirty one", "the thirty two",
        "I waited 3 weeks: 1,200.50 dollars", "the THIRTY one… two",
        "don't you're wanna can't", "O'Neil's rock'n'roll 'quoted' 3.5. x.y",
        "sorry :( <3 😢 &amp; fish&nbsp;chips Q&A", ":) five", "twenty :) five",
        "Pasūtījums nav pienācis, ļoti gaidu jau septiņas dienas",
        "بسته من هنوز نرسیده، خیلی ناراحتم؛ پنج تا هفت روز گذشته", "پنج تا هفت", "۵ تا ۷ روز و ٣ ساعت",
        "12abc abc12 ab1c2", "THE AND YOUR the and your the-and",
        String(repeating: "Ab", count: 50) + " " + String(repeating: "x", count: 70) + " end",
        "", "   ", "a b c", "four fourteen twenty nine", "twenty fourteen nine",
    ]

    func reference(_ text: String, _ tokenizer: Tokenizer, stopwords: WordTable) -> WordStems {
        var stems = WordStems()
        for token in tokenizer.tokenize(text) where Tokenizer.isContent(token, stopwords: stopwords) {
            stems.insert(token.text)
        }
        return stems
    }

    @Test("the same stems as tokenising, with an unbound tokenizer", arguments: texts)
    func unboundMatchesTokenising(text: String) {
        for tokenizer in [TestPacks.en, TestPacks.fa, Tokenizer(TestPacks.latvian(fold: true))] {
            let stopwords = WordTable(["the", "and", "your", "is", "from"])
            let fast = tokenizer.contentStems(of: text, stopwords: stopwords).members
            let slow = reference(text, tokenizer, stopwords: stopwords).members
            #expect(fast.keys == slow.keys && fast.other == slow.other, "\(tokenizer.language): \(text)")
        }
    }

    @Test("the same stems as tokenising, with a tokenizer bound to a vocabulary", arguments: texts)
    func boundMatchesTokenising(text: String) {
        let stopwords = WordTable(["the", "and", "your", "is", "from"])
        let vocabulary = WordTable(["parcel", "refund", "sorry", "days", "the", "5", "25"])
        let bound = TestPacks.en.binding(vocabulary: vocabulary, stopwords: stopwords)
        let fast = bound.contentStems(of: text).members
        let slow = reference(text, TestPacks.en, stopwords: stopwords).members
        #expect(fast.keys == slow.keys && fast.other == slow.other, "\(text)")
    }
}
