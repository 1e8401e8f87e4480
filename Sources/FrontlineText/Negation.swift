/// Negation scope: "I don't understand why you're upset" is not an acknowledgement.
public enum Negation {
    /// The negator that governs a match starting at `start`, if any: one of the
    /// `window` words before it in the same clause (a clause break or a clause-break
    /// word such as "but" ends the scope).
    public static func negator(before start: Int, in tokens: [Token], window: Int = 4) -> Token? {
        var index = start
        var seen = 0
        while index > 0, seen < window {
            if tokens[index].clauseBreakBefore { return nil }
            index -= 1
            let token = tokens[index]
            if token.isNegator { return token }
            if !token.isIntensifier { seen += 1 }
        }
        return nil
    }
}
