/// Named places as values: "the Daventry hub", "SwiftRoute's Daventry hub", "a depot in
/// Coventry". A name is a word written with a capital, not opening its sentence (where
/// every word has one), right before one of the language's place nouns or after the noun
/// and one of its `place_links` ("in", "at", "near"). Its value is the name; a name written with a capital right
/// before it in an expectation's value ("SwiftRoute's" Daventry hub) is another name the
/// place goes by ("the SwiftRoute hub" agrees), so only the place the reply names differs.
extension ValueReader {
    func place(at i: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> StatedValue? {
        guard !places.isEmpty else { return nil }
        // "Daventry hub"
        if i + 1 < tokens.count, places.contains(tokens[i + 1].text), !tokens[i + 1].sentenceBreakBefore, isName(i, tokens, scalars) {
            // "the SwiftRoute hub in Daventry": the place is Daventry, SwiftRoute another name of it
            if i + 3 < tokens.count, placeLinks.contains(tokens[i + 2].text), !tokens[i + 2].sentenceBreakBefore,
               !tokens[i + 3].sentenceBreakBefore, isName(i + 3, tokens, scalars) {
                return made([tokens[i + 3].text, tokens[i].text], i..<(i + 4), tokens, scalars)
            }
            var names = [tokens[i].text]
            if i > 0, !tokens[i].sentenceBreakBefore, startsWithCapital(i - 1, tokens, scalars) { names.append(tokens[i - 1].text) }
            return made(names, i..<(i + 2), tokens, scalars)
        }
        // "the hub in Daventry"
        if places.contains(tokens[i].text), i + 2 < tokens.count, placeLinks.contains(tokens[i + 1].text),
           !tokens[i + 1].sentenceBreakBefore, !tokens[i + 2].sentenceBreakBefore, isName(i + 2, tokens, scalars) {
            return made([tokens[i + 2].text], i..<(i + 3), tokens, scalars)
        }
        return nil
    }

    /// A word that starts with a capital letter, is not the first of its sentence, and is
    /// not a number.
    private func isName(_ i: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        i > 0 && !tokens[i].sentenceBreakBefore && startsWithCapital(i, tokens, scalars)
    }

    private func startsWithCapital(_ i: Int, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> Bool {
        guard !tokens[i].isNumber, scalars.indices.contains(tokens[i].start) else { return false }
        return scalars[tokens[i].start].properties.isUppercase && tokens[i].text.unicodeScalars.first?.properties.isAlphabetic == true
    }

    private func made(_ names: [String], _ range: Range<Int>, _ tokens: [Token], _ scalars: [Unicode.Scalar]) -> StatedValue {
        var value = StatedValue(quantity: "place", low: 0, high: 0, tokens: range)
        value.address = names.joined(separator: "|")
        value.text = Self.quote(scalars, from: tokens[range.lowerBound].start, to: tokens[range.upperBound - 1].end)
        return value
    }
}
