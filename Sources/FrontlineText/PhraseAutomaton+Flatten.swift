/// The flat tables `run` reads, built from what `add` collected (see `flatten`, which
/// builds the two halves on two threads).
extension PhraseAutomaton {
    /// The tables by first word: one-word phrases, second steps, word pairs.
    func flatWords() -> Flat {
        var flat = Flat()
        let pairs = Self.grouped(secondLiteral)
        var p = 0
        for w in firstByWord.indices {
            flat.oneWord.append(contentsOf: oneWord[w])
            for state in secondOther[w] { flat.other.append(StateRef(state: state, phrase: phraseOf[Int(state)])) }
            for step in firstByWord[w] where !step.accepts {
                for state in step.targets { flat.all.append(StateRef(state: state, phrase: step.phrase)) }
            }
            flat.wordStarts.append(WordStarts(oneWord: Int32(flat.oneWord.count), other: Int32(flat.other.count),
                                              all: Int32(flat.all.count)))
            while p < pairs.count && pairs[p].first == Int32(w) {
                let second = pairs[p].second
                flat.pairs.append(second: second, start: Int32(flat.pairStates.count))
                let bit = Flat.pairBit(Int32(w), second)
                flat.pairFilter[bit >> 6] |= 1 << UInt64(bit & 63)
                while p < pairs.count && pairs[p].first == Int32(w) && pairs[p].second == second {
                    flat.pairStates.append(StateRef(state: pairs[p].state, phrase: phraseOf[Int(pairs[p].state)]))
                    p += 1
                }
            }
            flat.pairs.endWord(total: Int32(flat.pairStates.count))
        }
        return flat
    }

    /// `pairs` ordered by (first word, second word), each group in the order added: two
    /// stable counting passes over the word ids, by second word and then by first. (A
    /// comparison sort of the tens of thousands of pairs was a twentieth of start-up.)
    static func grouped(_ pairs: [SecondPair]) -> [SecondPair] {
        var words = 0
        for pair in pairs { words = max(words, Int(pair.first) + 1, Int(pair.second) + 1) }
        let bySecond = stablyCounted(pairs, words: words) { Int($0.second) }
        return stablyCounted(bySecond, words: words) { Int($0.first) }
    }

    /// `pairs` ordered by `key` (below `words`), pairs with the same key in their order.
    private static func stablyCounted(_ pairs: [SecondPair], words: Int, key: (SecondPair) -> Int) -> [SecondPair] {
        var next = [Int](repeating: 0, count: words + 1)
        for pair in pairs { next[key(pair) + 1] += 1 }
        for w in 0..<words { next[w + 1] += next[w] }
        return [SecondPair](unsafeUninitializedCapacity: pairs.count) { out, count in
            for pair in pairs {
                let k = key(pair)
                (out.baseAddress! + next[k]).initialize(to: pair)
                next[k] += 1
            }
            count = pairs.count
        }
    }

    /// The other tables: stems that start phrases, sets, required words, states and moves.
    func flatRest() -> Flat {
        var flat = Flat()
        for key in startingStems.keys {
            let bit = Flat.filterBit(key)
            flat.stemFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        flat.setHasStems = setStems.map { !$0.isEmpty }
        for words in setWordList {
            guard let low = words.min(), let high = words.max() else {
                flat.sets.append(SetMembers(low: 0, count: 0, offset: 0))
                continue
            }
            let count = Int(high - low) / 64 + 1
            if count <= SetMembers.bitsetWords {
                let offset = flat.setWords.count
                flat.setWords.append(contentsOf: repeatElement(0, count: count))
                for word in words { flat.setWords[offset + Int(word - low) >> 6] |= 1 << (UInt64(word - low) & 63) }
                flat.sets.append(SetMembers(low: low, count: Int32(count), offset: Int32(offset)))
            } else {
                let offset = flat.setSorted.count
                flat.setSorted.append(contentsOf: Set(words).sorted())
                for word in words {
                    let bit = Flat.pairBit(Int32(flat.sets.count), word)
                    flat.memberFilter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
                flat.sets.append(SetMembers(low: low, count: -Int32(flat.setSorted.count - offset), offset: Int32(offset)))
            }
        }
        var byWord = [[Int32]](repeating: [], count: vocabulary.count)
        flat.alwaysPossible = [UInt64](repeating: 0, count: (anchored.count + 63) / 64)
        for (phrase, words) in requiredWords.enumerated() {
            if words.isEmpty { flat.alwaysPossible[phrase >> 6] |= 1 << UInt64(phrase & 63) }
            for word in Set(words) { byWord[Int(word)].append(Int32(phrase)) }
        }
        for phrases in byWord {
            flat.requiredBy.append(contentsOf: phrases)
            flat.requiredStart.append(Int32(flat.requiredBy.count))
        }
        flat.moves = moves.map { kinds[Int($0)] == .accept ? -1 : $0 }
        flat.states = kinds.indices.map { s in
            let (start, end) = moveRange[s]
            return end - start == 1
                ? State(kind: kinds[s], anchored: anchored[Int(phraseOf[s])], argument: arguments[s],
                        moveStart: flat.moves[Int(start)], moveEnd: State.oneMove)
                : State(kind: kinds[s], anchored: anchored[Int(phraseOf[s])], argument: arguments[s],
                        moveStart: start, moveEnd: end)
        }
        flat.statePhrase = phraseOf
        return flat
    }
}
