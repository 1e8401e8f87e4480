/// The words a language uses to state values, so that "5 to 7 working days", "within a
/// week", "£650" and "۴۵ هزار تومان" are read as typed values and compared with a fact's
/// value instead of as spellings (Rubrics/<lang>/language.yaml, `values:`).
public struct ValueWords: Hashable, Sendable {
    /// A unit word and what it measures: "day" → (time, 86 400), "metre" → (length, 1).
    public struct Unit: Hashable, Sendable {
        public var quantity: String
        public var factor: Double

        public init(quantity: String, factor: Double) {
            self.quantity = quantity
            self.factor = factor
        }
    }

    /// How a value is bounded: "within a week" is at most 7 days, "about a week" roughly 7.
    public enum Bound: String, Hashable, Sendable, CaseIterable {
        case atMost = "at_most"
        case atLeast = "at_least"
        case about
    }

    /// Unit words by their (normalised) spelling: day, days, hour, metres, gb, روز, dienas…
    public var units: [String: Unit]
    /// Currency words and symbols by spelling, to a currency code: "£" → GBP, "euro" → EUR.
    public var currencies: [String: String]
    /// Words (or short phrases) that bound the value after them: within, up to, about, حدود.
    public var bounds: [String: Bound]
    /// Phrases after a value that make it approximate ("a week or so", "3 days, give or
    /// take"): read as if "about" stood before it.
    public var approximatorsAfter: [String] = []
    /// Words that scale the number before them: thousand → 1000, هزار → 1000.
    public var multipliers: [String: Double]
    /// Words that stand for "one" before a unit: "a week", "an hour".
    public var articles: [String]
    /// Parts of one before a unit: "half an hour", "نیم ساعت" (half → 0.5).
    public var fractions: [String: Double]
    /// Words between a number and its unit that do not change it ("business" days).
    public var unitQualifiers: [String]
    /// Weekday names and their number (Monday 1 … Sunday 7): "Thursday" is a value.
    public var weekdays: [String: Int] = [:]
    /// Month names and their number (January 1 … December 12): "1 May", "May 1st" and "the
    /// 1st of May" are dates; a month name without a day beside it is not ("May I ask").
    public var months: [String: Int] = [:]
    /// Endings that make a day number an ordinal ("28th", "1st"): "the 28th" is a day of
    /// the month.
    public var ordinalSuffixes: [String] = []
    /// Ordinal day numbers written as words, and their number ("second": 2,
    /// "twenty-eighth": 28): "the second of May", "May second" are dates, and "the
    /// twenty-eighth" at the end of a clause a day of the month.
    public var ordinals: [String: Int] = [:]
    /// Words that stand for one only right after a bound: English "the" in "within the
    /// hour" (an hour at most), not in "the 5 days" or "the hour you chose".
    public var boundArticles: [String] = []
    /// Words after a unit that make a `boundArticles` word before it one: English
    /// "before", "after" in "the day before" (a day before), "the week after".
    public var relativeWords: [String] = []
    /// Words between a fraction and its unit: "a quarter of a year" is three months, not a
    /// year (English "of").
    public var fractionLinks: [String] = []
    /// Nouns of places that a name in capitals goes with ("the Daventry hub", "a depot in
    /// Coventry"): the name is a value, so another depot is a wrong one.
    public var places: [String] = []
    /// Words that join a place noun to the name after it ("in", "at", "near": "the hub in
    /// Daventry"). Without them only a name before the noun is read ("the Daventry hub").
    public var placeLinks: [String] = []
    /// Words after an hour that say which half of the day it is, as hours to add: am 0,
    /// pm 12 ("8am", "1 pm", «۸ صبح»).
    public var dayParts: [String: Double] = [:]
    /// Words for a hundredth of a currency: "pence", "p", "cents", "centi" ("four pounds and
    /// ninety-five pence" is £4.95, "£4 and 95p" too).
    public var minorUnits: [String] = []
    /// Words between an amount and its hundredths: "and" in "four pounds and ninety-five
    /// pence", "un" in "24 eiro un 90 centi".
    public var minorLinks: [String] = []

    public init(units: [String: Unit] = [:], currencies: [String: String] = [:], bounds: [String: Bound] = [:],
                multipliers: [String: Double] = [:], articles: [String] = [], fractions: [String: Double] = [:],
                unitQualifiers: [String] = []) {
        self.units = units
        self.currencies = currencies
        self.bounds = bounds
        self.multipliers = multipliers
        self.articles = articles
        self.fractions = fractions
        self.unitQualifiers = unitQualifiers
    }
}
