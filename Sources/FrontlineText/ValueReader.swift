import FrontlineModel

/// Reads the values a text states (durations, amounts of money, lengths, percentages…)
/// from its tokens, with the language's unit, currency, bound and multiplier words.
/// A number with no unit or currency is not a value here: "version 5.3.0" and "14 May"
/// say nothing this reader could compare.
public struct ValueReader: Sendable {
    let units: [String: ValueWords.Unit]
    let currencies: [String: String]
    /// Currency symbols written without spaces ("£", "$", "€"), by scalar.
    let symbols: [Unicode.Scalar: String]
    /// Bound phrases as token texts, longest first.
    let bounds: [([String], ValueWords.Bound)]
    /// `ValueWords.approximatorsAfter` as token texts.
    let approximatorsAfter: [[String]]
    let multipliers: [String: Double]
    let articles: Set<String>
    let boundArticles: Set<String>
    let relativeWords: Set<String>
    let fractionLinks: Set<String>
    let fractions: [String: Double]
    let weekdays: [String: Int]
    let months: [String: Int]
    let ordinalSuffixes: Set<String>
    /// `ValueWords.ordinals` as token texts (one or more tokens: "twenty", "eighth") by
    /// their first, longest first.
    let ordinals: [String: [([String], Int)]]
    let places: Set<String>
    /// Words that join a place noun to its name after it ("the hub in Daventry").
    let placeLinks: Set<String>
    let dayParts: [String: Double]
    let qualifiers: Set<String>
    /// Words for a hundredth of a currency ("pence", "cents", "centi"), as token texts.
    let minorUnits: Set<String>
    /// Words between a currency word and its hundredths ("and" in "four pounds and
    /// ninety-five pence"), as token texts.
    let minorLinks: Set<String>

    public init(_ words: ValueWords, tokenizer: Tokenizer) {
        func key(_ text: String) -> [String] { tokenizer.tokenize(text).map(\.text) }
        var units: [String: ValueWords.Unit] = [:]
        for (word, unit) in words.units {
            for form in [word, tokenizer.normalizeWord(word)] + key(word).suffix(1) { units[form] = unit }
        }
        self.units = units
        var currencies: [String: String] = [:], symbols: [Unicode.Scalar: String] = [:]
        for (word, code) in words.currencies {
            let parts = key(word)
            if parts.count == 1 { currencies[parts[0]] = code }
            if word.unicodeScalars.count == 1, let scalar = word.unicodeScalars.first { symbols[scalar] = code }
        }
        self.currencies = currencies
        self.symbols = symbols
        self.approximatorsAfter = words.approximatorsAfter.map(key).filter { !$0.isEmpty }
        self.bounds = words.bounds.map { (key($0.key), $0.value) }.filter { !$0.0.isEmpty }
            .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : $0.0.joined() < $1.0.joined() }
        var multipliers: [String: Double] = [:]
        for (word, factor) in words.multipliers { for form in key(word) { multipliers[form] = factor } }
        self.multipliers = multipliers
        self.articles = Set(words.articles.flatMap(key))
        self.boundArticles = Set(words.boundArticles.flatMap(key))
        self.relativeWords = Set(words.relativeWords.flatMap(key))
        self.fractionLinks = Set(words.fractionLinks.flatMap(key))
        var fractions: [String: Double] = [:]
        for (word, part) in words.fractions { for form in key(word) { fractions[form] = part } }
        self.fractions = fractions
        var weekdays: [String: Int] = [:], dayParts: [String: Double] = [:]
        for (day, n) in words.weekdays {
            let forms = key(day)
            if forms.count == 1 { weekdays[forms[0]] = n } // a spaced name would make its parts weekdays
        }
        for (word, hours) in words.dayParts { if let form = key(word).first { dayParts[form] = hours } }
        self.weekdays = weekdays
        var months: [String: Int] = [:]
        for (month, n) in words.months {
            let forms = key(month)
            if forms.count == 1 { months[forms[0]] = n }
        }
        self.months = months
        self.ordinalSuffixes = Set(words.ordinalSuffixes.map { $0.lowercased() })
        var ordinals: [String: [([String], Int)]] = [:]
        for (word, n) in words.ordinals.sorted(by: { $0.key < $1.key }) {
            let parts = key(word)
            guard let first = parts.first else { continue }
            ordinals[first, default: []].append((parts, n))
        }
        self.ordinals = ordinals.mapValues { phrases in phrases.sorted { $0.0.count > $1.0.count } } // longest first
        self.places = Set(words.places.compactMap { key($0).last })
        self.placeLinks = Set(words.placeLinks.compactMap { word in
            let parts = key(word)
            return parts.count == 1 ? parts[0] : nil
        })
        self.dayParts = dayParts
        self.qualifiers = Set(words.unitQualifiers.flatMap(key))
        self.minorUnits = Set(words.minorUnits.map { $0.lowercased() } + words.minorUnits.flatMap(key))
        self.minorLinks = Set(words.minorLinks.flatMap(key))
    }

    /// Every value `text` states, tokenised with `tokenizer` (an expectation's `value`, a test).
    public func values(of text: String, tokenizer: Tokenizer) -> [StatedValue] {
        values(in: tokenizer.tokenize(text), scalars: Array(text.unicodeScalars))
    }

    /// Every value `tokens` state, in order. `scalars` is the text they were read from
    /// (currency symbols and `%` are punctuation, not tokens). Without `named`, addresses
    /// and places are not looked for (a customer's line is asked only whether it states a
    /// number or amount, and most lines have a full stop and a dozen nouns to look up).
    public func values(in tokens: [Token], scalars: [Unicode.Scalar], named: Bool = true) -> [StatedValue] {
        var values: [StatedValue] = []
        var addresses = named ? addresses(in: tokens, scalars: scalars)[...] : []
        var i = 0
        while i < tokens.count {
            if let address = addresses.first, address.tokens.lowerBound <= i {
                // An address's tokens ("roamly", "app", "nowak88") are read as nothing else.
                if address.tokens.lowerBound == i { values.append(address) }
                i = max(i + 1, address.tokens.upperBound)
                addresses.removeFirst()
                continue
            }
            if let value = calendarValue(at: i, tokens, scalars) ?? value(at: i, tokens, scalars)
                ?? (named ? place(at: i, tokens, scalars) ?? spokenAmount(at: i, tokens, scalars) : nil) {
                values.append(value)
                i = value.tokens.upperBound
            } else {
                i += 1
            }
        }
        return values
    }

    private func value(at start: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> StatedValue? {
        var j = start
        var low: Double, high: Double
        var unitFromWord: ValueWords.Unit?
        if let number = Self.number(tokens[j].text) {
            low = number.value
            high = number.value
            unitFromWord = number.suffix.flatMap { units[$0] }
            if number.suffix != nil, unitFromWord == nil { return nil } // "5th", "3rd": not a value
            j += 1
            if unitFromWord == nil, j + 1 < tokens.count, tokens[j].text == Tokenizer.rangeToken,
               let upper = Self.number(tokens[j + 1].text), upper.suffix == nil || units[upper.suffix!] != nil {
                high = upper.value
                unitFromWord = upper.suffix.flatMap { units[$0] }
                j += 2
            }
        } else if let part = fractions[tokens[j].text] {
            // "half an hour", "half a day", "نیم ساعت", "a quarter of a year"
            low = part
            high = part
            j += 1
            if j < tokens.count, fractionLinks.contains(tokens[j].text), !tokens[j].sentenceBreakBefore { j += 1 }
            if j < tokens.count, articles.contains(tokens[j].text) { j += 1 }
        } else if articles.contains(tokens[j].text) || tokens[j].text == "1"
                    || (boundArticles.contains(tokens[j].text)
                        && (bound(before: start, tokens) != nil || relative(after: j, tokens))) {
            low = 1
            high = 1
            j += 1
        } else {
            return nil
        }
        let numberEnd = j
        if unitFromWord == nil, j < tokens.count, !tokens[j].sentenceBreakBefore, let factor = multipliers[tokens[j].text] {
            low *= factor
            high *= factor
            j += 1
        }
        var quantity: String?
        var factor = 1.0
        if let unit = unitFromWord {
            quantity = unit.quantity
            factor = unit.factor
        } else {
            var k = j
            while k < tokens.count, k - j < 2, qualifiers.contains(tokens[k].text), !tokens[k].sentenceBreakBefore { k += 1 }
            if k < tokens.count, !tokens[k].sentenceBreakBefore, let unit = units[tokens[k].text] {
                quantity = unit.quantity
                factor = unit.factor
                j = k + 1
            }
        }
        if quantity == nil, scalars.indices.contains(tokens[numberEnd - 1].end), scalars[tokens[numberEnd - 1].end] == "%" {
            quantity = "percent"
        }
        if quantity == nil, let code = currency(before: start, after: j, tokens, scalars, numberEnd: numberEnd) {
            quantity = "money:" + code.code
            if low == high, low == low.rounded(), let minor = minorUnits(at: max(j, code.end), tokens, named: code.end > j) {
                // "four pounds ninety-five", "54 euros 90", "£4 and 95p", "24 eiro un 90 centi": the
                // number after the currency is its hundredths
                low += minor.value
                high += minor.value
                j = minor.end
            } else {
                j = max(j, code.end)
            }
        }
        guard let quantity else { return nil }
        let bound = bound(before: start, tokens)
        let first = bound?.start ?? start
        var kind = bound?.kind
        // "in a week or so": approximate, whatever bound stood before it.
        if let approximator = approximatorsAfter.first(where: { tokens.startsPhrase([$0], at: j) }),
           !tokens[j..<(j + approximator.count)].contains(where: \.sentenceBreakBefore) {
            kind = .about
            j += approximator.count
        }
        var value = StatedValue(quantity: quantity, low: low * factor, high: high * factor, bound: kind, tokens: first..<j)
        let end = quantity == "percent" && j == numberEnd ? tokens[j - 1].end + 1 : tokens[j - 1].end
        value.text = Self.quote(scalars, from: tokens[first].start, to: end)
        return value
    }

    /// Whether a unit and one of `relativeWords` follow token `article`, in its sentence:
    /// "the day before" is a day.
    private func relative(after article: Int, _ tokens: [Token]) -> Bool {
        let unit = article + 1, word = article + 2
        guard !relativeWords.isEmpty, word < tokens.count, !tokens[unit].sentenceBreakBefore, !tokens[word].sentenceBreakBefore
        else { return false }
        return units[tokens[unit].text] != nil && relativeWords.contains(tokens[word].text)
    }

    /// An amount said the way prices are spoken, without a currency: "three ninety-five"
    /// (a whole number, then 10 to 99 written in words) is `StatedValue.spokenAmount`
    /// 3.95. What it is an amount of only a money fact beside it can tell (see
    /// `Grader.judge`); digits ("3 95") and a pair followed by a unit or currency are not one.
    private func spokenAmount(at start: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> StatedValue? {
        let next = start + 1
        guard next < tokens.count, !tokens[next].clauseBreakBefore,
              let whole = Self.number(tokens[start].text), whole.suffix == nil, whole.value >= 1, whole.value < 1000,
              whole.value == whole.value.rounded(),
              let minor = Self.number(tokens[next].text), minor.suffix == nil, minor.value >= 10, minor.value < 100,
              minor.value == minor.value.rounded(),
              scalars.indices.contains(tokens[next].start), scalars[tokens[next].start].properties.isAlphabetic else { return nil }
        if next + 1 < tokens.count, !tokens[next + 1].sentenceBreakBefore {
            let after = tokens[next + 1].text
            if units[after] != nil || currencies[after] != nil || multipliers[after] != nil || after == Tokenizer.rangeToken { return nil }
        }
        var value = StatedValue(quantity: StatedValue.spokenAmount, low: whole.value + minor.value / 100,
                                high: whole.value + minor.value / 100, tokens: start..<(next + 1))
        value.text = Self.quote(scalars, from: tokens[start].start, to: tokens[next].end)
        return value
    }

    /// The bound said right before token `start` ("within", "up to"), in its sentence, and
    /// where it starts.
    private func bound(before start: Int, _ tokens: [Token]) -> (kind: ValueWords.Bound, start: Int)? {
        for (words, kind) in bounds where start >= words.count {
            let from = start - words.count
            if zip(words, tokens[from..<start]).allSatisfy({ $0 == $1.text }), !tokens[from + 1...start].contains(where: \.sentenceBreakBefore) {
                return (kind, from)
            }
        }
        return nil
    }

    /// The hundredths a whole number of 1 to 99 after a currency adds, and the token after
    /// them: "four pounds ninety-five" is £4.95 when `named` (the currency is a word after
    /// the number), in the same clause, when nothing makes that number a value of its own
    /// ("5 pounds 2 days later": a unit follows it). With one of `minorUnits` after it
    /// ("95p", "ninety-five pence") a currency symbol before the number is enough, and one of
    /// `minorLinks` may stand before it ("£4 and 95p", "24 eiro un 90 centi"); after a link
    /// the unit is needed ("5 pounds and 2 of the mugs" is £5).
    private func minorUnits(at k: Int, _ tokens: [Token], named: Bool) -> (value: Double, end: Int)? {
        var at = k, linked = false
        if at < tokens.count, !tokens[at].clauseBreakBefore, minorLinks.contains(tokens[at].text) {
            at += 1
            linked = true
        }
        guard at < tokens.count, !tokens[at].clauseBreakBefore, let number = Self.number(tokens[at].text),
              number.value >= 1, number.value < 100, number.value == number.value.rounded() else { return nil }
        if let suffix = number.suffix {
            return minorUnits.contains(suffix.lowercased()) ? (number.value / 100, at + 1) : nil
        }
        let next = at + 1
        if next < tokens.count, !tokens[next].sentenceBreakBefore {
            let text = tokens[next].text
            if minorUnits.contains(text) { return (number.value / 100, next + 1) }
            if units[text] != nil || currencies[text] != nil || multipliers[text] != nil || text == Tokenizer.rangeToken { return nil }
        }
        return named && !linked ? (number.value / 100, next) : nil
    }

    /// A currency written before the number (a symbol or a word: "£650", "EUR 25") or after
    /// it ("25 pounds", "۴۵ هزار تومان", "25€"), and where the value then ends.
    private func currency(before start: Int, after end: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar],
                          numberEnd: Int) -> (code: String, end: Int)? {
        var p = tokens[start].start - 1
        while p >= 0, scalars.indices.contains(p), scalars[p] == " " { p -= 1 }
        if scalars.indices.contains(p), let code = symbols[scalars[p]] { return (code, end) }
        if start > 0, !tokens[start].sentenceBreakBefore, let code = currencies[tokens[start - 1].text] { return (code, end) }
        let after = tokens[numberEnd - 1].end
        if scalars.indices.contains(after), let code = symbols[scalars[after]] { return (code, end) }
        if end < tokens.count, !tokens[end].sentenceBreakBefore, let code = currencies[tokens[end].text] { return (code, end + 1) }
        return nil
    }

    /// "650" → 650; "50gb" → (50, "gb"); "8am" → nil unless "am" is a unit.
    static func number(_ text: String) -> (value: Double, suffix: String?)? {
        var digits = Substring(text)
        var suffix: Substring?
        if let firstLetter = text.firstIndex(where: { $0.isLetter }) {
            digits = text[..<firstLetter]
            suffix = text[firstLetter...]
            guard suffix!.allSatisfy(\.isLetter) else { return nil }
        }
        guard !digits.isEmpty, digits.first!.isNumber, let value = Double(String(digits.map { $0.wholeNumberValue.map(String.init) ?? String($0) }.joined())) else { return nil }
        return (value, suffix.map(String.init))
    }

    static func quote(_ scalars: [Unicode.Scalar], from: Int, to: Int) -> String {
        var view = String.UnicodeScalarView()
        let lo = max(0, min(from, scalars.count)), hi = max(lo, min(to, scalars.count))
        // Include a currency symbol written just before the number.
        let start = lo > 0 && !CharacterNormalizer.isWordScalar(scalars[lo - 1]) && scalars[lo - 1] != " " && scalars[lo - 1].properties.generalCategory == .currencySymbol ? lo - 1 : lo
        view.append(contentsOf: scalars[start..<hi])
        return String(view)
    }
}
