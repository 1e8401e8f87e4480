/// A compiler-style message about a manager's file.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation?
    /// The source line the location points into, for the quote and caret.
    public var sourceLine: String?

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String,
                at location: SourceLocation?, sourceLine: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.error, code, message, at: location)
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location)
    }

    /// `file:line:col: error: message [FL0012]`, on one line, terminal-safe (a file name
    /// or a message can hold what a file put there).
    public var description: String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message) [\(code.rawValue)]".terminalSafe()
    }

    /// The header line, the quoted source line and a caret under the column.
    public var rendered: String {
        var text = description
        if let line = sourceLine, let column = location?.column {
            let (shown, caretPad) = Self.window(line, column: column)
            text += "\n    \(shown)\n    \(String(repeating: " ", count: caretPad))^"
        }
        return text
    }

    /// The source line (at most about 100 columns of it, around the column) and the
    /// caret's offset in it. Control characters in the line are shown, not sent
    /// (`terminalSafe`), and the caret still points at the column.
    static func window(_ line: String, column: Int, width: Int = 100) -> (String, Int) {
        var scalars: [Unicode.Scalar] = []
        var index = 0
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            if offset == column - 1 { index = scalars.count }
            switch scalar.value {
            case 0x09: scalars += Array("    ".unicodeScalars)
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: scalars += Array(String(scalar).terminalSafe().unicodeScalars)
            default: scalars.append(scalar)
            }
        }
        if column - 1 >= line.unicodeScalars.count { index = scalars.count }
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        guard scalars.count > width else { return (text(0..<scalars.count), text(0..<index).terminalWidth) }
        let start = max(0, min(index - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        let lead = start > 0 ? "…" : ""
        return (lead + text(start..<end) + (end < scalars.count ? "…" : ""), lead.count + text(start..<index).terminalWidth)
    }
}

import Foundation
