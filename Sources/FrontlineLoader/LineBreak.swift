/// What counts as a line break, the way libyaml (inside Yams) counts them: LF, CR, CRLF
/// (one break), NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029).
///
/// Yams' marks number lines this way; SourceText must split lines the same way, or a
/// file with CR-only line ends has line numbers beyond its last line (and a range built
/// from them runs backwards and traps).
enum LineBreak {
    /// The length in bytes of the line break starting at `index` (2 for CRLF), or 0.
    @inline(__always)
    static func length(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else { return 0 }
            return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    /// Whether a scalar breaks a line (CR followed by LF is counted once, at the CR).
    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// The byte ranges of the lines of `bytes`, line ends not included; a text ending in
    /// a break has an empty last line, as an editor shows it.
    static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, i = 0
        while i < bytes.count {
            let n = length(at: i, in: bytes)
            if n == 0 { i += 1; continue }
            ranges.append(start..<i)
            i += n
            start = i
        }
        ranges.append(start..<bytes.count)
        return ranges
    }
}
