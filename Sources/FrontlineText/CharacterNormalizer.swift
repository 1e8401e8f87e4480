import Foundation

/// Character-level normalisation shared by replies and patterns: NFKC, case folding,
/// Persian letter variants, zero-width non-joiners, digits of any script, apostrophes,
/// and (for languages that ask for it) diacritics.
public struct CharacterNormalizer: Sendable {
    public var foldDiacritics: Bool

    public init(foldDiacritics: Bool = false) {
        self.foldDiacritics = foldDiacritics
    }

    /// Normalises one word.
    public func normalize(_ word: Substring) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII fast path: fold case and unify nothing else.
            return String(word).lowercased()
        }
        var text = String(word).precomposedStringWithCompatibilityMapping
        text = text.lowercased()
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let mapped = Self.map(scalar) { scalars.append(mapped) }
        }
        text = String(scalars)
        if foldDiacritics {
            text = text.folding(options: [.diacriticInsensitive], locale: nil)
        }
        return text
    }

    /// Maps one scalar to its canonical form, or nil to drop it.
    static func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x200C, 0x200D, 0x200E, 0x200F, 0xFEFF, 0x0640: // ZWNJ, ZWJ, marks, BOM, tatweel
            return nil
        case 0x064B...0x065F, 0x0670: // Arabic harakat: optional vowel marks
            return nil
        case 0x064A, 0x0649: return "\u{06CC}" // Arabic yeh, alef maksura → Persian yeh
        case 0x0643: return "\u{06A9}" // Arabic kaf → Persian keheh
        case 0x0629: return "\u{0647}" // teh marbuta → heh
        case 0x06C0: return "\u{0647}" // heh with yeh above (ezafe: هزینۀ) → heh
        case 0x0623, 0x0625, 0x0671: return "\u{0627}" // hamza-carrying alefs → alef
        case 0x06F0...0x06F9: return Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
        case 0x0660...0x0669: return Unicode.Scalar(scalar.value - 0x0660 + 0x30)
        case 0x2019, 0x2018, 0x02BC, 0x0060, 0x00B4: return "'"
        case 0x066B: return "." // Arabic decimal separator (inside numbers: Tokenizer+Numbers.swift)
        case 0x066C: return "," // Arabic thousands separator
        default: return scalar
        }
    }

    /// True for scalars that belong inside a word. Out of line: inlined, its Unicode
    /// property tables were set up on entry to the tokenizer's word scan, once a word,
    /// even for the ASCII words that never ask.
    @inline(never)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200C || scalar.value == 0x200D { return true } // joiners inside Persian words
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .otherNumber, .letterNumber:
            return true
        default:
            return false
        }
    }

    static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC: return true
        default: return false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x06F0...0x06F9, 0x0660...0x0669: return true
        default: return false
        }
    }
}
