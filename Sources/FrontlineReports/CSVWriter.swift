import Foundation

/// CSV as spreadsheets read it (RFC 4180): fields with commas, quotes, line breaks or
/// leading/trailing spaces are quoted, quotes doubled; lines end with CRLF. Text is
/// UTF-8 and written verbatim, Persian and Latvian included.
public struct CSVWriter: Sendable {
    public private(set) var text = ""

    public init(header: [String]) {
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        text += fields.map(Self.escape).joined(separator: ",") + "\r\n"
    }

    public static func escape(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
