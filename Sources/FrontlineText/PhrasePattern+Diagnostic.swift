import FrontlineModel

extension PhrasePattern {
    /// A phrase as written in a file, parsed; one that does not parse is a diagnostic
    /// located at the offending place in the pattern (FL0020, or FL0028 when too large).
    public static func parse(_ phrase: Phrase, tokenizer: Tokenizer) -> Result<PatternNode, Diagnostic> {
        do {
            return .success(try parse(phrase.pattern, tokenizer: tokenizer))
        } catch {
            var location = phrase.location
            location?.column += error.offset
            return .failure(.error(error.isTooLarge ? .patternTooLarge : .badPattern,
                                   "in phrase '\(phrase.pattern.excerpt())': \(error.message)", at: location))
        }
    }
}
