import Dispatch

/// Many compiled phrases flattened into one table-driven automaton over word ids, run
/// over a reply in a single pass (Thompson's construction, one thread per live state and
/// start position): no strings are compared and no phrase is tried on its own. A token
/// starts only the phrases whose first word it is; their second steps are precomputed.
/// Alternatives of single words that lead to the same place, such as
/// `(upset|annoyed|frustrat*)`, become one state that tests set membership.
struct PhraseAutomaton: Sendable {
    enum Kind: UInt8, Sendable { case literal, prefix, any, accept, set }

    /// Word ids of every literal in every phrase.
    private(set) var vocabulary = WordTable(capacity: 512)
    /// Stems of prefix wildcards, as UTF-8.
    private(set) var stems: [[UInt8]] = []
    private var stemIds: [String: Int32] = [:]

    private(set) var kinds: [Kind] = []
    /// Word id (literal), stem index (prefix) or set index (set).
    private(set) var arguments: [Int32] = []
    /// The phrase a state belongs to.
    private(set) var phraseOf: [Int32] = []
    /// For each state, the states after it read a token: `moves[range.0..<range.1]`.
    private(set) var moveRange: [(Int32, Int32)] = []
    private(set) var moves: [Int32] = []
    private(set) var anchored: [Bool] = []

    /// Set states: member words and member stems.
    /// Per phrase: word ids one of which every match reads (empty: none known).
    private(set) var requiredWords: [[Int32]] = []
    private(set) var setWordList: [[Int32]] = []
    private(set) var setStems: [[Int32]] = []

    /// What a phrase does with its first token: the states it moves to (`accepts` when the
    /// phrase is that one word).
    struct FirstStep: Sendable {
        var phrase: Int32
        var targets: [Int32]
        var accepts: Bool
    }
    /// First steps by word id, and by prefix stem.
    private(set) var firstByWord: [[FirstStep]] = []
    private var firstByStem: [[FirstStep]] = []
    /// Stems that start some phrase, by their first three bytes.
    private(set) var startingStems: [UInt32: [Int32]] = [:]
    /// For a first word: one-word phrases it completes, and where its other phrases go
    /// next, split into states that expect one known word (by that word) and the rest.
    /// Reading the second token is then a lookup instead of one thread per phrase.
    private(set) var oneWord: [[Int32]] = []
    /// Second steps that read one known word, as (first word, second word, state) in the
    /// order added; `flatten` groups them by word pair (a dictionary per first word cost
    /// more to build than the rest of `add`).
    private(set) var secondLiteral: [SecondPair] = []
    private(set) var secondOther: [[Int32]] = []
    /// The same, flattened for matching (rebuilt after every `add`): lists by word id as
    /// `list[start[w]..<start[w + 1]]`, second literal steps by (first word, second word).
    private var flat = Flat()

    struct Flat: Sendable {
        /// Where word w's lists start; they end where word w + 1's start. One record per
        /// word: three arrays of starts were three cache misses for most tokens.
        var wordStarts: [WordStarts] = [WordStarts(oneWord: 0, other: 0, all: 0)]
        /// Phrases of this one word; second steps other than literal pairs; all first steps' targets.
        var oneWord: [Int32] = [], other: [StateRef] = [], all: [StateRef] = []
        var pairs = PairIndex()
        var pairStates: [StateRef] = []
        /// Member words of each set (`SetMembers`): word ids of one set tend to be close
        /// together (a pattern's words enter the vocabulary together), so most sets are a
        /// bitset over just their own range; one bitset per set over the whole vocabulary
        /// made every membership test a cache miss in megabytes of bits.
        var sets: [SetMembers] = []
        /// The sets' bitsets and sorted member lists (see `SetMembers`).
        var setWords: [UInt64] = []
        var setSorted: [Int32] = []
        /// Whether set `i` also holds stems (`setStems`): most hold words only.
        var setHasStems: [Bool] = []
        /// A bit per hashed (set, word) of the sorted sets' members, and per (first word,
        /// second word) of `pairs`: nine tests in ten of a sorted set, and seven lookups in
        /// ten of a pair, find nothing, and the bit says so without a binary search.
        var memberFilter: [UInt64] = Array(repeating: 0, count: Flat.pairBits >> 6)
        var pairFilter: [UInt64] = Array(repeating: 0, count: Flat.pairBits >> 6)
        /// The phrases that require word `w` (`requiredBy[requiredStart[w]..<requiredStart[w + 1]]`),
        /// and a bit per phrase that requires none: a reply makes a phrase possible by holding
        /// one of its required words (see `PatternNode.requiredWords`).
        var requiredStart: [Int32] = [0]
        var requiredBy: [Int32] = []
        var alwaysPossible: [UInt64] = []
        /// A bit per hashed `key3` of the stems that start phrases: most tokens start none,
        /// and this rules them out without a dictionary lookup.
        var stemFilter: [UInt64] = Array(repeating: 0, count: 128)
        /// What `run` reads of each state, in one place: as separate arrays (kind, argument,
        /// phrase, moves, whether the phrase is anchored) each state cost up to five cache misses.
        var states: [State] = []
        /// `moves` with the accept state written as -1 (so `advance` need not look it up).
        var moves: [Int32] = []
        /// The phrase of each state.
        var statePhrase: [Int32] = []

        @inline(__always)
        static func filterBit(_ key: UInt32) -> Int { Int((key &* 0x9E37_79B1) >> 19) }

        /// Bits of `memberFilter` and `pairFilter` (16 KB each).
        static let pairBits = 1 << 17
        @inline(__always)
        static func pairBit(_ a: Int32, _ b: Int32) -> Int {
            Int((((UInt32(bitPattern: a) &* 0x9E37_79B1) ^ (UInt32(bitPattern: b) &* 0x85EB_CA77)) &* 0xC2B2_AE3D) >> 15)
        }
    }

    /// A state with its phrase beside it: most second steps a reply's words offer belong to
    /// phrases the reply cannot match (`possible`), and reading the phrase from the state
    /// itself cost a cache miss each (two thirds of the states looked at were skipped).
    struct StateRef: Sendable {
        var state: Int32
        var phrase: Int32
    }

    var phraseCount: Int { anchored.count }

    /// Where a set's member words are: ids `low..<low + 64 × count` as a bitset at
    /// `setWords[offset...]` (`count` > 0), or sorted at `setSorted[offset..<offset - count]`.
    struct SetMembers: Sendable {
        var low: Int32
        var count: Int32
        var offset: Int32

        /// A range of at most this many 64-bit words (4 cache lines) is kept as a bitset.
        static let bitsetWords = 32
    }

    /// A second step that reads one known word (see `secondLiteral`).
    struct SecondPair: Sendable {
        var first: Int32
        var second: Int32
        var state: Int32
    }

    /// Sets of at most this many words are looked up as (first, second) word pairs.
    static let pairedSetLimit = 12
    /// A larger set after a phrase's first word is looked up as pairs too while the pairs
    /// it makes, one per first word and member, stay this few: as threads, the sets of
    /// phrases such as "i [adverb] (forty verbs)" were each tested on every "i" of a reply.
    static let pairBudget = 2048

    /// Whether a second-step set of `members` words, in a phrase with `firstWords` first
    /// words, becomes word pairs.
    static func pairsSet(members: Int, firstWords: Int) -> Bool {
        members <= pairedSetLimit || members * firstWords <= pairBudget
    }

    /// A state as `run` reads it (see `Flat.states`).
    struct WordStarts: Sendable {
        var oneWord: Int32
        var other: Int32
        var all: Int32
    }

    /// Sixteen bytes, so that none straddles two cache lines; its phrase, needed only when
    /// a match ends, is in `Flat.statePhrase` (at twenty bytes, every fifth state read
    /// touched two lines).
    struct State: Sendable {
        var kind: Kind
        /// Its phrase must start a sentence.
        var anchored: Bool
        /// Word id (literal), stem index (prefix) or set index (set).
        var argument: Int32
        /// Where its moves are in `Flat.moves` (`moveStart..<moveEnd`); with `moveEnd`
        /// `oneMove`, `moveStart` is the one target itself (four states in five have one:
        /// reading it from `moves` was a cache miss of its own).
        var moveStart: Int32
        var moveEnd: Int32

        static let oneMove = Int32.min
    }

    /// Adds a phrase; returns its index.
    @discardableResult
    mutating func add(_ phrase: CompiledPhrase) -> Int {
        let index = Int32(anchored.count)
        anchored.append(phrase.anchored)
        requiredWords.append((phrase.requiredWords ?? []).map { vocabulary.insert($0) })
        var global = [Int32](repeating: -1, count: phrase.states.count)
        for (local, state) in phrase.states.enumerated() {
            switch state {
            case .literal(let word, _): global[local] = newState(.literal, vocabulary.insert(word), index)
            case .prefix(let stem, _): global[local] = newState(.prefix, stemId(stem), index)
            case .any: global[local] = newState(.any, 0, index)
            case .accept: global[local] = newState(.accept, 0, index)
            case .split: continue
            }
        }
        var sets: [[Int]: Int32] = [:]
        // The alternatives of a group all lead to the same state: its targets are worked
        // out once (collapsing a closure again gives the same states, found in `sets`).
        // A phrase with many word forms spent most of its start-up here.
        var targetsOf = [[Int32]?](repeating: nil, count: phrase.states.count)
        for (local, state) in phrase.states.enumerated() {
            switch state {
            case .literal(_, let to), .prefix(_, let to), .any(let to):
                setMoves(global[local], targets(to, phrase, index, global, &sets, &targetsOf))
            case .accept, .split:
                continue
            }
        }
        // First steps: group the start states' moves by the word (or stem) they read.
        var byWord: [Int32: [Int32]] = [:], byStem: [Int32: [Int32]] = [:]
        for local in phrase.closure(of: [phrase.start]) {
            let s = Int(global[local])
            let targets = Array(moves[Int(moveRange[s].0)..<Int(moveRange[s].1)])
            switch kinds[s] {
            case .literal: byWord[arguments[s], default: []].append(contentsOf: targets)
            case .prefix: byStem[arguments[s], default: []].append(contentsOf: targets)
            case .any, .accept, .set: break
            }
        }
        for (word, targets) in byWord.sorted(by: { $0.key < $1.key }) {
            let w = Int(word)
            while firstByWord.count <= w {
                firstByWord.append([]); oneWord.append([]); secondOther.append([])
            }
            let first = step(index, targets)
            firstByWord[w].append(first)
            if first.accepts { oneWord[w].append(index); continue }
            for target in first.targets {
                let t = Int(target)
                if kinds[t] == .literal {
                    secondLiteral.append(SecondPair(first: word, second: arguments[t], state: target))
                } else if kinds[t] == .set && setStems[Int(arguments[t])].isEmpty
                            && Self.pairsSet(members: setWordList[Int(arguments[t])].count, firstWords: byWord.count) {
                    // A set becomes a pair per member while the pairs stay few: after a
                    // first word with many forms, a large set (another word's forms) stays
                    // one thread, or the pairs would grow as forms × forms.
                    for member in setWordList[Int(arguments[t])] {
                        secondLiteral.append(SecondPair(first: word, second: member, state: target))
                    }
                } else {
                    secondOther[w].append(target)
                }
            }
        }
        isFlat = false
        for (stem, targets) in byStem.sorted(by: { $0.key < $1.key }) {
            while firstByStem.count <= Int(stem) { firstByStem.append([]) }
            if firstByStem[Int(stem)].isEmpty {
                startingStems[Self.key3(stems[Int(stem)]), default: []].append(stem)
            }
            firstByStem[Int(stem)].append(step(index, targets))
        }
        return Int(index)
    }

    private mutating func newState(_ kind: Kind, _ argument: Int32, _ phrase: Int32) -> Int32 {
        kinds.append(kind)
        arguments.append(argument)
        phraseOf.append(phrase)
        moveRange.append((0, 0))
        return Int32(kinds.count - 1)
    }

    private mutating func setMoves(_ state: Int32, _ targets: [Int32]) {
        let start = Int32(moves.count)
        moves.append(contentsOf: targets)
        moveRange[Int(state)] = (start, Int32(moves.count))
    }

    /// The global states after reading into local state `to`, worked out once per `to`.
    private mutating func targets(_ to: Int, _ phrase: CompiledPhrase, _ index: Int32, _ global: [Int32],
                                  _ sets: inout [[Int]: Int32], _ targetsOf: inout [[Int32]?]) -> [Int32] {
        if let known = targetsOf[to] { return known }
        let targets = collapse(phrase.closure(of: [to]), phrase, index, global, &sets, &targetsOf)
        targetsOf[to] = targets
        return targets
    }

    /// The global states for a closure of local states: words and stems that continue to
    /// the same state are merged into one set state.
    private mutating func collapse(_ locals: [Int], _ phrase: CompiledPhrase, _ index: Int32, _ global: [Int32],
                                   _ sets: inout [[Int]: Int32], _ targetsOf: inout [[Int32]?]) -> [Int32] {
        // Word and stem states grouped by where they lead, groups in order of that state,
        // members in the order given (sorted pairs, not a dictionary of arrays: this runs
        // for every state of every phrase at start-up).
        var pairs: [(to: Int, order: Int, local: Int)] = []
        pairs.reserveCapacity(locals.count)
        var result: [Int32] = []
        for (order, local) in locals.enumerated() {
            switch phrase.states[local] {
            case .literal(_, let to), .prefix(_, let to): pairs.append((to, order, local))
            default: result.append(global[local])
            }
        }
        pairs.sort { $0.to != $1.to ? $0.to < $1.to : $0.order < $1.order }
        var groupStart = 0
        while groupStart < pairs.count {
            let to = pairs[groupStart].to
            var groupEnd = groupStart + 1
            while groupEnd < pairs.count && pairs[groupEnd].to == to { groupEnd += 1 }
            let members = pairs[groupStart..<groupEnd].map(\.local)
            groupStart = groupEnd
            if members.count == 1 {
                result.append(global[members[0]])
                continue
            }
            let key = [to] + members.sorted()
            if let existing = sets[key] {
                result.append(existing)
                continue
            }
            let setIndex = Int32(setWordList.count)
            var words: [Int32] = [], stemList: [Int32] = []
            for member in members {
                let g = Int(global[member])
                if kinds[g] == .literal {
                    if !words.contains(arguments[g]) { words.append(arguments[g]) }
                } else if !stemList.contains(arguments[g]) {
                    stemList.append(arguments[g])
                }
            }
            setWordList.append(words)
            setStems.append(stemList)
            let state = newState(.set, setIndex, index)
            sets[key] = state
            setMoves(state, targets(to, phrase, index, global, &sets, &targetsOf))
            result.append(state)
        }
        return result
    }

    /// The set tables, read in place during a run (as fields of `self` each call to
    /// `setContains` read the arrays again: most of its cost, some 70 times a reply).
    struct SetTables {
        let sets: UnsafeBufferPointer<SetMembers>
        let words: UnsafeBufferPointer<UInt64>
        let sorted: UnsafeBufferPointer<Int32>
        let hasStems: UnsafeBufferPointer<Bool>
        let memberFilter: UnsafeBufferPointer<UInt64>
    }

    /// Whether set state `set` admits the token with vocabulary id `id` and text `text`.
    @inline(__always)
    private func setContains(_ set: Int32, _ id: Int32, _ text: String, _ tables: SetTables) -> Bool {
        if id >= 0 {
            let members = tables.sets[Int(set)]
            if members.count > 0 {
                let bit = Int(id - members.low)
                if bit >= 0 && bit >> 6 < Int(members.count),
                   tables.words[Int(members.offset) + bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return true }
            } else if members.count < 0 {
                let bit = Flat.pairBit(set, id)
                if tables.memberFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
                   Self.sortedContains(tables.sorted, from: Int(members.offset), to: Int(members.offset - members.count), id) { return true }
            }
        }
        guard tables.hasStems[Int(set)] else { return false }
        return setHasStem(set, text)
    }

    @inline(never)
    private func setHasStem(_ set: Int32, _ text: String) -> Bool {
        for stem in setStems[Int(set)] where Self.hasPrefix(text, stems[Int(stem)]) { return true }
        return false
    }

    @inline(__always)
    private static func sortedContains(_ members: UnsafeBufferPointer<Int32>, from: Int, to: Int, _ id: Int32) -> Bool {
        var lo = from, hi = to
        while lo < hi {
            let mid = (lo + hi) >> 1
            if members[mid] < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < to && members[lo] == id
    }

    /// Whether `flat` reflects every phrase added (see `flatten`).
    private(set) var isFlat = true

    /// Builds the flat tables `run` reads; call after the last `add`. The tables by first
    /// word and the rest (sets, required words, states) are built on two threads: this is
    /// the last step of making a grader, with nothing else left to do meanwhile.
    mutating func flatten() {
        defer { isFlat = true }
        let parts = UnsafeMutableBufferPointer<Flat>.allocate(capacity: 2)
        defer { parts.deallocate() }
        nonisolated(unsafe) let shared = parts // each part is written by one iteration only
        let automaton = self
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            (shared.baseAddress! + part).initialize(to: part == 0 ? automaton.flatWords() : automaton.flatRest())
        }
        var flat = parts.moveElement(from: 0)
        let rest = parts.moveElement(from: 1)
        flat.stemFilter = rest.stemFilter
        flat.setHasStems = rest.setHasStems
        flat.sets = rest.sets
        flat.setWords = rest.setWords
        flat.setSorted = rest.setSorted
        flat.memberFilter = rest.memberFilter
        flat.requiredBy = rest.requiredBy
        flat.requiredStart = rest.requiredStart
        flat.alwaysPossible = rest.alwaysPossible
        flat.moves = rest.moves
        flat.states = rest.states
        flat.statePhrase = rest.statePhrase
        self.flat = flat
    }

    private func step(_ phrase: Int32, _ targets: [Int32]) -> FirstStep {
        var unique: [Int32] = []
        for t in targets where !unique.contains(t) { unique.append(t) }
        let accepts = unique.contains { kinds[Int($0)] == .accept }
        return FirstStep(phrase: phrase, targets: accepts ? [] : unique, accepts: accepts)
    }

    private mutating func stemId(_ stem: String) -> Int32 {
        if let id = stemIds[stem] { return id }
        let id = Int32(stems.count)
        stems.append(Array(stem.utf8))
        stemIds[stem] = id
        return id
    }

    /// A live state and where its match started.
    private struct Thread {
        var state: Int32
        var start: Int32
    }

    /// A match: the phrase, the token it starts at and the token after its end.
    typealias Found = (phrase: Int32, start: Int32, end: Int32)

    /// The shortest match of every phrase at every start, in order of the match's end.
    /// With `bound`, the tokens carry their ids in this vocabulary already (their tokenizer
    /// was bound to it, see `Tokenizer.binding`).
    func run(_ tokens: [Token], bound: Bool = false) -> [Found] {
        // Unbound tokens are looked up here; a bound tokenizer's carry their ids and keys.
        var ids: [Int32] = [], keys: [UInt32] = []
        if !bound {
            let vocabulary = self.vocabulary
            ids.reserveCapacity(tokens.count)
            keys.reserveCapacity(tokens.count)
            for token in tokens {
                var text = token.text
                text.withUTF8 { bytes in
                    ids.append(vocabulary.id(bytes))
                    keys.append(Self.key3(bytes))
                }
            }
        }
        var found: [Found] = []
        found.reserveCapacity(16)
        tokens.withUnsafeBufferPointer { tokens in
            ids.withUnsafeBufferPointer { ids in
                keys.withUnsafeBufferPointer { keys in
                    flat.states.withUnsafeBufferPointer { states in
                        flat.moves.withUnsafeBufferPointer { moves in
                            withSetTables { tables in
                                withWordTables { words in
                                    run(tokens, ids: bound ? nil : ids, keys: bound ? nil : keys, states: states, moves: moves,
                                        tables: tables, words: words, into: &found)
                                }
                            }
                        }
                    }
                }
            }
        }
        return found
    }

    /// The tables a run reads for every token, in place (see `SetTables`).
    struct WordTables {
        let starts: UnsafeBufferPointer<WordStarts>
        let all: UnsafeBufferPointer<StateRef>
        let other: UnsafeBufferPointer<StateRef>
        let pairStates: UnsafeBufferPointer<StateRef>
        let oneWord: UnsafeBufferPointer<Int32>
        let anchored: UnsafeBufferPointer<Bool>
        let stemFilter: UnsafeBufferPointer<UInt64>
        let statePhrase: UnsafeBufferPointer<Int32>
        let pairFilter: UnsafeBufferPointer<UInt64>
    }

    private func withWordTables<R>(_ body: (WordTables) -> R) -> R {
        flat.wordStarts.withUnsafeBufferPointer { starts in
            flat.all.withUnsafeBufferPointer { all in
                flat.other.withUnsafeBufferPointer { other in
                    flat.pairStates.withUnsafeBufferPointer { pairStates in
                        flat.oneWord.withUnsafeBufferPointer { oneWord in
                            anchored.withUnsafeBufferPointer { anchored in
                                flat.stemFilter.withUnsafeBufferPointer { stemFilter in
                                    flat.statePhrase.withUnsafeBufferPointer { statePhrase in
                                        flat.pairFilter.withUnsafeBufferPointer { pairFilter in
                                            body(WordTables(starts: starts, all: all, other: other, pairStates: pairStates,
                                                            oneWord: oneWord, anchored: anchored, stemFilter: stemFilter,
                                                            statePhrase: statePhrase, pairFilter: pairFilter))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func withSetTables<R>(_ body: (SetTables) -> R) -> R {
        flat.sets.withUnsafeBufferPointer { sets in
            flat.setWords.withUnsafeBufferPointer { words in
                flat.setSorted.withUnsafeBufferPointer { sorted in
                    flat.setHasStems.withUnsafeBufferPointer { hasStems in
                        flat.memberFilter.withUnsafeBufferPointer { memberFilter in
                            body(SetTables(sets: sets, words: words, sorted: sorted, hasStems: hasStems, memberFilter: memberFilter))
                        }
                    }
                }
            }
        }
    }

    /// Appends to `found` the shortest match of every phrase at every start, in order of
    /// the match's end. `ids` are the tokens' vocabulary ids.
    /// `ids` and `keys` nil: the tokens' own `word` and `key3` (a bound tokenizer's).
    private func run(_ tokens: UnsafeBufferPointer<Token>, ids: UnsafeBufferPointer<Int32>?, keys: UnsafeBufferPointer<UInt32>?,
                     states: UnsafeBufferPointer<State>, moves: UnsafeBufferPointer<Int32>, tables: SetTables,
                     words: WordTables, maxLength: Int = 40, into found: inout [Found]) {
        var active = ThreadList(), next = ThreadList()
        defer {
            active.deallocate()
            next.deallocate()
        }
        var finished: [(phrase: Int32, start: Int32)] = []
        // The phrases this reply makes possible: those it holds a required word of, and
        // those that require none. No thread is started for any other.
        var possible = flat.alwaysPossible
        let requiringWords = flat.requiredStart.count - 1
        // Through pointers: a common word is required by hundreds of phrases, and each
        // bit set in the array checked its uniqueness and bounds.
        possible.withUnsafeMutableBufferPointer { bits in
            flat.requiredStart.withUnsafeBufferPointer { starts in
                flat.requiredBy.withUnsafeBufferPointer { requiredBy in
                    for position in 0..<tokens.count {
                        let id = Int(ids?[position] ?? tokens[position].word)
                        guard id >= 0 && id < requiringWords else { continue }
                        for i in Int(starts[id])..<Int(starts[id + 1]) {
                            let phrase = Int(requiredBy[i])
                            bits[phrase >> 6] |= 1 << UInt64(phrase & 63)
                        }
                    }
                }
            }
        }
        // The word that started phrases at the previous token, if any (its second steps
        // are read from the tables rather than from one thread per phrase).
        var started: (word: Int32, sentenceStart: Bool)?
        let wordCount = words.starts.count - 1
        possible.withUnsafeBufferPointer { possible in
        for position in 0..<tokens.count {
            let id = ids?[position] ?? tokens[position].word
            let sentenceBreak = tokens[position].sentenceBreakBefore
            let intensifier = tokens[position].isIntensifier
            next.removeAll()
            if !finished.isEmpty { finished.removeAll(keepingCapacity: true) }
            // A match never runs across the end of a sentence.
            if !sentenceBreak {
                // 1. Second steps of the phrases the previous token started.
                if let (word, sentenceStart) = started {
                    let start = Int32(position - 1)
                    let w = Int(word)
                    if intensifier {
                        // "so", "really" may stand between words: keep every phrase alive.
                        for i in Int(words.starts[w].all)..<Int(words.starts[w + 1].all) {
                            let state = words.all[i].state, phrase = Int(words.all[i].phrase)
                            guard possible[phrase >> 6] & (1 << UInt64(phrase & 63)) != 0 else { continue }
                            if sentenceStart || !states[Int(state)].anchored { active.append(Thread(state: state, start: start)) }
                        }
                    } else {
                        let pairBit = Flat.pairBit(word, id)
                        if id >= 0, words.pairFilter[pairBit >> 6] & (1 << UInt64(pairBit & 63)) != 0,
                           let (from, to) = flat.pairs.find(first: word, second: id) {
                            for i in Int(from)..<Int(to) {
                                let state = Int(words.pairStates[i].state), phrase = Int(words.pairStates[i].phrase)
                                guard possible[phrase >> 6] & (1 << UInt64(phrase & 63)) != 0 else { continue }
                                if sentenceStart || !states[state].anchored {
                                    advance(state, start: start, position: position, states, moves, &next, &finished, &found)
                                }
                            }
                        }
                        for i in Int(words.starts[w].other)..<Int(words.starts[w + 1].other) {
                            let s = Int(words.other[i].state), phrase = Int(words.other[i].phrase)
                            guard possible[phrase >> 6] & (1 << UInt64(phrase & 63)) != 0 else { continue }
                            guard sentenceStart || !states[s].anchored else { continue }
                            let advances: Bool
                            switch states[s].kind {
                            case .any: advances = true
                            case .prefix: advances = Self.hasPrefix(tokens[position].text, stems[Int(states[s].argument)])
                            case .set: advances = setContains(states[s].argument, id, tokens[position].text, tables)
                            case .literal: advances = states[s].argument == id
                            case .accept: advances = false
                            }
                            if advances {
                                advance(s, start: start, position: position, states, moves, &next, &finished, &found)
                            }
                        }
                    }
                }
                // 2. Live threads read this token.
                for k in 0..<active.count where position - Int(active[k].start) < maxLength {
                    let thread = active[k]
                    let s = Int(thread.state)
                    let advances: Bool
                    let kind = states[s].kind
                    switch kind {
                    case .literal: advances = states[s].argument == id
                    case .prefix: advances = Self.hasPrefix(tokens[position].text, stems[Int(states[s].argument)])
                    case .any: advances = true
                    case .set: advances = setContains(states[s].argument, id, tokens[position].text, tables)
                    case .accept: continue
                    }
                    if advances {
                        advance(s, start: thread.start, position: position, states, moves, &next, &finished, &found)
                    } else if intensifier && kind != .any {
                        next.insert(thread)
                    }
                }
            }
            // 3. Phrases that start here.
            let sentenceStart = position == 0 || sentenceBreak
            started = nil
            if id >= 0 && Int(id) < wordCount {
                let w = Int(id)
                let here = words.starts[w], after = words.starts[w + 1]
                for i in Int(here.oneWord)..<Int(after.oneWord) {
                    let phrase = words.oneWord[i]
                    if sentenceStart || !words.anchored[Int(phrase)] { found.append((phrase, Int32(position), Int32(position + 1))) }
                }
                if here.all < after.all { started = (id, sentenceStart) }
            }
            let key = keys?[position] ?? tokens[position].key3, bit = Flat.filterBit(key)
            if words.stemFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let candidates = startingStems[key] {
                for stem in candidates where Self.hasPrefix(tokens[position].text, stems[Int(stem)]) {
                    for step in firstByStem[Int(stem)] where possible[Int(step.phrase) >> 6] & (1 << UInt64(step.phrase & 63)) != 0 {
                        begin(step, at: position, sentenceStart, &next, &found)
                    }
                }
            }
            // 4. A phrase that matched stops looking for longer matches from the same start.
            // (A loop, not `removeAll(where:)`: its closure captured `self`, which copied the
            // automaton — a retain and release of each of its arrays — on every run.)
            if !finished.isEmpty {
                var kept = 0
                for j in 0..<next.count {
                    let thread = next[j], phrase = words.statePhrase[Int(thread.state)]
                    var done = false
                    for f in finished where f.phrase == phrase && f.start == thread.start {
                        done = true
                        break
                    }
                    if !done {
                        next[kept] = thread
                        kept += 1
                    }
                }
                next.keepFirst(kept)
            }
            swap(&active, &next)
        }
        }
    }

    /// State `s` read its token: record a match if it completes the phrase, else go on.
    @inline(__always)
    private func advance(_ s: Int, start: Int32, position: Int, _ states: UnsafeBufferPointer<State>,
                         _ moves: UnsafeBufferPointer<Int32>, _ next: inout ThreadList,
                         _ finished: inout [(phrase: Int32, start: Int32)], _ found: inout [Found]) {
        let state = states[s]
        if state.moveEnd == State.oneMove {
            reach(state.moveStart, from: s, start: start, position: position, &next, &finished, &found)
            return
        }
        for m in Int(state.moveStart)..<Int(state.moveEnd) {
            reach(moves[m], from: s, start: start, position: position, &next, &finished, &found)
        }
    }

    /// Thread `(s, start)` moved to `target` (-1: the accept state).
    @inline(__always)
    private func reach(_ target: Int32, from s: Int, start: Int32, position: Int, _ next: inout ThreadList,
                       _ finished: inout [(phrase: Int32, start: Int32)], _ found: inout [Found]) {
        if target < 0 { // the accept state
            let phrase = flat.statePhrase[s]
            if !finished.contains(where: { $0.phrase == phrase && $0.start == start }) {
                finished.append((phrase, start))
                found.append((phrase, start, Int32(position + 1)))
            }
        } else {
            next.insert(Thread(state: target, start: start))
        }
    }

    @inline(__always)
    private func begin(_ step: FirstStep, at position: Int, _ sentenceStart: Bool, _ next: inout ThreadList,
                       _ found: inout [Found]) {
        if anchored[Int(step.phrase)] && !sentenceStart { return }
        if step.accepts {
            found.append((step.phrase, Int32(position), Int32(position + 1)))
            return
        }
        for target in step.targets { next.append(Thread(state: target, start: Int32(position))) }
    }

    /// Live threads, with a 256-bit filter of the (state, start) pairs in them: adding a
    /// thread looked through the whole list for the same one (a tenth of matching); now
    /// only when its filter bit is set.
    private struct ThreadList {
        /// The threads, `count` of them, in a buffer this list owns (`deallocate` when
        /// done): the run appends and scans threads for every token, and an array's
        /// uniqueness, capacity and bounds checks were a good part of that.
        private(set) var base: UnsafeMutablePointer<Thread>
        private(set) var count = 0
        private var capacity: Int
        /// Four words: after an intensifier ("so", "really") every thread is kept alive, and
        /// with dozens of threads a single word of bits was full, each insertion then
        /// scanning the whole list (some 300 comparisons a reply).
        var filter = SIMD4<UInt64>()

        init(capacity: Int = 32) {
            base = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        func deallocate() { base.deallocate() }

        /// The filter bit of `thread`: its word (0..<4) and the bit in it.
        @inline(__always)
        static func bit(_ thread: Thread) -> (word: Int, bit: UInt64) {
            let hash = (UInt32(bitPattern: thread.state) &* 0x9E37_79B1 ^ UInt32(bitPattern: thread.start) &* 0x85EB_CA77) >> 24
            return (Int(hash >> 6), 1 << UInt64(hash & 63))
        }

        /// Adds `thread` unless it is there already.
        @inline(__always)
        mutating func insert(_ thread: Thread) {
            let (word, bit) = Self.bit(thread)
            if filter[word] & bit != 0 {
                for k in 0..<count where base[k].state == thread.state && base[k].start == thread.start { return }
            }
            filter[word] |= bit
            store(thread)
        }

        @inline(__always)
        mutating func append(_ thread: Thread) {
            let (word, bit) = Self.bit(thread)
            filter[word] |= bit
            store(thread)
        }

        @inline(__always)
        private mutating func store(_ thread: Thread) {
            if count == capacity { grow() }
            (base + count).initialize(to: thread)
            count += 1
        }

        private mutating func grow() {
            let bigger = UnsafeMutablePointer<Thread>.allocate(capacity: capacity * 2)
            bigger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = bigger
            capacity *= 2
        }

        @inline(__always)
        subscript(k: Int) -> Thread {
            get { base[k] }
            set { base[k] = newValue }
        }

        /// Keeps the first `kept` threads (the filter may keep stale bits: harmless).
        @inline(__always)
        mutating func keepFirst(_ kept: Int) { count = kept }

        @inline(__always)
        mutating func removeAll() {
            count = 0
            filter = SIMD4()
        }
    }

    @inline(__always)
    static func hasPrefix(_ text: String, _ stem: [UInt8]) -> Bool {
        var i = 0
        for byte in text.utf8 {
            if i == stem.count { return true }
            if byte != stem[i] { return false }
            i += 1
        }
        return i == stem.count
    }

    /// The first three UTF-8 bytes, packed with the count.
    static func key3<C: Collection<UInt8>>(_ bytes: C) -> UInt32 {
        var key: UInt32 = 0
        var n: UInt32 = 0
        for byte in bytes {
            key = key << 8 | UInt32(byte)
            n += 1
            if n == 3 { break }
        }
        return key | n << 24
    }

    static func key3(_ text: String) -> UInt32 { key3(text.utf8) }

    /// `key3` of bytes in memory.
    @inline(__always)
    static func key3(ascii bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = min(bytes.count, 3)
        var key: UInt32 = 0
        for i in 0..<n { key = key << 8 | UInt32(bytes[i]) }
        return key | UInt32(n) << 24
    }
}
