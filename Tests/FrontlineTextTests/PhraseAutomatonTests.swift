import Testing
@testable import FrontlineText

/// The automaton is exercised through PhraseMatcher; these cases aim at its shortcuts:
/// alternatives merged into one set state, second steps looked up by word pair, and
/// intensifiers right after a phrase's first word.
@Suite struct PhraseAutomatonTests {
    func m(_ pattern: String, _ text: String) throws -> Bool { try TestPacks.matches(pattern, text) }

    @Test func wordSetsWithPrefixes() throws {
        let pattern = "(you must be|you sound) (upset|annoyed|frustrat*|worr*)"
        #expect(try m(pattern, "You must be frustrated"))
        #expect(try m(pattern, "you sound worried"))
        #expect(try m(pattern, "you sound annoyed"))
        #expect(try !m(pattern, "you sound fine"))
    }

    @Test func intensifierRightAfterTheFirstWord() throws {
        #expect(try m("i (am|feel) (sorry|bad)", "I just really feel bad"))
        #expect(try m("i (am|feel) (sorry|bad)", "I so am sorry"))
        #expect(try !m("i (am|feel) (sorry|bad)", "I just really"))
    }

    @Test func setFollowedByAGap() throws {
        let pattern = "(hope|wish) ** (better|well)"
        #expect(try m(pattern, "I hope the rest of your week goes well"))
        #expect(try !m(pattern, "I hope the rest of your very long and difficult week goes well"))
    }

    @Test func groupsAfterGroupsMatchEveryCombination() throws {
        // Every alternative of a group leads to the same next state, whose moves are
        // worked out once and shared: each combination, and an optional word between,
        // must still match, and a word from neither group must not.
        let pattern = "(i|we) (can|could) [really|fully] (see|imagine|understand) (how|why) (this|it) (is|was) (hard|tough|unfair|stress*)"
        for reply in ["I can see how this is hard", "we could really understand why it was unfair",
                      "I could fully imagine how this was stressful", "We can see why it is tough"] {
            #expect(try m(pattern, reply), "\(reply)")
        }
        #expect(try !m(pattern, "I can see how this is fine"))
        #expect(try !m(pattern, "they can see how this is hard"))
    }

    @Test func oneWordPhrasesAndLongerOnesFromTheSameWord() throws {
        var matcher = PhraseMatcher()
        for (n, pattern) in ["sorry", "sorry (about|for)", "sorry to hear"].enumerated() {
            matcher.add(CompiledPhrase(try PhrasePattern.parse(pattern, tokenizer: TestPacks.en)), key: n, phrase: 0)
        }
        matcher.prepare()
        let found = matcher.matches(in: TestPacks.en.tokenize("sorry to hear that"))
        #expect(Set(found.map(\.key)) == [0, 2])
    }

    /// A set of more than a dozen words after a phrase's first word is looked up as word
    /// pairs while the pairs stay few (`pairsSet`), and stays a thread of its own past that:
    /// either way each member matches, after either first word, across an optional word
    /// and an intensifier, and a word outside the set does not.
    @Test func largeSetsAfterTheFirstWord() throws {
        let letters = Array("abcdefghijklmnopqrst")
        let members = letters.map { "memb\($0)" } // twenty words
        let firsts = letters.flatMap { a in letters.prefix(6).map { "f\(a)\($0)" } } // 120 words
        let paired = "(i|we) [just] (\(members.joined(separator: "|"))) it"
        #expect(PhraseAutomaton.pairsSet(members: members.count, firstWords: 2))
        for reply in ["I memba it", "we just membg it", "I really membt it", "we just so membl it"] {
            #expect(try m(paired, reply), "\(reply)")
        }
        #expect(try !m(paired, "I stranger it"))
        #expect(try !m(paired, "they membc it"))

        let threaded = "(\(firsts.joined(separator: "|"))) (\(members.joined(separator: "|"))) it"
        #expect(!PhraseAutomaton.pairsSet(members: members.count, firstWords: firsts.count))
        #expect(PhraseAutomaton.pairsSet(members: PhraseAutomaton.pairedSetLimit, firstWords: firsts.count))
        #expect(try m(threaded, "faa memba it"))
        #expect(try m(threaded, "ftf membt it"))
        #expect(try !m(threaded, "fca stranger it"))
        #expect(try !m(threaded, "memba faa it"))
    }

    /// A set whose words are far apart in the vocabulary is kept as a sorted list behind a
    /// filter of hashed (set, word) bits: each member must pass, a non-member must not.
    @Test func setOfWordsFarApartInTheVocabulary() throws {
        var matcher = PhraseMatcher()
        func add(_ pattern: String, _ key: Int) throws {
            matcher.add(CompiledPhrase(try PhrasePattern.parse(pattern, tokenizer: TestPacks.en)), key: key, phrase: 0)
        }
        try add("alpha", 0)
        // Thousands of words between the set's first member and its others.
        for n in 0..<3000 { try add("filler\(n)", 1) }
        try add("start now (alpha|zeta|omega|filler7) end", 2)
        matcher.prepare()
        func keys(_ text: String) -> Set<Int> { Set(matcher.matches(in: TestPacks.en.tokenize(text)).map(\.key)) }
        for member in ["alpha", "zeta", "omega", "filler7"] {
            #expect(keys("start now \(member) end").contains(2), "\(member)")
        }
        for other in ["filler8", "filler2999", "beta", "end"] {
            #expect(!keys("start now \(other) end").contains(2), "\(other)")
        }
    }
}

extension PhraseAutomatonTests {
    /// Word pairs are grouped by (first, second) with each group in the order added, as a
    /// comparison sort with the index breaking ties would order them.
    @Test func pairsGroupedInTheOrderAdded() {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 2, 7, 500] {
            let pairs = (0..<size).map { n in
                PhraseAutomaton.SecondPair(first: Int32.random(in: 0..<9, using: &generator),
                                           second: Int32.random(in: 0..<5, using: &generator), state: Int32(n))
            }
            let expected = pairs.enumerated().sorted {
                ($0.element.first, $0.element.second, $0.offset) < ($1.element.first, $1.element.second, $1.offset)
            }.map { [$0.element.first, $0.element.second, $0.element.state] }
            #expect(PhraseAutomaton.grouped(pairs).map { [$0.first, $0.second, $0.state] } == expected, "\(size) pairs")
        }
    }
}

/// The (first, second) word pair index the automaton reads second steps from.
@Suite struct PairIndexTests {
    /// Word w has pairs with the seconds in `groups[w]` (sorted), each with w + second states.
    func index(_ groups: [[Int32]]) -> (PairIndex, [(Int32, Int32, Range<Int32>)]) {
        var index = PairIndex()
        var total: Int32 = 0
        var expected: [(Int32, Int32, Range<Int32>)] = []
        for (w, seconds) in groups.enumerated() {
            for second in seconds {
                index.append(second: second, start: total)
                let count = Int32(w) + second % 3 + 1
                expected.append((Int32(w), second, total..<(total + count)))
                total += count
            }
            index.endWord(total: total)
        }
        return (index, expected)
    }

    @Test func findsEveryPairInShortAndLongGroups() {
        let long = (0..<40).map { Int32($0 * 3) } // searched by halving first
        let (index, expected) = index([[2, 5, 9], [], long, [0], [7, 8]])
        for (first, second, range) in expected {
            let found = index.find(first: first, second: second)
            #expect(found.map { $0.0..<$0.1 } == range, "\(first) \(second)")
        }
    }

    @Test func missesPairsItDoesNotHold() {
        let long = (0..<40).map { Int32($0 * 3) }
        let (index, _) = index([[2, 5, 9], [], long, [0], [7, 8]])
        for (first, second) in [(0, 3), (0, 10), (0, 1), (1, 2), (2, 1), (2, 118), (2, 200), (2, -1), (3, 1), (4, 9), (5, 0), (-1, 2)] {
            #expect(index.find(first: Int32(first), second: Int32(second)) == nil, "\(first) \(second)")
        }
    }

    /// `run` reads a state per live thread and per second step: a state must not straddle
    /// two cache lines (it did at twenty bytes).
    @Test func aStateIsSixteenBytes() {
        #expect(MemoryLayout<PhraseAutomaton.State>.stride == 16)
    }
}
