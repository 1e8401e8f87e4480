/// Many compiled phrases, indexed by the words they can start with, matched against a
/// reply in one pass: each token looks up only the phrases that can start there, and
/// every phrase runs on one shared, table-driven automaton (`PhraseAutomaton`).
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

    /// The automaton sits in a box so that matching, which reads it for every reply,
    /// never copies its tables (copying the struct retains every one of its arrays). The
    /// box's automaton is a `let`: reading a class's `var` for a call copied the struct
    /// out of the box for every reply; a `let` is borrowed in place.
    private final class Box: Sendable {
        let automaton: PhraseAutomaton
        init(_ automaton: PhraseAutomaton) { self.automaton = automaton }
        static let empty = Box(PhraseAutomaton())
    }
    private var box = Box.empty

    private var automaton: PhraseAutomaton {
        get { box.automaton }
        _modify {
            // Take the tables out of the box (so that it holds the only references and
            // adding to them does not copy them), change them, and box them again.
            var automaton = box.automaton
            box = Box.empty
            yield &automaton
            box = Box(automaton)
        }
    }
    /// Per automaton phrase: the caller's key and phrase index.
    private var keys: [(key: Int, phrase: Int)] = []

    public init() {}

    public mutating func add(_ compiled: CompiledPhrase, key: Int, phrase: Int) {
        automaton.add(compiled)
        keys.append((key, phrase))
    }

    /// `add`, noting whether the phrase itself names a negator ("can't promise", "no
    /// need to"): see `namesNegator(key:phrase:)`.
    package mutating func add(_ compiled: CompiledPhrase, key: Int, phrase: Int, namesNegator: Bool) {
        add(compiled, key: key, phrase: phrase)
        if namesNegator { negatorPhrases.insert(Self.slot(key, phrase)) }
    }

    /// The phrases added with `namesNegator`, by `slot(key, phrase)`.
    private var negatorPhrases: Set<Int64> = []
    private static func slot(_ key: Int, _ phrase: Int) -> Int64 { Int64(key) << 32 | Int64(phrase) }

    /// Whether the phrase under `key` and `phrase` names a negator itself: a negator the
    /// pattern asks for is part of what it means; any other negator inside a match (one a
    /// gap or wildcard let in: "the fee * refunded" over "the fee can't be refunded")
    /// negates it.
    package func namesNegator(key: Int, phrase: Int) -> Bool {
        !negatorPhrases.isEmpty && negatorPhrases.contains(Self.slot(key, phrase))
    }

    public var count: Int { keys.count }

    /// Builds the matching tables once all phrases are added. Matching works without it,
    /// but then every `matches(in:)` call builds them again.
    public mutating func prepare() {
        if !automaton.isFlat { automaton.flatten() }
    }

    /// The words of every literal, by id: bind a tokenizer to it (`Tokenizer.binding`)
    /// and pass its tokens to `matches(inBound:)` to skip looking each token up again.
    package var vocabulary: WordTable { box.automaton.vocabulary }

    /// `matches(in:)` for tokens of a tokenizer bound to this matcher's `vocabulary` (after
    /// the last `add`): their word ids are used as they are.
    package func matches(inBound tokens: [Token]) -> [Match] {
        matches(in: tokens, bound: true)
    }

    /// Every match, leftmost first; at each start the shortest match of each phrase.
    public func matches(in tokens: [Token]) -> [Match] {
        matches(in: tokens, bound: false)
    }

    private func matches(in tokens: [Token], bound: Bool) -> [Match] {
        guard !tokens.isEmpty, !keys.isEmpty else { return [] }
        guard automaton.isFlat else {
            var prepared = self
            prepared.prepare()
            return prepared.matches(in: tokens, bound: bound)
        }
        var found = box.automaton.run(tokens, bound: bound)
        found.sort { $0.start != $1.start ? $0.start < $1.start : $0.phrase < $1.phrase }
        return found.map { match in
            let (key, phrase) = keys[Int(match.phrase)]
            return Match(key: key, phrase: phrase, startToken: Int(match.start), endToken: Int(match.end))
        }
    }
}
