import FrontlineModel

extension String {
    /// "; did you mean 'x'?" when something is close, else `otherwise`.
    public func didYouMean<S: Sequence>(_ candidates: S, otherwise: String) -> String where S.Element == String {
        let hint = didYouMean(candidates)
        return hint.isEmpty ? otherwise : hint
    }
}
