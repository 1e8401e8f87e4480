import FrontlineModel

/// Values that are not amounts of a unit: times of day ("8am", "1:30 pm", "13:00", "8am to
/// 1pm"), weekdays ("Thursday", "Monday to Friday") and references ("PAY-20417").
extension ValueReader {
    /// A time of day, a weekday or a reference starting at `start`, if one does.
    func calendarValue(at start: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> StatedValue? {
        if let value = reference(at: start, tokens, scalars) { return value }
        if let value = date(at: start, tokens, scalars) { return value }
        if let day = weekdays[tokens[start].text] {
            // "Monday's agent", "Tuesday's call": a day's event, not a day a reply names
            if Self.isPossessive(tokens[start], scalars) { return nil }
            var end = start + 1, last = day
            if end + 1 < tokens.count, tokens[end].text == Tokenizer.rangeToken, let other = weekdays[tokens[end + 1].text] {
                last = other
                end += 2
            }
            return made("weekday", Double(day), Double(last), start..<end, tokens, scalars)
        }
        guard let first = clock(at: start, tokens, scalars) else { return nil }
        var low = first.minutes, high = first.minutes, end = first.end
        if end < tokens.count, let second = rangeEnd(after: end, tokens, scalars), let other = clock(at: second, tokens, scalars),
           first.hasPart || other.hasPart {
            high = other.minutes
            if !first.hasPart, let part = other.part { low = first.minutes + part * 60 >= high ? first.minutes : first.minutes + part * 60 }
            if !other.hasPart, let part = first.part { high = other.minutes + part * 60 < low ? other.minutes + 12 * 60 : other.minutes + part * 60 }
            end = other.end
        } else if !first.hasPart && !first.hasColon {
            return nil // a bare number is not a time
        }
        return made("clock", low, high, start..<end, tokens, scalars)
    }

    /// Whether `token` was written with a possessive "'s" ("Monday's"), which the
    /// tokenizer drops.
    static func isPossessive(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.end >= 2, token.end <= scalars.count, token.end - token.start > 2 else { return false }
        let s = scalars[token.end - 1], apostrophe = scalars[token.end - 2]
        return (s == "s" || s == "S") && (apostrophe == "'" || apostrophe == "\u{2019}")
    }

    private func made(_ quantity: String, _ low: Double, _ high: Double, _ range: Range<Int>, _ tokens: [Token],
                      _ scalars: [Unicode.Scalar]) -> StatedValue {
        var value = StatedValue(quantity: quantity, low: low, high: high, tokens: range)
        value.text = Self.quote(scalars, from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
        return value
    }

    /// A date: "1 May", "1st of May", "May 1st", "the second of May" ("date": month × 32 +
    /// day), or a day of the month alone, written as an ordinal ("the 28th", "the
    /// twenty-eighth": "day"). A month name needs its day beside it ("May I ask" is no date),
    /// and a number after a month that has a unit of its own ("May 3 days") is not its day.
    /// An ordinal word is a day alone only from the fourth on and at the end of its clause
    /// ("I'll do that first", "the second charge" are no days), and after a month only when
    /// the month is written with a capital ("we may first need" is no date).
    private func date(at start: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> StatedValue? {
        guard !months.isEmpty || !ordinalSuffixes.isEmpty || !ordinals.isEmpty else { return nil }
        func sameSentence(_ index: Int) -> Bool { index < tokens.count && !tokens[index].sentenceBreakBefore }
        func day(_ index: Int) -> (day: Int, ordinal: Bool, word: Bool, end: Int)? {
            guard index < tokens.count else { return nil }
            if let (n, end) = ordinalWord(at: index, tokens) { return (n, true, true, end) }
            guard let number = Self.number(tokens[index].text), number.value == number.value.rounded(),
                  number.value >= 1, number.value <= 31 else { return nil }
            if let suffix = number.suffix { return ordinalSuffixes.contains(suffix) ? (Int(number.value), true, false, index + 1) : nil }
            return (Int(number.value), false, false, index + 1)
        }
        if let first = day(start) {
            var next = first.end
            if sameSentence(next), tokens[next].text == "of", sameSentence(next + 1), months[tokens[next + 1].text] != nil { next += 1 }
            if sameSentence(next), let month = months[tokens[next].text] {
                return made("date", Double(month * 32 + first.day), Double(month * 32 + first.day), start..<(next + 1), tokens, scalars)
            }
            guard first.ordinal else { return nil }
            if first.word {
                let clauseEnds = first.end == tokens.count || tokens[first.end].clauseBreakBefore || tokens[first.end].sentenceBreakBefore
                guard first.day >= 4, clauseEnds else { return nil }
            }
            return made("day", Double(first.day), Double(first.day), start..<first.end, tokens, scalars)
        }
        if let month = months[tokens[start].text], sameSentence(start + 1), let second = day(start + 1) {
            if second.word, !(scalars.indices.contains(tokens[start].start) && scalars[tokens[start].start].properties.isUppercase) { return nil }
            if sameSentence(second.end), units[tokens[second.end].text] != nil || currencies[tokens[second.end].text] != nil { return nil }
            return made("date", Double(month * 32 + second.day), Double(month * 32 + second.day), start..<second.end, tokens, scalars)
        }
        return nil
    }

    /// One of the pack's ordinal words starting at `index` ("second", "twenty eighth"), all
    /// in one clause: its number and the token after it.
    private func ordinalWord(at index: Int, _ tokens: [Token]) -> (Int, Int)? {
        guard let candidates = ordinals[tokens[index].text] else { return nil }
        for (phrase, n) in candidates where index + phrase.count <= tokens.count {
            var all = true
            for (k, word) in phrase.enumerated() where tokens[index + k].text != word || (k > 0 && tokens[index + k].clauseBreakBefore) {
                all = false
                break
            }
            if all { return (n, index + phrase.count) }
        }
        return nil
    }

    /// "PAY-20417", "KX-20931": letters, a hyphen, digits, written together.
    private func reference(at start: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> StatedValue? {
        guard start + 1 < tokens.count, tokens[start].text.count >= 2, tokens[start].text.allSatisfy(\.isLetter),
              tokens[start + 1].isNumber, tokens[start].end + 1 == tokens[start + 1].start,
              scalars.indices.contains(tokens[start].end), "-–".unicodeScalars.contains(scalars[tokens[start].end]),
              let number = Self.number(tokens[start + 1].text), number.suffix == nil else { return nil }
        return made("ref:" + tokens[start].text.uppercased(), number.value, number.value, start..<(start + 2), tokens, scalars)
    }

    /// Where a range's second end starts: after "to", "till", "-" (a range token), or a
    /// hyphen written between two times ("8am-1pm").
    private func rangeEnd(after end: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Int? {
        if tokens[end].text == Tokenizer.rangeToken, end + 1 < tokens.count { return end + 1 }
        let gap = tokens[end - 1].end
        if tokens[end].start == gap + 1, scalars.indices.contains(gap), "-–".unicodeScalars.contains(scalars[gap]) { return end }
        return nil
    }

    /// A time of day at `index`: "8am", "8 am", "8:30", "13:00", "8:30pm", «۸ صبح».
    private func clock(at index: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar])
        -> (minutes: Double, end: Int, hasPart: Bool, part: Double?, hasColon: Bool)? {
        guard let number = Self.number(tokens[index].text), number.value == number.value.rounded(), number.value <= 24 else { return nil }
        var hour = number.value, minute = 0.0, end = index + 1, hasColon = false
        var part: Double? = number.suffix.flatMap { dayParts[$0] }
        if number.suffix != nil, part == nil { return nil }
        if part == nil, end < tokens.count, tokens[index].end + 1 == tokens[end].start,
           scalars.indices.contains(tokens[index].end), scalars[tokens[index].end] == ":",
           let minutes = Self.number(tokens[end].text), minutes.value < 60 {
            minute = minutes.value
            hasColon = true
            part = minutes.suffix.flatMap { dayParts[$0] }
            end += 1
        }
        if part == nil, end < tokens.count, !tokens[end].sentenceBreakBefore, let p = dayParts[tokens[end].text] {
            part = p
            end += 1
        }
        if let p = part {
            guard hour >= 1, hour <= 12 else { return nil }
            hour = hour.truncatingRemainder(dividingBy: 12) + p
        }
        return (hour * 60 + minute, end, part != nil, part, hasColon)
    }
}
