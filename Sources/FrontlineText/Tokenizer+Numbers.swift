/// One spelling for a number written with separators, so that "1,200", "1200" and
/// "۱٬۲۰۰" meet, as do "24,90" and "24.90": thousands separators go, the decimal
/// separator becomes ".". Replies and patterns go through the same rule.
///
/// - Both "," and "." in one number: the last one is the decimal separator ("1,234.56",
///   "1.234,56" → "1234.56").
/// - Only one kind: one to three digits (not a lone 0) and then groups of exactly three
///   after every separator make them thousands separators ("1,200", "12,345,678",
///   "1.200.000"); otherwise a single "," is a decimal comma ("24,90", "3,5", "0,500"),
///   a single "." stays a decimal point, and anything else ("1,2,3") is left as written.
///
/// The Arabic decimal and thousands separators (٫ ٬) have become "." and "," by then
/// (`CharacterNormalizer.map`). A lone "1.200" stays a decimal, as English writes it.
extension Tokenizer {
    /// Rewrites the ASCII digits and separators in `bytes[0..<count]` in place; returns the
    /// new count.
    static func canonicalNumber(_ bytes: UnsafeMutableBufferPointer<UInt8>, count: Int) -> Int {
        var commas = 0, points = 0, last = -1
        var groupsOfThree = true
        var digitsSince = 0 // digits since the last separator (or the start)
        for i in 0..<count {
            switch bytes[i] {
            case UInt8(ascii: ","), UInt8(ascii: "."):
                if last < 0 {
                    // The group before the first separator: one to three digits, and not a
                    // lone 0 ("0,500" is half, "12345,678" is not grouped in thousands).
                    if digitsSince > 3 || (digitsSince == 1 && bytes[i - 1] == UInt8(ascii: "0")) { groupsOfThree = false }
                } else if digitsSince != 3 {
                    groupsOfThree = false
                }
                if bytes[i] == UInt8(ascii: ",") { commas += 1 } else { points += 1 }
                last = i
                digitsSince = 0
            default:
                digitsSince += 1
            }
        }
        if digitsSince != 3 { groupsOfThree = false }
        guard last >= 0 else { return count }
        let decimal: Int? // the separator that stays, as "."
        if commas > 0 && points > 0 {
            decimal = last
        } else if groupsOfThree && !(points == 1 && commas == 0) {
            decimal = nil
        } else if commas + points == 1 {
            decimal = last
        } else {
            return count // "1,2,3": no rule fits; leave it as written
        }
        var n = 0
        for i in 0..<count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") {
                guard i == decimal else { continue }
                bytes[n] = UInt8(ascii: ".")
            } else {
                bytes[n] = byte
            }
            n += 1
        }
        return n
    }

    /// The same for a whole word (a number already in ASCII digits).
    static func canonicalNumber(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let count = bytes.withUnsafeMutableBufferPointer { canonicalNumber($0, count: $0.count) }
        return String(decoding: bytes[..<count], as: UTF8.self)
    }
}
