/// Fixed phrases given as token texts (a language pack's corrections, retractions…) looked
/// for in a run of tokens.
extension Array where Element == Token {
    /// Whether one of `phrases` starts at token `start` and ends by `limit`.
    func startsPhrase(_ phrases: [[String]], at start: Int, before limit: Int? = nil) -> Bool {
        let limit = Swift.min(limit ?? count, count)
        return phrases.contains { phrase in
            start + phrase.count <= limit && phrase.indices.allSatisfy { self[start + $0].text == phrase[$0] }
        }
    }

    /// Whether one of `phrases` lies wholly inside `range`.
    func holdsPhrase(_ phrases: [[String]], in range: Range<Int>) -> Bool {
        range.contains { startsPhrase(phrases, at: $0, before: range.upperBound) }
    }
}
