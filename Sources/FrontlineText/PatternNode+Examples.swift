/// A pattern said back to a person as a few of the phrasings it accepts: feedback that
/// quoted `(changed|updated|(new|different) (bank|account))` taught pattern syntax, not
/// what to say.
extension PatternNode {
    /// Up to `limit` phrasings the pattern accepts, in its own order: the first group of
    /// alternatives gives one phrasing per alternative, every other group its first;
    /// optional words are left out, a gap is "…" and a word's beginning (`refund*`) ends
    /// with "…". Words are as the pattern was read (lower case, contractions expanded).
    public func examples(limit: Int = 3) -> [String] {
        var found: [String] = []
        for choice in 0..<(firstAlternatives ?? 1) where found.count < limit {
            var words: [String] = []
            var first = true
            spell(choosing: choice, first: &first, into: &words)
            let phrase = words.joined(separator: " ")
            if !phrase.isEmpty && !found.contains(phrase) { found.append(phrase) }
        }
        return found
    }

    /// How many alternatives the first group spelled has (nil: none is spelled). A word's
    /// forms are not a group to vary: "refund" reads as "refund", not "refund / refunds /
    /// refunded".
    private var firstAlternatives: Int? {
        switch self {
        case .sentenceStart, .word, .prefix, .gap, .optional: nil
        case .sequence(let items): items.lazy.compactMap(\.firstAlternatives).first
        case .alternatives(let options): isWordForms ? nil : options.count
        }
    }

    /// Alternatives that are one word's forms, as parsing a pattern word gives them
    /// (`word_endings`: "app", "apps", "apped"): single words all beginning with the first
    /// one's stem (it less up to two letters, at least three).
    var isWordForms: Bool {
        guard case .alternatives(let options) = self, options.count > 1, case .word(let first) = options[0] else { return false }
        let stem = first.prefix(max(3, first.count - 2))
        return options.allSatisfy { option in
            if case .word(let word) = option { return word.hasPrefix(stem) }
            return false
        }
    }

    /// Appends the words of one phrasing: the first group of alternatives met (while
    /// `first`) takes alternative `choice`, every other group its first.
    private func spell(choosing choice: Int, first: inout Bool, into words: inout [String]) {
        switch self {
        case .sentenceStart, .optional:
            break
        case .word(let word):
            words.append(word)
        case .prefix(let stem):
            words.append(stem + "…")
        case .gap:
            if words.last != "…" { words.append("…") }
        case .sequence(let items):
            for item in items { item.spell(choosing: choice, first: &first, into: &words) }
        case .alternatives(let options):
            guard !options.isEmpty else { return }
            if isWordForms {
                options[0].spell(choosing: choice, first: &first, into: &words)
                return
            }
            let chosen = first ? min(choice, options.count - 1) : 0
            first = false
            options[chosen].spell(choosing: choice, first: &first, into: &words)
        }
    }
}
