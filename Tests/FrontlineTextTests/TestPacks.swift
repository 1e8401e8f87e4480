import FrontlineModel
@testable import FrontlineText

/// Small language packs written for the tests (the shipped ones live in Rubrics/).
enum TestPacks {
    static let english = LanguagePack(
        language: "en", name: "English",
        numberWords: ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                      "nine": 9, "ten": 10, "twenty": 20, "thirty": 30],
        equivalents: [["business", "working"], ["day", "days"], ["thanks", "thank", "thx"]],
        expansions: ["i'm": "i am", "don't": "do not", "you're": "you are", "can't": "can not", "it's": "it is",
                     "we'll": "we will", "wanna": "want to"],
        negators: ["not", "no", "never", "nothing"],
        intensifiers: ["so", "very", "really", "just"],
        clauseBreaks: ["but", "however", "because"],
        rangeWords: ["to", "until"],
        stopwords: ["the", "and", "your"])

    static let persian = LanguagePack(
        language: "fa", name: "Persian",
        numberWords: ["پنج": 5, "هفت": 7, "چهار": 4, "بیست": 20, "صد": 100, "دویست": 200, "هزار": 1000],
        negators: ["نه", "نمی"],
        intensifiers: ["خیلی"],
        clauseBreaks: ["اما"],
        rangeWords: ["تا"],
        numberJoiners: ["و"])

    static func latvian(fold: Bool) -> LanguagePack {
        LanguagePack(language: "lv", name: "Latvian", negators: ["ne"], intensifiers: ["ļoti"], foldDiacritics: fold)
    }

    static let en = Tokenizer(english)
    static let fa = Tokenizer(persian)

    static func words(_ text: String, _ tokenizer: Tokenizer = en) -> [String] {
        tokenizer.tokenize(text).map(\.text)
    }

    /// Whether `pattern` matches somewhere in `text`.
    static func matches(_ pattern: String, _ text: String, _ tokenizer: Tokenizer = en) throws -> Bool {
        var matcher = PhraseMatcher()
        matcher.add(CompiledPhrase(try PhrasePattern.parse(pattern, tokenizer: tokenizer)), key: 0, phrase: 0)
        return !matcher.matches(in: tokenizer.tokenize(text)).isEmpty
    }
}
