/// The (first word, second word) pairs that carry phrases past their first two words,
/// grouped by first word, each group sorted by second word: `entries[firstStart[w]..<firstStart[w + 1]]`
/// are word w's, and an entry's states run from its `start` to the next entry's (a last
/// entry closes the list). Eight bytes a pair: as a hash table of sixteen-byte slots at
/// half load the pairs took half a megabyte, and its lookup missed the cache for most
/// tokens (a fifth of `run`'s time); a group is a few neighbouring entries.
struct PairIndex: Sendable {
    struct Entry: Sendable {
        var second: Int32
        var start: Int32
    }
    private var firstStart: [Int32] = [0]
    private var entries: [Entry] = []

    /// Adds a pair for the current first word (in increasing `second` order).
    mutating func append(second: Int32, start: Int32) {
        entries.append(Entry(second: second, start: start))
    }

    /// Ends the current first word's group (call once per word, in word order); `total`
    /// is the number of pair states so far (where the last entry's states end).
    mutating func endWord(total: Int32) {
        firstStart.append(Int32(entries.count))
        closing = total
    }

    /// Where the last entry's states end.
    private var closing: Int32 = 0

    @inline(__always)
    func find(first: Int32, second: Int32) -> (Int32, Int32)? {
        let w = Int(first)
        guard w >= 0, w + 1 < firstStart.count else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            let end = Int(firstStart[w + 1])
            var lo = Int(firstStart[w]), hi = end
            // Narrow down a long group; the first entry not below `second` stays in lo...hi.
            while hi - lo > 8 {
                let mid = (lo + hi) >> 1
                if entries[mid].second < second { lo = mid + 1 } else { hi = mid }
            }
            while lo < end {
                let entry = entries[lo]
                if entry.second == second {
                    return (entry.start, lo + 1 < entries.count ? entries[lo + 1].start : closing)
                }
                if entry.second > second { return nil }
                lo += 1
            }
            return nil
        }
    }
}
