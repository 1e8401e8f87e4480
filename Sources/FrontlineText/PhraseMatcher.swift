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
    /// Per phrase added, in the order added: the caller's key and phrase index.
    private var keys: [(key: Int, phrase: Int)] = []
    /// Per automaton phrase: the phrases added (indices into `keys`) that it stands for.
    /// A phrase added again under another key — a concept such as `{been-there}` read by
    /// two criteria — is one automaton phrase: compiled once, run once per reply (the
    /// copies were an eighth of the automaton's states).
    private var owners: [[Int32]] = []
    /// Whether some automaton phrase stands for more than one phrase added.
    private var shared = false
    /// The automaton phrase of each pattern added with its `source` (while adding).
    private var sourceIndex: [String: Int32] = [:]

    public init() {}

    public mutating func add(_ compiled: CompiledPhrase, key: Int, phrase: Int) {
        add(compiled, key: key, phrase: phrase, source: nil)
    }

    /// `add`; a phrase whose `source` (its pattern, compiled with the same tokenizer) was
    /// added before is not compiled into the automaton again but shares that phrase.
    package mutating func add(_ compiled: CompiledPhrase, key: Int, phrase: Int, source: String?) {
        let added = Int32(keys.count)
        keys.append((key, phrase))
        if let source, let existing = sourceIndex[source] {
            owners[Int(existing)].append(added)
            shared = true
            return
        }
        if let source { sourceIndex[source] = Int32(owners.count) }
        owners.append([added])
        automaton.add(compiled)
    }

    /// `add`, noting the negators the phrase itself names ("can't promise", "no need
    /// to", "in no time"): see `negatorsNamed(key:phrase:)`.
    package mutating func add(_ compiled: CompiledPhrase, key: Int, phrase: Int, negators: Set<String>, source: String? = nil) {
        add(compiled, key: key, phrase: phrase, source: source)
        if !negators.isEmpty { negatorPhrases[Self.slot(key, phrase)] = negators }
    }

    /// The negator words of the phrases that name any, by `slot(key, phrase)`.
    private var negatorPhrases: [Int64: Set<String>] = [:]
    private static func slot(_ key: Int, _ phrase: Int) -> Int64 { Int64(key) << 32 | Int64(phrase) }

    /// The negators the phrase under `key` and `phrase` names itself: such a negator inside
    /// a match is part of what the pattern means; any other negator inside it (one a gap
    /// or wildcard let in: "the fee * refunded" over "the fee can't be refunded") negates it.
    package func negatorsNamed(key: Int, phrase: Int) -> Set<String> {
        negatorPhrases.isEmpty ? [] : negatorPhrases[Self.slot(key, phrase)] ?? []
    }

    public var count: Int { keys.count }

    /// Builds the matching tables once all phrases are added. Matching works without it,
    /// but then every `matches(in:)` call builds them again.
    public mutating func prepare() {
        if !automaton.isFlat { automaton.flatten() }
        sourceIndex = [:] // only adding reads it; a phrase added later is compiled anew
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
        if shared {
            // Each phrase added that a shared automaton phrase stands for, in the order
            // the phrases were added (the order every match had when each ran on its own).
            var expanded: [PhraseAutomaton.Found] = []
            expanded.reserveCapacity(found.count + 4)
            for match in found {
                for added in owners[Int(match.phrase)] { expanded.append((added, match.start, match.end)) }
            }
            found = expanded
        } // else each automaton phrase is the phrase added at the same index
        found.sort { $0.start != $1.start ? $0.start < $1.start : $0.phrase < $1.phrase }
        return found.map { match in
            let (key, phrase) = keys[Int(match.phrase)]
            return Match(key: key, phrase: phrase, startToken: Int(match.start), endToken: Int(match.end))
        }
    }
}
