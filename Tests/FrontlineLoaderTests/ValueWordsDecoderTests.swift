import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// The `values:` section of a language file into `ValueWords`: units by quantity,
/// currencies, bounds, multipliers, fractions, weekdays, day parts, articles and unit
/// qualifiers, in English, Persian and Latvian; an empty section is no words; and each bad
/// entry is one located diagnostic that leaves the other entries read.
@Suite struct ValueWordsDecoderTests {
    typealias Decoded = DecodedFile<ValueWords>

    /// Decodes `text` as a `values:` section (its top-level mapping).
    static func decode(_ text: String) throws -> Decoded {
        try Decoded.decode(text, path: "Rubrics/xx/language.yaml") { root, diagnostics, _ in
            let map = try #require(MappingReader(root, table: KeyTables.valueWords, diagnostics: diagnostics))
            return ValueWordsDecoder(diagnostics: diagnostics).decode(map)
        }
    }

    @Test func everySectionIsRead() throws {
        let decoded = try Self.decode("""
            units:
              time: { day: 86400, days: 86400, week: 604800, "روز": 86400, dienas: 86400 }
              length: { metre: 1, km: 1000.5 }
            currencies: { "£": GBP, pounds: GBP, "تومان": IRT, eiro: EUR }
            bounds: { within: at_most, about: about, "at least": at_least, "حدود": about, "vismaz": at_least }
            multipliers: { thousand: 1000, "هزار": 1000, tūkstoši: 1000 }
            fractions: { half: 0.5, "نیم": 0.5, quarter: 0.25 }
            weekdays: { monday: 1, "پنجشنبه": 4, svētdiena: 7 }
            day_parts: { am: 0, pm: 12, "صبح": 0 }
            articles: [a, an]
            unit_qualifiers: business

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        let words = decoded.words
        #expect(words.units == [
            "day": .init(quantity: "time", factor: 86400), "days": .init(quantity: "time", factor: 86400),
            "week": .init(quantity: "time", factor: 604800), "روز": .init(quantity: "time", factor: 86400),
            "dienas": .init(quantity: "time", factor: 86400),
            "metre": .init(quantity: "length", factor: 1), "km": .init(quantity: "length", factor: 1000.5),
        ])
        #expect(words.currencies == ["£": "GBP", "pounds": "GBP", "تومان": "IRT", "eiro": "EUR"])
        #expect(words.bounds == ["within": .atMost, "about": .about, "at least": .atLeast, "حدود": .about, "vismaz": .atLeast])
        #expect(words.multipliers == ["thousand": 1000, "هزار": 1000, "tūkstoši": 1000])
        #expect(words.fractions == ["half": 0.5, "نیم": 0.5, "quarter": 0.25])
        #expect(words.weekdays == ["monday": 1, "پنجشنبه": 4, "svētdiena": 7])
        #expect(words.dayParts == ["am": 0, "pm": 12, "صبح": 0])
        #expect(words.articles == ["a", "an"])
        #expect(words.unitQualifiers == ["business"], "a single word is a list of one")
    }

    @Test func anEmptySectionHasNoWords() throws {
        let decoded = try Self.decode("{}")
        #expect(decoded.diagnostics.isEmpty)
        #expect(decoded.words == ValueWords())
    }

    @Test func aUnitNeedsAPositiveFiniteFactor() throws {
        let decoded = try Self.decode("""
            units:
              time: { day: 0, hour: -3600, week: lots, minute: .inf, second: .nan, fortnight: [14], month: 2592000 }

            """)
        #expect(decoded.messages == ["day", "hour", "week", "minute", "second", "fortnight"].map {
            "the unit '\($0)' needs a positive number (how many base units it is)"
        })
        #expect(decoded.diagnostics.allSatisfy { $0.code == .wrongType })
        #expect(decoded.places == ["0,", "-3600", "lots", ".inf", ".nan", "[14]"].map { decoded.place(of: $0) })
        #expect(decoded.words.units == ["month": .init(quantity: "time", factor: 2592000)])
    }

    @Test func unitsAndTheirQuantitiesMustBeMappings() throws {
        let quantity = try Self.decode("units: { time: 86400, length: { metre: 1 } }\n")
        #expect(quantity.messages == ["expected the units of 'time' to be a mapping of keys, found a number"])
        #expect(quantity.places == [quantity.place(of: "86400")])
        #expect(quantity.words.units.keys.sorted() == ["metre"])

        let section = try Self.decode("units: [day, week]\n")
        #expect(section.messages == ["expected units to be a mapping of keys, found a list"])
        #expect(section.places == [section.place(of: "[day")])
    }

    @Test func anUnknownBoundSuggestsTheNearest() throws {
        let decoded = try Self.decode("bounds: { within: at_mots, roughly: approximately, about: about }\n")
        #expect(decoded.messages == [
            "'at_mots' is not a bound; use one of at_most, at_least, about; did you mean 'at_most'?",
            "'approximately' is not a bound; use one of at_most, at_least, about",
        ])
        #expect(decoded.diagnostics.allSatisfy { $0.code == .invalidValue })
        #expect(decoded.places == [decoded.place(of: "at_mots"), decoded.place(of: "approximately")])
        #expect(decoded.words.bounds == ["about": .about])
    }

    @Test func aCurrencyCodeIsText() throws {
        let decoded = try Self.decode("currencies: { \"£\": [GBP], euro: , \"€\": EUR }\n")
        #expect(decoded.messages == [
            "expected text for '£', found a list",
            "'euro' is empty; write a value or remove the key",
        ])
        #expect(decoded.places.first == decoded.place(of: "[GBP]"))
        #expect(decoded.words.currencies == ["€": "EUR"])
    }

    @Test func multipliersAndFractionsNeedPositiveNumbers() throws {
        let decoded = try Self.decode("""
            multipliers: { thousand: 0, million: many, hundred: 100 }
            fractions: { half: -0.5, third: 0.333 }

            """)
        #expect(decoded.messages == [
            "'thousand' in 'multipliers' needs a positive number",
            "'million' in 'multipliers' needs a positive number",
            "'half' in 'fractions' needs a positive number",
        ])
        #expect(decoded.places == [decoded.place(of: "0,"), decoded.place(of: "many"), decoded.place(of: "-0.5")])
        #expect(decoded.words.multipliers == ["hundred": 100])
        #expect(decoded.words.fractions == ["third": 0.333])
    }

    @Test func aWeekdayIsOneToSeven() throws {
        let decoded = try Self.decode("weekdays: { monday: 0, sunday: 8, friday: 5.5, tuesday: two, saturday: 6 }\n")
        #expect(decoded.messages == ["monday", "sunday", "friday", "tuesday"].map {
            "the weekday '\($0)' needs its number, 1 (Monday) to 7 (Sunday)"
        })
        #expect(decoded.places == ["0,", "8", "5.5", "two"].map { decoded.place(of: $0) })
        #expect(decoded.words.weekdays == ["saturday": 6])
    }

    @Test func aMonthIsOneToTwelve() throws {
        let decoded = try Self.decode("months: { may: 5, smarch: 13, june: six }\nordinal_suffixes: [st, th]\nplaces: [hub, depot]\nplace_links: [in, near]\nbound_articles: the\nordinals: { second: 2, thirty-second: 32 }\n")
        #expect(decoded.messages == ["smarch", "june"].map { "the month '\($0)' needs its number, 1 (January) to 12 (December)" }
                + ["the ordinal 'thirty-second' needs its day number, 1 to 31"])
        #expect(decoded.places == ["13", "six", "32"].map { decoded.place(of: $0) })
        #expect(decoded.words.ordinals == ["second": 2])
        #expect(decoded.words.months == ["may": 5])
        #expect(decoded.words.ordinalSuffixes == ["st", "th"] && decoded.words.places == ["hub", "depot"])
        #expect(decoded.words.placeLinks == ["in", "near"] && decoded.words.boundArticles == ["the"])
    }

    @Test func aDayPartIsZeroOrTwelve() throws {
        let decoded = try Self.decode("day_parts: { noon: 6, evening: pm, pm: 12.0, am: 0 }\n")
        #expect(decoded.messages == [
            "the day part 'noon' needs 0 (morning, am) or 12 (afternoon, pm)",
            "the day part 'evening' needs 0 (morning, am) or 12 (afternoon, pm)",
        ])
        #expect(decoded.places == [decoded.place(of: "6"), decoded.place(of: "pm,")])
        #expect(decoded.words.dayParts == ["pm": 12, "am": 0])
    }

    @Test func anUnknownKeySuggestsTheNearest() throws {
        let decoded = try Self.decode("unit: { time: { day: 86400 } }\narticles: a\n")
        #expect(decoded.messages == ["unknown key 'unit' in values; did you mean 'units'?"])
        #expect(decoded.places == ["1:1"])
        #expect(decoded.words.units.isEmpty)
        #expect(decoded.words.articles == ["a"])
    }

    @Test func aListWhereWordsAreExpectedIsLocated() throws {
        let decoded = try Self.decode("articles: { a: 1 }\nunit_qualifiers: [business, [working]]\n")
        #expect(decoded.messages == [
            "expected text or a list of texts for 'articles', found a mapping",
            "expected text for 'unit_qualifiers', found a list",
        ])
        #expect(decoded.places == [decoded.place(of: "{ a"), decoded.place(of: "[working]")])
        #expect(decoded.words.articles.isEmpty)
        #expect(decoded.words.unitQualifiers == ["business"])
    }
}

extension DecodedFile where Value == ValueWords {
    var words: ValueWords { value }
}
