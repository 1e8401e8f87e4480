/// A phrase pattern compiled to a small Thompson automaton over tokens. Matching keeps a
/// set of states, so its cost is bounded by tokens × states: no backtracking.
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

    public init(_ node: PatternNode) {
        var builder = Builder()
        let accept = builder.add(.accept)
        start = builder.compile(node, then: accept)
        states = builder.states
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

    /// The end (exclusive token index) of the shortest match starting at `from`, if any.
    func match(_ tokens: [Token], from: Int, maxLength: Int = 40) -> Int? {
        var current = closure(of: [start])
        var position = from
        let limit = min(tokens.count, from + maxLength)
        while position < limit {
            let token = tokens[position]
            var next: [Int] = []
            for state in current {
                switch states[state] {
                case .literal(let word, let to):
                    if token.text == word { next.append(to) } else if position > from, token.isIntensifier { next.append(state) }
                case .prefix(let stem, let to):
                    if token.text.hasPrefix(stem) { next.append(to) } else if position > from, token.isIntensifier { next.append(state) }
                case .any(let to):
                    if !token.sentenceBreakBefore { next.append(to) }
                case .split, .accept:
                    break
                }
            }
            if next.isEmpty { return nil }
            current = closure(of: next)
            position += 1
            if current.contains(where: { states[$0] == .accept }) { return position }
        }
        return nil
    }

    private func closure(of seeds: [Int]) -> [Int] {
        var seen = Set<Int>()
        var stack = seeds
        var result: [Int] = []
        while let state = stack.popLast() {
            guard seen.insert(state).inserted else { continue }
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
