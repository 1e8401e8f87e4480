extension String {
    /// The text with every control character made visible, so that text from a file, a
    /// reply or a store cannot drive the terminal it is printed on (an ESC sequence that
    /// clears the screen, retitles the window or hides the lines before it; a CR that
    /// overwrites a line; a BEL).
    ///
    /// C0 controls, DEL and C1 controls (U+0080–U+009F: U+009B is CSI on some terminals)
    /// are written as `\n`, `\r`, `\t` or `\u{1B}`; U+2028 and U+2029 (line breaks to
    /// YAML) as `\u{2028}`. With `keepingLayout`, LF and TAB are kept as they are: for
    /// text whose lines are layout (a transcript, a rendered diagnostic), never for a
    /// value quoted inside a message. Everything else, Persian and emoji included, is
    /// returned untouched, and text without controls is returned as it is.
    public func terminalSafe(keepingLayout: Bool = false) -> String {
        func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A, 0x09: return !keepingLayout
            case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
            default: return false
            }
        }
        guard unicodeScalars.contains(where: needsEscape) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            guard needsEscape(scalar) else { result.append(scalar); continue }
            let escaped: String
            switch scalar {
            case "\n": escaped = "\\n"
            case "\r": escaped = "\\r"
            case "\t": escaped = "\\t"
            default: escaped = "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
            result.append(contentsOf: escaped.unicodeScalars)
        }
        return String(result)
    }

    /// A short, one-line, terminal-safe excerpt of a value for quoting in a message: at
    /// most `limit` characters, the rest replaced by "…" (a 500 KB block scalar once made
    /// a 35,713-line error).
    public func excerpt(_ limit: Int = 80) -> String {
        let head = String(prefix(limit + 1)).terminalSafe()
        guard head.count > limit else { return head }
        return String(head.prefix(max(0, limit - 1))) + "…"
    }
}
