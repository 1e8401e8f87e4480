/// Escaping for text and attribute values in the HTML report (and its inline SVG).
///
/// Every piece of user text (trainee names, scenario titles, criterion names, the store
/// path) goes through `Html.text` or `Html.attribute`; markup is only ever written by
/// this target's own code.
public enum Html {
    /// Escapes &, <, >, " and ' and replaces characters HTML forbids (C0/C1 controls other
    /// than tab and newlines, lone surrogates cannot occur in a Swift String, noncharacters)
    /// with U+FFFD, so any name renders as the same characters it was typed with.
    public static func text(_ value: String) -> String {
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default:
                if isForbidden(scalar) { out += "\u{FFFD}" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Same escaping: attribute values are always double-quoted by this code.
    public static func attribute(_ value: String) -> String { text(value) }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if (0xFDD0...0xFDEF).contains(v) || (v & 0xFFFE) == 0xFFFE { return true }
        return false
    }

    /// The direction of the first strong character, as `dir="auto"` decides it: "rtl" for
    /// Hebrew, Arabic (Persian) and the other right-to-left scripts, else "ltr".
    public static func direction(of value: String) -> String {
        for scalar in value.unicodeScalars {
            let v = scalar.value
            if (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) { continue } // digits are weak
            if (0x0590...0x08FF).contains(v) || (0xFB1D...0xFDFF).contains(v) || (0xFE70...0xFEFF).contains(v)
                || (0x10800...0x10FFF).contains(v) || (0x1E800...0x1EFFF).contains(v) {
                return "rtl"
            }
            if scalar.properties.isAlphabetic { return "ltr" }
        }
        return "ltr"
    }

    /// At most `limit` characters (grapheme clusters), with "…" when cut.
    public static func truncated(_ value: String, to limit: Int) -> String {
        value.count <= limit ? value : String(value.prefix(max(1, limit - 1))) + "…"
    }
}
