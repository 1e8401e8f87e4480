import Foundation
import FrontlineModel

/// Word wrapping by terminal columns (wide characters count twice).
enum TextWrap {
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        let limit = max(20, width - indent.terminalWidth)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if candidate.terminalWidth > limit, !line.isEmpty {
                    lines.append(line)
                    line = String(word)
                } else {
                    line = candidate
                }
            }
            lines.append(line)
        }
        return lines.map { indent + $0 }.joined(separator: "\n")
    }

    /// The terminal's width, or 80 when output is not a terminal.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
