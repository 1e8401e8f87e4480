/// A word a pattern cannot match without: one of these words must be in the reply for the
/// pattern to match there at all. The phrase automaton starts no thread for a phrase whose
/// required words the reply lacks (most replies have none of most phrases' key words, while
/// the words phrases begin with — "i", "you", "that" — are in nearly every reply).
extension PatternNode {
    /// The alternatives of one element every match must read, chosen to be as rare as the
    /// pattern allows (its longest words); nil when no element is made of plain words only
    /// (a prefix wildcard `frustrat*` is not a word a reply can be checked for in advance).
    /// A word may be listed more than once.
    var requiredWords: [String]? {
        guard let chosen = required() else { return nil }
        var words: [String] = []
        chosen.node.collectWords(into: &words)
        return words
    }

    /// The element every match reads that was chosen, with its words' shortest and total
    /// length in bytes and their number (words are collected only for the one chosen).
    private struct Candidate {
        var node: PatternNode
        var shortest: Int
        var total: Int
        var count: Int

        /// Longer words are rarer: the shortest alternative decides, then the average
        /// length; a later element wins a tie (a phrase's last words are usually its own).
        func isRarer(than other: Candidate) -> Bool {
            if shortest != other.shortest { return shortest > other.shortest }
            return total * other.count >= other.total * count
        }
    }

    private func required() -> Candidate? {
        switch self {
        case .word(let word):
            return Candidate(node: self, shortest: word.utf8.count, total: word.utf8.count, count: 1)
        case .prefix, .gap, .optional, .sentenceStart:
            return nil
        case .alternatives(let options):
            var result = Candidate(node: self, shortest: .max, total: 0, count: 0)
            for option in options {
                guard let required = option.required() else { return nil }
                result.shortest = min(result.shortest, required.shortest)
                result.total += required.total
                result.count += required.count
            }
            return result.count == 0 ? nil : result
        case .sequence(let items):
            var best: Candidate?
            for item in items {
                guard let candidate = item.required() else { continue }
                if best.map({ candidate.isRarer(than: $0) }) ?? true { best = candidate }
            }
            return best
        }
    }

    /// The words of a chosen element (`required()` is not nil for it).
    private func collectWords(into words: inout [String]) {
        switch self {
        case .word(let word): words.append(word)
        case .alternatives(let options):
            for option in options { option.required()?.node.collectWords(into: &words) }
        case .sequence:
            required()?.node.collectWords(into: &words)
        case .prefix, .gap, .optional, .sentenceStart: break
        }
    }
}
