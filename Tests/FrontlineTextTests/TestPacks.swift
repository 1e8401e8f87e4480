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

    static var withForms: LanguagePack {
        var pack = english
        pack.wordEndings = ["s", "es", "ed", "ing"]
        return pack
    }

    static var withConcepts: LanguagePack {
        var pack = english
        pack.concepts = [
            "refund": [Phrase("(refund|reimburse)"), Phrase("[your] money back")],
            "instant": [Phrase("(instantly|immediately)"), Phrase("right (now|away)")],
            "promise-refund": [Phrase("{refund} ** {instant}")],
            "loop": [Phrase("sorry {loop}")],
        ]
        return pack
    }

    static var withValues: LanguagePack {
        var pack = english
        pack.numberWords["seven"] = 7
        pack.valueWords = ValueWords(
            units: ["day": .init(quantity: "time", factor: 86400), "hour": .init(quantity: "time", factor: 3600),
                    "hours": .init(quantity: "time", factor: 3600), "week": .init(quantity: "time", factor: 604_800),
                    "weeks": .init(quantity: "time", factor: 604_800), "metres": .init(quantity: "length", factor: 1),
                    "m": .init(quantity: "length", factor: 1), "gb": .init(quantity: "data", factor: 1)],
            currencies: ["£": "GBP", "€": "EUR", "pounds": "GBP", "eur": "EUR"],
            bounds: ["within": .atMost, "about": .about],
            multipliers: ["thousand": 1000], articles: ["a", "an"], fractions: ["half": 0.5],
            unitQualifiers: ["business"])
        pack.valueWords.weekdays = ["monday": 1, "thursday": 4, "friday": 5]
        pack.valueWords.dayParts = ["am": 0, "pm": 12, "morning": 0]
        pack.valueWords.months = ["may": 5, "june": 6]
        pack.valueWords.ordinalSuffixes = ["st", "nd", "rd", "th"]
        pack.valueWords.boundArticles = ["the"]
        pack.valueWords.approximatorsAfter = ["or so", "give or take"]
        pack.valueWords.ordinals = ["first": 1, "second": 2, "twentieth": 20, "twenty-eighth": 28]
        pack.valueWords.places = ["hub", "depot"]
        pack.valueWords.placeLinks = ["in", "at"]
        pack.clitics = ["'s"]
        return pack
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
