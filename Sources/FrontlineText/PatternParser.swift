/// Recursive descent over pattern lexemes.
struct PatternParser {
    let lexemes: [PatternLexeme]
    let tokenizer: Tokenizer
    var position = 0

    init(lexemes: [PatternLexeme], tokenizer: Tokenizer) {
        self.lexemes = lexemes
        self.tokenizer = tokenizer
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
                let words = tokenizer.tokenize(text).map { PatternNode.word($0.text) }
                items.append(contentsOf: words)
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
