/// One entry of a language pack's list of single words ("negators", "negation_reach"…),
/// with where it is written: the grader reads these lists a word at a time, so an entry it
/// reads as several words ("no longer", or "can't" where a token is wanted) does nothing,
/// and `frontline check` says so at the entry (FL0041).
public struct WordListEntry: Hashable, Sendable {
    /// How the grader reads the entries of a list.
    public enum Reading: Hashable, Sendable {
        /// As one word looked up whole before the reply is split into tokens ("negators":
        /// "never"; "don't" too, since it is looked up before its expansion).
        case word
        /// As the one token the tokenizer makes of it ("negation_reach": "promise"):
        /// "can't" is two tokens ("can", "not") and never one.
        case token
        /// As the tokens the tokenizer makes of it, one or more ("conditionals": "if", "as
        /// soon as"): an entry that makes none never matches.
        case tokens
    }

    /// The list's key in language.yaml ("negation_reach"; "numbers_after 'ساعت'" for a nested one).
    public var key: String
    public var text: String
    public var reading: Reading
    public var location: SourceLocation?

    public init(key: String, text: String, reading: Reading, location: SourceLocation?) {
        self.key = key
        self.text = text
        self.reading = reading
        self.location = location
    }
}
