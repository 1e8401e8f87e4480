import FrontlineModel
import Yams

/// Decodes the `values:` section of a language file: the words the value reader needs.
///
///     values:
///       units: { time: { day: 86400, days: 86400, week: 604800 }, length: { metre: 1 } }
///       currencies: { "£": GBP, pounds: GBP }
///       bounds: { within: at_most, about: about, "at least": at_least }
///       multipliers: { thousand: 1000 }
///       articles: [a, an]
///       unit_qualifiers: [business, working]
struct ValueWordsDecoder {
    let diagnostics: Diagnostics

    static var keys: [String] { KeyTables.valueWords.names }

    func decode(_ map: MappingReader) -> ValueWords {
        defer { map.finish() }
        var words = ValueWords()
        if let quantities = map.mapping("units", what: "units", known: []) {
            for (quantity, _, value) in quantities.entries {
                guard let unitMap = MappingReader(value, what: "the units of '\(quantity)'", known: [], diagnostics: diagnostics) else { continue }
                for (unit, _, factorNode) in unitMap.entries {
                    guard let factor = factorNode.float, factor.isFinite, factor > 0 else {
                        diagnostics.error(.wrongType, "the unit '\(unit)' needs a positive number (how many base units it is)", at: factorNode)
                        continue
                    }
                    words.units[unit] = ValueWords.Unit(quantity: quantity, factor: factor)
                }
            }
        }
        if let currencies = map.mapping("currencies", what: "currencies", known: []) {
            for (word, _, value) in currencies.entries {
                if let code = currencies.scalarString(value, key: word) { words.currencies[word] = code }
            }
        }
        if let bounds = map.mapping("bounds", what: "bounds", known: []) {
            for (word, _, value) in bounds.entries {
                guard let text = bounds.scalarString(value, key: word) else { continue }
                guard let bound = ValueWords.Bound(rawValue: text) else {
                    let choices = ValueWords.Bound.allCases.map(\.rawValue)
                    diagnostics.error(.invalidValue, "'\(text)' is not a bound; use one of \(choices.joined(separator: ", "))\(text.didYouMean(choices))", at: value)
                    continue
                }
                words.bounds[word] = bound
            }
        }
        words.multipliers = factors(map, "multipliers")
        words.fractions = factors(map, "fractions")
        words.weekdays = numbered(map, "weekdays", 1...7) { "the weekday '\($0)' needs its number, 1 (Monday) to 7 (Sunday)" }
        words.months = numbered(map, "months", 1...12) { "the month '\($0)' needs its number, 1 (January) to 12 (December)" }
        words.ordinalSuffixes = map.strings("ordinal_suffixes")?.map(\.0) ?? []
        words.ordinals = numbered(map, "ordinals", 1...31) { "the ordinal '\($0)' needs its day number, 1 to 31" }
        words.places = map.strings("places")?.map(\.0) ?? []
        words.placeLinks = map.strings("place_links")?.map(\.0) ?? []
        words.boundArticles = map.strings("bound_articles")?.map(\.0) ?? []
        words.approximatorsAfter = map.strings("approximators_after")?.map(\.0) ?? []
        words.relativeWords = map.strings("relative_words")?.map(\.0) ?? []
        words.fractionLinks = map.strings("fraction_links")?.map(\.0) ?? []
        words.minorUnits = map.strings("minor_units")?.map(\.0) ?? []
        words.minorLinks = map.strings("minor_links")?.map(\.0) ?? []
        if let parts = map.mapping("day_parts", what: "day parts", known: []) {
            for (word, _, value) in parts.entries {
                guard let hours = value.float, hours == 0 || hours == 12 else {
                    diagnostics.error(.invalidValue, "the day part '\(word)' needs 0 (morning, am) or 12 (afternoon, pm)", at: value)
                    continue
                }
                words.dayParts[word] = hours
            }
        }
        words.articles = map.strings("articles")?.map(\.0) ?? []
        words.unitQualifiers = map.strings("unit_qualifiers")?.map(\.0) ?? []
        return words
    }

    /// A mapping of words to whole numbers in `range` (weekdays, months); an entry out of
    /// range is reported with `message` and left out.
    private func numbered(_ map: MappingReader, _ key: String, _ range: ClosedRange<Int>,
                          message: (String) -> String) -> [String: Int] {
        guard let entries = map.mapping(key, what: key, known: []) else { return [:] }
        var numbers: [String: Int] = [:]
        for (word, _, value) in entries.entries {
            guard let n = value.int, range.contains(n) else {
                diagnostics.error(.invalidValue, message(word), at: value)
                continue
            }
            numbers[word] = n
        }
        return numbers
    }

    /// A mapping of words to positive numbers (multipliers, fractions).
    private func factors(_ map: MappingReader, _ key: String) -> [String: Double] {
        guard let entries = map.mapping(key, what: key, known: []) else { return [:] }
        var factors: [String: Double] = [:]
        for (word, _, value) in entries.entries {
            guard let factor = value.float, factor.isFinite, factor > 0 else {
                diagnostics.error(.wrongType, "'\(word)' in '\(key)' needs a positive number", at: value)
                continue
            }
            factors[word] = factor
        }
        return factors
    }
}
