/// A value the speaker corrects ("5-7 business days - sorry, no, 3-5"; "£4.95 - oh wait,
/// £2.50") is taken back: only what they settle on is judged.
extension ValueReader {
    /// `values` without those the speaker corrects: one of `corrections` follows the value,
    /// and within `window` tokens of its end a later value of the same quantity starts, or a
    /// bare number or range, which then takes the corrected value's unit ("5-7 business
    /// days - sorry, I think it's 3-5" is 3-5 business days).
    /// `scalars`, the text the tokens were read from, gives the corrected value's unit as
    /// written (for the wrong value's note).
    ///
    /// A value is also replaced by one said after one of `recaps` ("Recap: …") later in the
    /// reply, of the same quantity and within `recapScale` of it: the summary is what the
    /// customer takes away ("5-7 business days … Recap: money back within 3 business days").
    public static func correcting(_ values: [StatedValue], in tokens: [Token], scalars: [Unicode.Scalar] = [],
                                  corrections: [[String]], recaps: [[String]] = [], window: Int = 8) -> [StatedValue] {
        guard !corrections.isEmpty || !recaps.isEmpty, !values.isEmpty else { return values }
        var kept: [StatedValue] = []
        for (i, value) in values.enumerated() {
            let end = value.tokens.upperBound
            let corrected = values[(i + 1)...].contains { later in
                later.quantity == value.quantity && later.tokens.lowerBound >= end
                    && ((later.tokens.lowerBound - end <= window && tokens.holdsPhrase(corrections, in: end..<later.tokens.lowerBound))
                        || (!recaps.isEmpty && Self.near(later, value) && tokens.holdsPhrase(recaps, in: end..<later.tokens.lowerBound)))
            }
            if corrected { continue }
            if let bare = bareCorrection(of: value, in: tokens, scalars: scalars,
                                         before: values[(i + 1)...].first?.tokens.lowerBound ?? tokens.count,
                                         corrections: corrections, window: window) {
                kept.append(bare)
                continue
            }
            kept.append(value)
        }
        return kept
    }

    /// How far apart a recap's value may be from an earlier one it replaces: a summary's
    /// "3 business days" restates "5-7 business days", its "10 minutes" (an email) does not.
    static let recapScale = 12.0

    /// Whether `a` and `b` are within `recapScale` of each other (their middles).
    private static func near(_ a: StatedValue, _ b: StatedValue) -> Bool {
        let x = (a.low + a.high) / 2, y = (b.low + b.high) / 2
        guard x > 0, y > 0 else { return x == y }
        return max(x, y) / min(x, y) <= recapScale
    }

    /// A bare number or range ("3-5", "three to five") said after one of `corrections` that
    /// follows `value`, within `window` tokens of its end and before `limit` (the next value
    /// read): the corrected value, in its unit.
    private static func bareCorrection(of value: StatedValue, in tokens: [Token], scalars: [Unicode.Scalar], before limit: Int,
                                       corrections: [[String]], window: Int) -> StatedValue? {
        let end = value.tokens.upperBound
        guard value.address == nil, end < tokens.count,
              let first = tokens[value.tokens].first(where: \.isNumber), let firstNumber = number(first.text),
              firstNumber.suffix == nil, firstNumber.value > 0 else { return nil }
        let factor = value.low / firstNumber.value
        let last = min(limit, tokens.count, end + window + 1)
        // The first number after the value, close after a correction ("sorry, no, hang on,
        // I think it's 3-5").
        guard end < last, let at = (end..<last).first(where: { tokens[$0].isNumber }),
              let correction = (end..<at).last(where: { tokens.startsPhrase(corrections, at: $0) }), at - correction <= 6,
              let low = number(tokens[at].text), low.suffix == nil else { return nil }
        var high = low.value, upper = at + 1
        if at + 2 < tokens.count, tokens[at + 1].text == Tokenizer.rangeToken, let other = number(tokens[at + 2].text), other.suffix == nil {
            high = other.value
            upper = at + 3
        }
        var corrected = StatedValue(quantity: value.quantity, low: low.value * factor, high: high * factor, bound: nil, tokens: at..<upper)
        // Said with the unit it takes ("3-5 business days"), for the wrong value's note.
        let said = scalars.isEmpty
            ? tokens[at..<upper].map(\.text).joined(separator: " ").replacingOccurrences(of: " \(Tokenizer.rangeToken) ", with: "-")
            : quote(scalars, from: tokens[at].start, to: tokens[upper - 1].end)
        var unit = ""
        if let lastNumber = tokens[value.tokens].lastIndex(where: \.isNumber), lastNumber + 1 < value.tokens.upperBound {
            unit = scalars.isEmpty
                ? tokens[(lastNumber + 1)..<value.tokens.upperBound].map(\.text).joined(separator: " ")
                : quote(scalars, from: tokens[lastNumber + 1].start, to: tokens[value.tokens.upperBound - 1].end)
        }
        corrected.text = unit.isEmpty ? said : said + " " + unit
        return corrected
    }
}
