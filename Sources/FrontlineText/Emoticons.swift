/// Emoticons, emoji and HTML entities that carry tone. Text from chat and the web says
/// "<3", ":)", "❤️" or "&lt;3"; each becomes one canonical token that patterns can name:
/// `<3` (affection), `:)` (a smile) or `:(` (sadness). HTML entities such as `&amp;`
/// count as punctuation.
enum Emoticons {
    static let heart: Substring = "<3"
    static let smile: Substring = ":)"
    static let sad: Substring = ":("

    /// The canonical token for an emoji scalar, if it carries tone.
    static func emoji(_ value: UInt32) -> Substring? {
        switch value {
        case 0x2764, 0x2665, 0x2661, 0x1F493...0x1F49F, 0x1F9E1, 0x1F90D, 0x1F90E, 0x1F970, 0x1F60D, 0x1F618:
            return heart
        case 0x263A, 0x1F600...0x1F60B, 0x1F60C, 0x1F642, 0x1F643, 0x1F917, 0x1F44D:
            return smile
        case 0x2639, 0x1F613, 0x1F614, 0x1F616, 0x1F61E, 0x1F61F, 0x1F622, 0x1F623, 0x1F625, 0x1F629, 0x1F62A,
             0x1F62D, 0x1F63F, 0x1F641, 0x1F97A:
            return sad
        default:
            return nil
        }
    }

    /// Variation selectors, skin tones and the zero-width joiner inside an emoji sequence.
    static func isEmojiPart(_ value: UInt32) -> Bool {
        (0xFE00...0xFE0F).contains(value) || (0x1F3FB...0x1F3FF).contains(value) || value == 0x200D
    }

    /// Cheap test before `match`: can an emoticon, emoji or entity start with this scalar?
    @inline(__always)
    static func mayStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ":", ";", "=", "<", "&": return true
        default: return scalar.value >= 0x2600
        }
    }

    /// The emoticon, emoji or entity at byte `index`: its canonical text (empty for an
    /// entity to skip, "—" for a dash entity, "…" for an ellipsis entity), its length in
    /// code points and in bytes.
    static func match(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (Substring, Int, Int)? {
        let first = utf8[index]
        if first >= 0x80 {
            let (scalar, width) = Tokenizer.decode(utf8, at: index)
            if isEmojiPart(scalar.value) { return ("", 1, width) } // a stray selector or joiner
            guard let canonical = emoji(scalar.value) else { return nil }
            // Take the presentation selector, skin tone and joined emoji with it ("❤️", "👍🏽").
            var scalars = 1, bytes = width
            while index + bytes < utf8.count {
                let (next, nextWidth) = Tokenizer.decode(utf8, at: index + bytes)
                if isEmojiPart(next.value) {
                    scalars += 1; bytes += nextWidth
                } else if next.value >= 0x1F300, scalars > 0, Tokenizer.decode(utf8, at: index + bytes - 3).0.value == 0x200D {
                    scalars += 1; bytes += nextWidth
                } else {
                    break
                }
            }
            return (canonical, scalars, bytes)
        }
        // ASCII emoticons and entities: code points and bytes coincide.
        var lookahead: [UInt32] = []
        var i = index
        while i < utf8.count, lookahead.count < 12 {
            let byte = utf8[i]
            if byte >= 0x80 {
                lookahead.append(Tokenizer.decode(utf8, at: i).0.value)
                break
            }
            lookahead.append(UInt32(byte))
            i += 1
        }
        return match(lookahead).map { ($0.0, $0.1, $0.1) }
    }

    static func match(_ s: [UInt32]) -> (Substring, Int)? {
        func at(_ i: Int) -> UInt32 { i < s.count ? s[i] : 0 }
        func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
        func isLetter(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        func isWord(_ v: UInt32) -> Bool { v == 0 ? false : CharacterNormalizer.isWordScalar(Unicode.Scalar(v) ?? " ") }
        let first = at(0)
        switch first {
        case 0x3C: // <3, <33
            var end = 1
            while at(end) == 0x33 { end += 1 }
            return end > 1 && !isDigit(at(end)) ? (heart, end) : nil
        case 0x3A, 0x3B, 0x3D: // : ; =
            var i = 1
            if at(i) == 0x2D || at(i) == 0x27 { i += 1 } // :-) :'(
            switch at(i) {
            case 0x29, 0x5D: return (smile, i + 1)          // ) ]
            case 0x44 where !isWord(at(i + 1)): return (smile, i + 1) // D
            case 0x28, 0x5B: return (sad, i + 1)            // ( [
            default: return nil
            }
        case 0x26: // &entity;
            var i = 1
            var name: [UInt32] = []
            while i < s.count, i < 10, isLetter(at(i)) || isDigit(at(i)) || at(i) == 0x23 {
                name.append(at(i) | 0x20)
                i += 1
            }
            guard at(i) == 0x3B, !name.isEmpty else { return nil }
            let entity = String(String.UnicodeScalarView(name.compactMap(Unicode.Scalar.init)))
            switch entity {
            case "lt":
                var end = i + 1
                while at(end) == 0x33 { end += 1 }
                return end > i + 1 && !isDigit(at(end)) ? (heart, end) : ("", i + 1)
            case "mdash", "ndash": return ("—", i + 1)
            case "hellip": return ("…", i + 1)
            default: return ("", i + 1)
            }
        default:
            return emoji(first).map { ($0, 1) }
        }
    }
}
