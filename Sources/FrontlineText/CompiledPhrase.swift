/// A phrase pattern compiled to a small Thompson automaton over tokens. `PhraseMatcher`
/// runs many of them together (see `PhraseAutomaton`); matching keeps a set of states, so
/// its cost is bounded by tokens × states: no backtracking.
public struct CompiledPhrase: Hashable, Sendable {
    enum State: Hashable, Sendable {
        case literal(String, next: Int)
        case prefix(String, next: Int)
        case any(next: Int)
        case split(Int, Int)
        case accept
    }

    let states: [State]
    let start: Int
    /// The pattern began with `^`: a match must start a sentence.
    let anchored: Bool
    /// One of these words is read by every match (`PatternNode.requiredWords`); nil: none known.
    let requiredWords: [String]?

    public init(_ node: PatternNode) {
        var builder = Builder()
        let accept = builder.add(.accept)
        start = builder.compile(node, then: accept)
        states = builder.states
        if case .sequence(let items) = node, items.first == .sentenceStart { anchored = true } else { anchored = false }
        requiredWords = node.requiredWords
    }

    /// The phrase's words that are negators to `tokenizer` ("not", "never", "no"): the
    /// phrase is about the negated thing ("can't promise today", "in no time"). Only these,
    /// inside a match, are the phrase's own; another negator a gap let in ("refunds aren't
    /// instant" over `{refund} ** {instant}`) still negates the match.
    package func negatorWords(_ tokenizer: Tokenizer) -> Set<String> {
        var words = Set<String>()
        for state in states {
            if case .literal(let word, _) = state, tokenizer.holdsNegator(word) { words.insert(word) }
        }
        return words
    }

    /// The words and prefixes a match can start with (for the matcher's index).
    var firstSteps: (words: Set<String>, prefixes: Set<String>) {
        var words = Set<String>(), prefixes = Set<String>()
        for state in closure(of: [start]) {
            switch states[state] {
            case .literal(let w, _): words.insert(w)
            case .prefix(let p, _): prefixes.insert(p)
            default: break
            }
        }
        return (words, prefixes)
    }

    /// The non-split states reachable from `seeds` without reading a token.
    func closure(of seeds: [Int]) -> [Int] {
        // Most seeds are a word's state, which is its own closure.
        if seeds.count == 1 {
            if case .split = states[seeds[0]] {} else { return seeds }
        }
        // A flag per state, not a Set: this runs for every state of every phrase while the
        // rubrics are compiled at start-up, and hashing made it a tenth of `grade`'s start.
        var seen = [Bool](repeating: false, count: states.count)
        var stack = seeds
        stack.reserveCapacity(states.count)
        var result: [Int] = []
        result.reserveCapacity(min(states.count, 16))
        while let state = stack.popLast() {
            guard !seen[state] else { continue }
            seen[state] = true
            if case .split(let a, let b) = states[state] {
                stack.append(a)
                stack.append(b)
            } else {
                result.append(state)
            }
        }
        return result
    }

    private struct Builder {
        var states: [State] = []

        mutating func add(_ state: State) -> Int {
            states.append(state)
            return states.count - 1
        }

        /// Compiles `node` so that it continues to `then`; returns the entry state.
        mutating func compile(_ node: PatternNode, then: Int) -> Int {
            switch node {
            case .sentenceStart:
                return then
            case .word(let word):
                return add(.literal(word, next: then))
            case .prefix(let stem):
                return add(.prefix(stem, next: then))
            case .gap(let max):
                var entry = then
                for _ in 0..<max {
                    let any = add(.any(next: entry))
                    entry = add(.split(any, then))
                }
                return entry
            case .sequence(let items):
                var entry = then
                for item in items.reversed() { entry = compile(item, then: entry) }
                return entry
            case .alternatives(let options):
                var entries = options.map { compile($0, then: then) }
                var entry = entries.removeLast()
                for other in entries.reversed() { entry = add(.split(other, entry)) }
                return entry
            case .optional(let inner):
                let body = compile(inner, then: then)
                return add(.split(body, then))
            }
        }
    }
}
