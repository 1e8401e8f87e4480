/// Many compiled phrases, indexed by the words they can start with, matched against a
/// reply in one pass: each token looks up only the phrases that can start there.
public struct PhraseMatcher: Sendable {
    /// One occurrence of a phrase in the tokens.
    public struct Match: Hashable, Sendable {
        /// The caller's key for the phrase (e.g. a criterion index).
        public var key: Int
        /// The phrase's index among those added under `key`.
        public var phrase: Int
        public var startToken: Int
        public var endToken: Int
    }

    private struct Entry: Sendable {
        var key: Int
        var phrase: Int
        var compiled: CompiledPhrase
    }

    private var entries: [Entry] = []
    private var byWord: [String: [Int]] = [:]
    private var byPrefixStem: [String: [(stem: String, entry: Int)]] = [:]

    public init() {}

    public mutating func add(_ compiled: CompiledPhrase, key: Int, phrase: Int) {
        let index = entries.count
        entries.append(Entry(key: key, phrase: phrase, compiled: compiled))
        let first = compiled.firstSteps
        for word in first.words { byWord[word, default: []].append(index) }
        for stem in first.prefixes { byPrefixStem[String(stem.prefix(3)), default: []].append((stem, index)) }
    }

    public var count: Int { entries.count }

    /// Every match, leftmost first; at each start the shortest match of each phrase.
    public func matches(in tokens: [Token]) -> [Match] {
        var result: [Match] = []
        for position in tokens.indices {
            let token = tokens[position]
            if let candidates = byWord[token.text] {
                for index in candidates { tryMatch(index, tokens, position, &result) }
            }
            if !byPrefixStem.isEmpty, let stems = byPrefixStem[String(token.text.prefix(3))] {
                for (stem, index) in stems where token.text.hasPrefix(stem) {
                    tryMatch(index, tokens, position, &result)
                }
            }
        }
        return result
    }

    private func tryMatch(_ index: Int, _ tokens: [Token], _ position: Int, _ result: inout [Match]) {
        let entry = entries[index]
        if let end = entry.compiled.match(tokens, from: position),
           !result.contains(where: { $0.key == entry.key && $0.phrase == entry.phrase && $0.startToken == position }) {
            result.append(Match(key: entry.key, phrase: entry.phrase, startToken: position, endToken: end))
        }
    }
}
