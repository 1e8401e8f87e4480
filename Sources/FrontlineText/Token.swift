/// A word of a reply or pattern after normalisation, with where it stood in the
/// original text (Unicode code point offsets, end exclusive).
public struct Token: Hashable, Sendable {
    public var text: String
    public var start: Int
    public var end: Int
    public var isNumber: Bool
    /// Punctuation or a clause-break word stands between this token and the previous one.
    public var clauseBreakBefore: Bool
    /// A sentence ends between this token and the previous one; gaps do not cross it.
    public var sentenceBreakBefore: Bool
    public var isNegator: Bool
    public var isIntensifier: Bool
    /// The original spelling was mostly capital letters (for shouting and names).
    public var originalIsUppercase: Bool
    /// A clause-break word ("but"): the token after it starts a new clause.
    var breaksClause = false
    /// Set only by a tokenizer bound to a phrase vocabulary (`Tokenizer.binding`): the
    /// word's id in that vocabulary (-1: not in it), so the matcher need not hash the
    /// text again; `Token.unbound` otherwise. Not part of equality.
    package var word: Int32 = Token.unbound
    /// The first three UTF-8 bytes of `text` with their count (`PhraseAutomaton.key3`),
    /// when `word` is bound.
    package var key3: UInt32 = 0
    /// `text` is one of the bound tokenizer's stopwords (meaningful when `word` is bound).
    package var isStopword = false
    /// A content word for reflection (`Tokenizer.isContent`), when `word` is bound.
    package var isContentWord = false

    package static let unbound: Int32 = .min

    public init(text: String, start: Int, end: Int, isNumber: Bool = false, clauseBreakBefore: Bool = false, sentenceBreakBefore: Bool = false,
                isNegator: Bool = false, isIntensifier: Bool = false, originalIsUppercase: Bool = false) {
        self.text = text
        self.start = start
        self.end = end
        self.isNumber = isNumber
        self.clauseBreakBefore = clauseBreakBefore
        self.sentenceBreakBefore = sentenceBreakBefore
        self.isNegator = isNegator
        self.isIntensifier = isIntensifier
        self.originalIsUppercase = originalIsUppercase
    }

    public static func == (a: Token, b: Token) -> Bool {
        a.text == b.text && a.start == b.start && a.end == b.end && a.isNumber == b.isNumber
            && a.clauseBreakBefore == b.clauseBreakBefore && a.sentenceBreakBefore == b.sentenceBreakBefore
            && a.isNegator == b.isNegator && a.isIntensifier == b.isIntensifier
            && a.originalIsUppercase == b.originalIsUppercase && a.breaksClause == b.breaksClause
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(start)
        hasher.combine(end)
        hasher.combine(isNumber)
        hasher.combine(clauseBreakBefore)
        hasher.combine(sentenceBreakBefore)
        hasher.combine(isNegator)
        hasher.combine(isIntensifier)
        hasher.combine(originalIsUppercase)
        hasher.combine(breaksClause)
    }
}
