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
}
