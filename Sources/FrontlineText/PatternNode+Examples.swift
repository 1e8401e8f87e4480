import FrontlineModel

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
    /// (`word_endings`: "app", "apps", "apped") or as an author lists them ("nākamais",
    /// "nākamajā", "nākamo"): single words all beginning with the first one's stem (it less
    /// up to three letters, at least three).
    var isWordForms: Bool {
        guard case .alternatives(let options) = self, options.count > 1, case .word(let first) = options[0] else { return false }
        let stem = first.prefix(max(3, first.count - 3))
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

extension PhrasePattern {
    /// Up to `limit` phrasings `pattern` accepts, spelled as its author wrote them (letters,
    /// diacritics and case kept: "nākamais rēķins", not the folded "nakamais rekins" that
    /// matching reads), for feedback. A concept stands for its first phrase (`concepts`:
    /// the language's, by name). Empty when the pattern is not well formed.
    public static func examples(of pattern: String, concepts: [String: [Phrase]], limit: Int = 3) -> [String] {
        var reader = Spelling(lexemes: PatternLexer.lex(pattern), concepts: concepts, depth: 0)
        guard let node = reader.sequence(), reader.position == reader.lexemes.count else { return [] }
        return node.examples(limit: limit)
    }

    /// The pattern's structure with its words as written (no tokenizer: nothing folded,
    /// expanded or given its forms).
    private struct Spelling {
        let lexemes: [PatternLexeme]
        let concepts: [String: [Phrase]]
        let depth: Int
        var position = 0

        init(lexemes: [PatternLexeme], concepts: [String: [Phrase]], depth: Int) {
            self.lexemes = lexemes
            self.concepts = concepts
            self.depth = depth
        }

        mutating func sequence() -> PatternNode? {
            var items: [PatternNode] = []
            while position < lexemes.count {
                switch lexemes[position].kind {
                case .close, .closeOptional, .bar:
                    return Self.node(items)
                case .text(let text):
                    position += 1
                    items += text.split(whereSeparator: \.isWhitespace).map { .word(String($0)) }
                case .prefix(let stem):
                    position += 1
                    items.append(.prefix(stem))
                case .gap(let max):
                    position += 1
                    items.append(.gap(max: max))
                case .sentenceStart:
                    position += 1
                case .concept(let name):
                    position += 1
                    guard depth < PatternParser.conceptDepth, let first = concepts[name]?.first else { return nil }
                    var inner = Spelling(lexemes: PatternLexer.lex(first.pattern), concepts: concepts, depth: depth + 1)
                    guard let node = inner.sequence(), inner.position == inner.lexemes.count else { return nil }
                    items.append(node)
                case .open, .openOptional:
                    let optional = lexemes[position].kind == .openOptional
                    position += 1
                    var options: [PatternNode] = []
                    while true {
                        guard let option = sequence() else { return nil }
                        options.append(option)
                        guard position < lexemes.count else { return nil }
                        let kind = lexemes[position].kind
                        position += 1
                        if kind == .bar { continue }
                        guard kind == (optional ? .closeOptional : .close) else { return nil }
                        break
                    }
                    let group: PatternNode = options.count == 1 ? options[0] : .alternatives(options)
                    items.append(optional ? .optional(group) : group)
                }
            }
            return Self.node(items)
        }

        /// One item stands for itself (a group's option of one word is that word).
        static func node(_ items: [PatternNode]) -> PatternNode { items.count == 1 ? items[0] : .sequence(items) }
    }
}
