/// A strict, allocation-light JSON reader for one JSONL line: it validates the whole
/// line (RFC 8259) but decodes only the top-level fields a batch line can carry, straight
/// from the UTF-8 bytes. Much faster than building a Foundation dictionary per line.
struct JSONLineReader {
    /// A top-level value the batch grader looks at.
    enum Value {
        case string(String)
        /// The number's value and its literal text (ids are echoed as written).
        case number(Double, literal: String)
        case bool(Bool)
        case null
        /// An object or array (validated, not decoded).
        case container
    }

    /// `unpairedSurrogate`: a `\\uD800`-style escape that is half of a character; it has no
    /// UTF-8 form, and replacing it silently would grade text nobody wrote.
    enum Failure: Error { case invalid, notAnObject, unpairedSurrogate }

    /// The top-level fields of `bytes` whose names are in `wanted` (later duplicates win).
    static func fields(_ bytes: UnsafeBufferPointer<UInt8>, wanted: Set<String>) throws(Failure) -> [String: Value] {
        var result: [String: Value] = [:]
        try readObject(bytes, wants: { wanted.contains($0) }, store: { result[$0] = $1 })
        return result
    }

    /// The fields of a `frontline grade` input line, in named slots (no dictionary is built).
    struct BatchFields {
        var id: Value?, reply: Value?, customer: Value?, scenario: Value?, turn: Value?, seconds: Value?, language: Value?

        /// The slots' keys, in slot order.
        static let keys = ["id", "reply", "customer", "scenario", "turn", "seconds", "language"]

        /// The slot of a key (its index in `keys`), or nil for a field no line needs.
        static func slot(_ key: String) -> Int? {
            var key = key
            return key.withUTF8 { slot($0) }
        }

        /// The same from the key's UTF-8 bytes, without making a string: every line has
        /// four or more keys, and comparing strings cost about a hundred instructions each.
        static func slot(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
            func equals(_ word: StaticString) -> Bool {
                guard word.utf8CodeUnitCount == key.count else { return false }
                let start = word.utf8Start
                for i in 1..<key.count where start[i] != key[i] { return false } // byte 0 is switched on
                return true
            }
            guard key.count >= 2 else { return nil }
            switch key[0] {
            case UInt8(ascii: "i"): return equals("id") ? 0 : nil
            case UInt8(ascii: "r"): return equals("reply") ? 1 : nil
            case UInt8(ascii: "c"): return equals("customer") ? 2 : nil
            case UInt8(ascii: "s"): return equals("scenario") ? 3 : equals("seconds") ? 5 : nil
            case UInt8(ascii: "t"): return equals("turn") ? 4 : nil
            case UInt8(ascii: "l"): return equals("language") ? 6 : nil
            default: return nil
            }
        }

        mutating func store(_ slot: Int, _ value: Value) {
            switch slot {
            case 0: id = value
            case 1: reply = value
            case 2: customer = value
            case 3: scenario = value
            case 4: turn = value
            case 5: seconds = value
            case 6: language = value
            default: break
            }
        }
    }

    /// The batch fields of `bytes` (later duplicates win); the whole line is validated.
    static func batchFields(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> BatchFields {
        var result = BatchFields()
        try readObject(bytes, slot: { BatchFields.slot($0) }, slotOfBytes: { BatchFields.slot($0) },
                       store: { result.store($0, $1) })
        return result
    }

    /// Validates one JSON object and hands each wanted top-level field to `store`.
    @inline(__always)
    private static func readObject(_ bytes: UnsafeBufferPointer<UInt8>, wants: (String) -> Bool,
                                   store: (String, Value) -> Void) throws(Failure) {
        var names: [String] = []
        try readObject(bytes, slot: { key in
            guard wants(key) else { return nil }
            names.append(key)
            return names.count - 1
        }, slotOfBytes: nil, store: { store(names[$0], $1) })
    }

    /// Validates one JSON object and hands each top-level field that has a slot to `store`.
    /// A key without escapes is given to `slotOfBytes` as bytes (when there is one); any
    /// other to `slot` as a string.
    @inline(__always)
    private static func readObject(_ bytes: UnsafeBufferPointer<UInt8>, slot: (String) -> Int?,
                                   slotOfBytes: ((UnsafeBufferPointer<UInt8>) -> Int?)?,
                                   store: (Int, Value) -> Void) throws(Failure) {
        var reader = JSONLineReader(bytes)
        reader.skipSpace()
        guard reader.peek == UInt8(ascii: "{") else {
            try reader.skipValue(depth: 0)
            reader.skipSpace()
            throw reader.position == bytes.count ? .notAnObject : .invalid
        }
        reader.position += 1
        reader.skipSpace()
        if reader.peek == UInt8(ascii: "}") {
            reader.position += 1
        } else {
            while true {
                reader.skipSpace()
                guard reader.peek == UInt8(ascii: "\"") else { throw .invalid }
                let keySlot: Int?
                if let slotOfBytes, let plain = reader.plainKey() {
                    keySlot = slotOfBytes(plain)
                } else {
                    keySlot = slot(try reader.readString())
                }
                reader.skipSpace()
                guard reader.peek == UInt8(ascii: ":") else { throw .invalid }
                reader.position += 1
                reader.skipSpace()
                if let keySlot {
                    store(keySlot, try reader.readValue())
                } else {
                    try reader.skipValue(depth: 1)
                }
                reader.skipSpace()
                guard let next = reader.peek else { throw .invalid }
                reader.position += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else { throw .invalid }
            }
        }
        reader.skipSpace()
        guard reader.position == bytes.count else { throw .invalid }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private static let maxDepth = 512

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func readValue() throws(Failure) -> Value {
        guard let byte = peek else { throw .invalid }
        switch byte {
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipValue(depth: 1)
            return .container
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "n"): try expect("null"); return .null
        default: return try readNumber()
        }
    }

    private mutating func expect(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw .invalid }
        let start = word.utf8Start
        for i in 0..<count where bytes[position + i] != start[i] { throw .invalid }
        position += count
    }

    private mutating func skipValue(depth: Int) throws(Failure) {
        guard depth < Self.maxDepth, let byte = peek else { throw .invalid }
        switch byte {
        case UInt8(ascii: "\""):
            try skipString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let close: UInt8 = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            let isObject = byte == UInt8(ascii: "{")
            position += 1
            skipSpace()
            if peek == close { position += 1; return }
            while true {
                skipSpace()
                if isObject {
                    guard peek == UInt8(ascii: "\"") else { throw .invalid }
                    try skipString()
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw .invalid }
                    position += 1
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                guard let next = peek else { throw .invalid }
                position += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else { throw .invalid }
            }
        case UInt8(ascii: "t"): try expect("true")
        case UInt8(ascii: "f"): try expect("false")
        case UInt8(ascii: "n"): try expect("null")
        default: try skipNumber()
        }
    }

    /// A key with neither escapes nor bytes above ASCII: its bytes between the quotes
    /// (position then after the closing quote). Nil, position unchanged, for any other.
    private mutating func plainKey() -> UnsafeBufferPointer<UInt8>? {
        var end = position + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let key = UnsafeBufferPointer(rebasing: bytes[(position + 1)..<end])
                position = end + 1
                return key
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { return nil }
            end += 1
        }
        return nil
    }

    /// A number checked against the grammar (see `readNumber`) without being decoded.
    private mutating func skipNumber() throws(Failure) {
        if peek == UInt8(ascii: "-") { position += 1 }
        guard let first = peek, first >= 0x30, first <= 0x39 else { throw .invalid }
        position += 1
        if first != 0x30 { skipDigits() }
        if peek == UInt8(ascii: ".") {
            position += 1
            guard skipDigits() > 0 else { throw .invalid }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            position += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { position += 1 }
            guard skipDigits() > 0 else { throw .invalid }
        }
    }

    /// number := -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    private mutating func readNumber() throws(Failure) -> Value {
        let start = position
        try skipNumber()
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let value = Double(literal) else { throw .invalid }
        return .number(value, literal: literal)
    }

    @discardableResult
    private mutating func skipDigits() -> Int {
        let start = position
        while position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 { position += 1 }
        return position - start
    }

    private mutating func skipString() throws(Failure) {
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { position += 1; return }
            if byte < 0x20 { throw .invalid }
            if byte == UInt8(ascii: "\\") {
                position += 1
                guard let escaped = peek else { throw .invalid }
                if escaped == UInt8(ascii: "u") {
                    _ = try readHex4()
                    continue
                }
                guard Self.isSimpleEscape(escaped) else { throw .invalid }
            }
            position += 1
        }
        throw .invalid
    }

    private static func isSimpleEscape(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"): return true
        default: return false
        }
    }

    /// Reads `uXXXX` (position at the `u`), leaving position after it.
    private mutating func readHex4() throws(Failure) -> UInt32 {
        guard position + 4 < bytes.count else { throw .invalid }
        var value: UInt32 = 0
        for i in 1...4 {
            let c = bytes[position + i]
            let digit: UInt8
            switch c {
            case 0x30...0x39: digit = c - 0x30
            case 0x41...0x46: digit = c - 0x41 + 10
            case 0x61...0x66: digit = c - 0x61 + 10
            default: throw .invalid
            }
            value = value << 4 | UInt32(digit)
        }
        position += 5
        return value
    }

    /// Decodes a string (position at the opening quote). Strings without escapes are
    /// made straight from their bytes; invalid UTF-8 makes the line invalid.
    /// No byte of `word` is `"`, `\\` or below 0x20, nor (when `ascii`) 0x80 or above.
    /// (The zero-byte test can report a byte that is not there only after one that is, so
    /// a clean word is never misjudged.)
    @inline(__always)
    static func isPlain(_ word: UInt64, ascii: Bool) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = hasZero(word ^ (ones &* 0x22))
        let backslash = hasZero(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & highs
        let high = ascii ? word & highs : 0
        return quote | backslash | control | high == 0
    }

    private mutating func readString() throws(Failure) -> String {
        position += 1
        let start = position
        var ascii = true
        let base = bytes.baseAddress!
        while position < bytes.count {
            // Eight bytes at a time while none is a quote, a backslash, a control character
            // or (until one has been seen) a non-ASCII byte: replies are mostly plain text.
            if position + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self)
                if Self.isPlain(word, ascii: ascii) {
                    position += 8
                    continue
                }
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                if ascii { return String(decoding: slice, as: UTF8.self) }
                guard let text = String(validating: slice, as: UTF8.self) else { throw .invalid }
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw .invalid }
            if byte >= 0x80 { ascii = false }
            position += 1
        }
        // Escapes: decode into a buffer.
        var buffer: [UInt8] = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                guard let text = String(validating: buffer, as: UTF8.self) else { throw .invalid }
                return text
            }
            if byte < 0x20 { throw .invalid }
            guard byte == UInt8(ascii: "\\") else {
                buffer.append(byte)
                position += 1
                continue
            }
            position += 1
            guard let escaped = peek else { throw .invalid }
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escaped)
            case UInt8(ascii: "b"): buffer.append(0x08)
            case UInt8(ascii: "f"): buffer.append(0x0C)
            case UInt8(ascii: "n"): buffer.append(0x0A)
            case UInt8(ascii: "r"): buffer.append(0x0D)
            case UInt8(ascii: "t"): buffer.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try readHex4()
                if scalar >= 0xD800 && scalar < 0xDC00 {
                    guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                        throw .unpairedSurrogate
                    }
                    position += 1
                    let low = try readHex4()
                    guard low >= 0xDC00 && low < 0xE000 else { throw .unpairedSurrogate }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard Unicode.Scalar(scalar) != nil else { throw .unpairedSurrogate }
                appendUTF8(scalar, to: &buffer)
                continue
            default:
                throw .invalid
            }
            position += 1
        }
        throw .invalid
    }

    private func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        buffer.append(contentsOf: UTF8.encode(scalar)!)
    }
}
