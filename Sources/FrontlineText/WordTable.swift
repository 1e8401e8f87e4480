/// A read-mostly set of words, each with a small integer id, looked up straight from
/// UTF-8 bytes (no `String` is made and no SipHash is run): the tokenizer's lexicon and
/// the matcher's vocabulary. Open addressing with FNV-1a; ids count up from 0.
///
/// A slot holds a word's hash and id together (`hash << 32 | id`, all ones when empty),
/// so a lookup reads one slot to rule a word out: with the hashes apart, every word
/// looked up missed the cache twice before its bytes were compared.
package struct WordTable: Sendable {
    private var slots: [UInt64]
    private var hashes: [UInt32] = []
    /// Each word's first eight bytes with where all of them are: a word of eight bytes
    /// or fewer (most) is compared with one read of its entry; the rest of a longer one
    /// is in `arena`. (With start offsets and the bytes apart, a lookup that found its
    /// slot missed the cache twice more.)
    private var entries: [Entry] = []
    private var arena: [UInt8] = []

    private struct Entry: Sendable {
        var prefix: UInt64
        var start: Int32
        var length: Int32
    }

    /// The first eight bytes of `bytes`, little-endian, zero after the end.
    @inline(__always)
    private static func prefix(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        for i in 0..<min(bytes.count, 8) { prefix |= UInt64(bytes[i]) << UInt64(8 * i) }
        return prefix
    }

    package init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: Self.empty, count: size)
    }

    package init(_ words: some Sequence<String>) {
        self.init()
        for word in words { insert(word) }
    }

    /// Makes room for `more` words without growing the slots while they are added.
    package mutating func reserve(_ more: Int) {
        var size = slots.count
        while size < (hashes.count + more) * 2 { size <<= 1 }
        guard size > slots.count else { return }
        slots = Array(repeating: Self.empty, count: size)
        for id in 0..<hashes.count { place(Int32(id), hash: hashes[id]) }
    }

    private static let empty = UInt64.max

    /// Number of distinct words.
    package var count: Int { hashes.count }

    /// The id of `word`, adding it if it is new.
    @discardableResult
    package mutating func insert(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { insert(bytes: $0) }
    }

    @discardableResult
    package mutating func insert(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        if let existing = find(bytes, hash: hash) { return existing }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        let id = Int32(hashes.count)
        hashes.append(hash)
        entries.append(Entry(prefix: Self.prefix(bytes), start: Int32(arena.count), length: Int32(bytes.count)))
        arena.append(contentsOf: bytes)
        place(id, hash: hash)
        return id
    }

    /// The id of the word spelled by `bytes`, or -1.
    @inline(__always)
    package func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        find(bytes, hash: Self.hash(bytes)) ?? -1
    }

    /// The id of `word`, or -1.
    package func id(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id($0) }
    }

    /// The word with id `id`.
    package func word(_ id: Int32) -> String {
        let entry = entries[Int(id)]
        let start = Int(entry.start), end = start + Int(entry.length)
        return arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
    }

    /// The id of the word spelled by `bytes`, whose `hash` the caller worked out while
    /// reading them (`hashStart`, then `hashStep` for each byte), or -1.
    @inline(__always)
    package func id(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        find(bytes, hash: hash) ?? -1
    }

    /// `id(_:hash:)` with the word's first eight bytes already read (`prefix(folded:count:)`).
    @inline(__always)
    package func id(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, prefix: UInt64) -> Int32 {
        find(bytes, hash: hash, prefix: prefix) ?? -1
    }

    /// The first eight bytes of the `count` at the start of `buffer` (which has at least
    /// eight, whatever `count` is), zero after `count`: one read instead of a byte at a time.
    @inline(__always)
    package static func prefix(folded buffer: UnsafeMutableBufferPointer<UInt8>, count: Int) -> UInt64 {
        let word = UnsafeRawPointer(buffer.baseAddress!).loadUnaligned(as: UInt64.self).littleEndian
        return count >= 8 ? word : word & ((1 << UInt64(8 * count)) &- 1)
    }

    /// FNV-1a, a byte at a time.
    package static let hashStart: UInt32 = 2_166_136_261

    @inline(__always)
    package static func hashStep(_ hash: UInt32, _ byte: UInt8) -> UInt32 {
        (hash ^ UInt32(byte)) &* 16_777_619
    }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = hashStart
        for byte in bytes { hash = hashStep(hash, byte) }
        return hash
    }

    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        find(bytes, hash: hash, prefix: Self.prefix(bytes))
    }

    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, prefix: UInt64) -> Int32? {
        let mask = slots.count - 1
        var index = Int(hash) & mask
        let key = UInt64(hash) << 32
        return slots.withUnsafeBufferPointer { slots in
            while true {
                let slot = slots[index]
                if slot == Self.empty { return nil }
                if slot & 0xFFFF_FFFF_0000_0000 == key {
                    let id = Int32(truncatingIfNeeded: slot)
                    if equal(id, bytes, prefix: prefix) { return id }
                }
                index = (index + 1) & mask
            }
        }
    }

    @inline(__always)
    private func equal(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Bool {
        let entry = entries.withUnsafeBufferPointer { $0[Int(id)] }
        guard Int(entry.length) == bytes.count, entry.prefix == prefix else { return false }
        guard bytes.count > 8 else { return true }
        let start = Int(entry.start)
        return arena.withUnsafeBufferPointer { arena in
            for i in 8..<bytes.count where arena[start + i] != bytes[i] { return false }
            return true
        }
    }

    private mutating func place(_ id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var index = Int(hash) & mask
        while slots[index] != Self.empty { index = (index + 1) & mask }
        slots[index] = UInt64(hash) << 32 | UInt64(UInt32(id))
    }

    private mutating func grow() {
        slots = Array(repeating: Self.empty, count: slots.count * 2)
        for id in 0..<hashes.count { place(Int32(id), hash: hashes[id]) }
    }
}
