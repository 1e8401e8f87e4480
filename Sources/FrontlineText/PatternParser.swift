/// Recursive descent over pattern lexemes.
struct PatternParser {
    let lexemes: [PatternLexeme]
    let tokenizer: Tokenizer
    var position = 0
    /// The concepts being expanded around this pattern (to refuse one that uses itself).
    let expanding: [String]
    /// How deep concepts may use other concepts.
    static let conceptDepth = 6

    init(lexemes: [PatternLexeme], tokenizer: Tokenizer, expanding: [String] = []) {
        self.lexemes = lexemes
        self.tokenizer = tokenizer
        self.expanding = expanding
    }

    var peek: PatternLexeme? { position < lexemes.count ? lexemes[position] : nil }

    /// sequence := item*   (stops before `)`, `]`, `|` or the end)
    mutating func parseSequence() throws(PatternError) -> PatternNode {
        var items: [PatternNode] = []
        while let lexeme = peek {
            switch lexeme.kind {
            case .close, .closeOptional, .bar:
                return .sequence(items)
            case .text(let text):
                position += 1
                // "(back )?" read as words: the '?' vanished and "back" became required.
                if let mark = text.unicodeScalars.firstIndex(where: { $0 == "?" || $0 == "+" }) {
                    let at = lexeme.offset + text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: mark)
                    throw PatternError(message: "'\(text.unicodeScalars[mark])' is regular-expression syntax, not pattern syntax: "
                                       + "write '[word]' for words that may be left out, '(a|b)' for one of several", offset: at)
                }
                for token in tokenizer.tokenize(text) {
                    let forms = token.isNegator || token.isIntensifier || token.isNumber
                        ? [token.text] : tokenizer.wordForms.forms(of: token.text)
                    items.append(forms.count == 1 ? .word(forms[0]) : .alternatives(forms.map(PatternNode.word)))
                }
            case .concept(let name):
                position += 1
                items.append(try concept(name, at: lexeme.offset))
            case .prefix(let stem):
                position += 1
                let normalized = tokenizer.normalizeWord(stem)
                guard normalized.count >= 3 else {
                    throw PatternError(message: "a prefix wildcard needs at least 3 letters before '*' ('\(stem)*' would match too much)",
                                       offset: lexeme.offset)
                }
                items.append(.prefix(normalized))
            case .gap(let max):
                position += 1
                if case .gap = items.last {
                    throw PatternError(message: "two gaps in a row; write '**' for a longer gap", offset: lexeme.offset)
                }
                items.append(.gap(max: max))
            case .open:
                position += 1
                items.append(try parseGroup(opening: lexeme))
            case .openOptional:
                position += 1
                items.append(.optional(try parseGroup(opening: lexeme, closing: .closeOptional)))
            case .sentenceStart:
                throw PatternError(message: "'^' (start of a sentence) can only begin a pattern", offset: lexeme.offset)
            }
        }
        return .sequence(items)
    }

    /// `{name}`: the alternatives of the language's concept `name`, each parsed as a pattern.
    private func concept(_ name: String, at offset: Int) throws(PatternError) -> PatternNode {
        guard let phrases = tokenizer.concepts[name] else {
            let known = tokenizer.concepts.keys.sorted()
            let hint = known.isEmpty ? "; this language defines no concepts (language.yaml 'concepts:')"
                : (name.didYouMean(known).isEmpty ? "; see 'concepts:' in language.yaml" : name.didYouMean(known))
            throw PatternError(message: "unknown concept '{\(name)}'\(hint)", offset: offset)
        }
        guard !expanding.contains(name) else {
            throw PatternError(message: "concept '{\(name)}' uses itself (\((expanding + [name]).joined(separator: " → ")))", offset: offset)
        }
        guard expanding.count < Self.conceptDepth else {
            throw PatternError(message: "concepts nest more than \(Self.conceptDepth) deep at '{\(name)}'", offset: offset)
        }
        guard !phrases.isEmpty else { throw PatternError(message: "concept '{\(name)}' has no phrases", offset: offset) }
        var options: [PatternNode] = []
        for phrase in phrases {
            let lexemes = PatternLexer.lex(phrase.pattern)
            if lexemes.contains(where: { $0.kind == .sentenceStart }) {
                throw PatternError(message: "concept '{\(name)}' phrase '\(phrase.pattern)' cannot use '^'", offset: offset)
            }
            var parser = PatternParser(lexemes: lexemes, tokenizer: tokenizer, expanding: expanding + [name])
            let node: PatternNode
            do throws(PatternError) {
                node = try parser.parseSequence()
                if let extra = parser.peek {
                    throw PatternError(message: "unexpected '\(extra.symbol)' (no matching opening bracket)", offset: extra.offset)
                }
            } catch {
                throw PatternError(message: "in concept '{\(name)}' phrase '\(phrase.pattern)': \(error.message)", offset: offset)
            }
            guard node.containsWord else {
                throw PatternError(message: "concept '{\(name)}' phrase '\(phrase.pattern)' has no words", offset: offset)
            }
            if case .sequence(let items) = node, items.first?.isGap == true || items.last?.isGap == true {
                throw PatternError(message: "concept '{\(name)}' phrase '\(phrase.pattern)' cannot start or end with a gap", offset: offset)
            }
            options.append(node)
        }
        return options.count == 1 ? options[0] : .alternatives(options)
    }

    /// group := '(' sequence ('|' sequence)* ')'   or the same in '[' ']' (optional)
    private mutating func parseGroup(opening: PatternLexeme, closing: PatternLexeme.Kind = .close) throws(PatternError) -> PatternNode {
        let (open, close) = closing == .close ? ("(", ")") : ("[", "]")
        var options: [PatternNode] = []
        while true {
            let option = try parseSequence()
            guard option.containsWord else {
                throw PatternError(message: "an empty alternative in '\(open)…|…\(close)'", offset: peek?.offset ?? opening.offset)
            }
            options.append(option)
            switch peek?.kind {
            case .bar?:
                position += 1
            case let kind? where kind == closing:
                position += 1
                return options.count == 1 ? options[0] : .alternatives(options)
            default:
                throw PatternError(message: "'\(open)' is never closed with '\(close)'", offset: opening.offset)
            }
        }
    }
}

extension PatternNode {
    var isGap: Bool { if case .gap = self { true } else { false } }
}
