/// Writes one JSON line into a byte buffer: keys in the caller's (sorted) order, strings
/// escaped per RFC 8259 (slashes and non-ASCII left as they are), numbers as JSON numbers
/// (whole numbers without a fraction, like JSONSerialization).
///
/// The bytes live in storage of its own, written through a pointer: appending to an array
/// checked its uniqueness and capacity on every piece (a line has a few hundred), which
/// cost about a twentieth of grading a line.
struct JSONLineWriter: ~Copyable, @unchecked Sendable { // owns its storage alone
    private var base: UnsafeMutablePointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What has been written.
    var bytes: [UInt8] { Array(written) }

    /// What has been written, in place (valid until the next write).
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Forgets what was written, keeping the storage.
    mutating func removeAll() { count = 0 }

    /// Room for `more` bytes after the written ones.
    @inline(__always)
    private mutating func reserve(_ more: Int) {
        if capacity - count < more { grow(to: count + more) }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        new.update(from: base, count: count)
        base.deallocate()
        base = new
        capacity = newCapacity
    }

    @inline(__always)
    private mutating func append(_ start: UnsafePointer<UInt8>, _ length: Int) {
        reserve(length)
        let to = base + count
        if length <= 16 {
            for i in 0..<length { to[i] = start[i] } // short pieces: no call to memcpy
        } else {
            to.update(from: start, count: length)
        }
        count += length
    }

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        append(text.utf8Start, text.utf8CodeUnitCount)
    }

    mutating func raw(_ text: [UInt8]) {
        text.withUnsafeBufferPointer { raw($0) }
    }

    @inline(__always)
    mutating func raw(_ text: UnsafeBufferPointer<UInt8>) {
        guard let start = text.baseAddress else { return }
        append(start, text.count)
    }

    @inline(__always)
    mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    mutating func string(_ text: String) {
        // Read in place: copying the string to call the mutating `withUTF8` retained and
        // released it for every string written (criterion ids, tips, quotes).
        if text.utf8.withContiguousStorageIfAvailable({ string($0) }) != nil { return }
        var text = text
        text.withUTF8 { string($0) }
    }

    mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        byte(UInt8(ascii: "\""))
        var runStart = 0, i = 0
        while i < utf8.count {
            // Eight bytes at a time while none needs escaping (most text needs none).
            if i + 8 <= utf8.count,
               JSONLineReader.isPlain(UnsafeRawPointer(utf8.baseAddress! + i).loadUnaligned(as: UInt64.self), ascii: false) {
                i += 8
                continue
            }
            let c = utf8[i]
            i += 1
            guard c < 0x20 || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") else { continue }
            if runStart < i - 1 { raw(UnsafeBufferPointer(rebasing: utf8[runStart..<i - 1])) }
            runStart = i
            switch c {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0x08: raw("\\b")
            case 0x0C: raw("\\f")
            default:
                raw("\\u00")
                byte(Self.hex[Int(c >> 4)])
                byte(Self.hex[Int(c & 0xF)])
            }
        }
        if runStart < utf8.count { raw(UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count])) }
        byte(UInt8(ascii: "\""))
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    mutating func number(_ value: Double) {
        if value.isFinite, value == value.rounded(.towardZero), abs(value) < 1e15 {
            integer(Int64(value))
        } else if abs(value) < 1e14, case let tenths = (value * 10).rounded(), tenths / 10 == value {
            // One decimal (every score and point value): `description` would print the same
            // digits — the shortest form that reads back as `value` — at ten times the cost.
            if value < 0 { byte(UInt8(ascii: "-")) }
            let magnitude = Int64(abs(tenths))
            integer(magnitude / 10)
            byte(UInt8(ascii: "."))
            byte(UInt8(truncatingIfNeeded: magnitude % 10) + 0x30)
        } else if value.isFinite {
            raw(Array(value.description.utf8))
        } else {
            raw("null")
        }
    }

    mutating func integer(_ value: Int64) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        // Most numbers written are points, facet scores and offsets: one or two digits.
        if magnitude < 10 {
            byte(UInt8(truncatingIfNeeded: magnitude) + 0x30)
            return
        }
        if magnitude < 100 {
            byte(UInt8(truncatingIfNeeded: magnitude / 10) + 0x30)
            byte(UInt8(truncatingIfNeeded: magnitude % 10) + 0x30)
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var length = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - length] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                length += 1
            } while magnitude > 0
            raw(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(20 - length)...]))
        }
    }
}
