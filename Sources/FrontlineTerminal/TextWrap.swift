import Foundation
import FrontlineModel

/// Word wrapping by terminal display columns: wide characters count two, combining marks
/// and zero-width characters none, colour sequences none (Persian, Latvian, CJK, emoji).
/// A word wider than the line is cut between characters, never mid-character.
enum TextWrap {
    static func wrap(_ text: String, width: Int, indent: String = "") -> String {
        lines(text, width: width - indent.terminalWidth).map { indent + $0 }.joined(separator: "\n")
    }

    /// The lines of `text` at most `width` columns wide (at least 20), paragraph breaks kept.
    static func lines(_ text: String, width: Int) -> [String] {
        let limit = max(20, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ").flatMap({ pieces(String($0), width: limit) }) {
                let candidate = line.isEmpty ? word : line + " " + word
                if candidate.terminalWidth > limit, !line.isEmpty {
                    lines.append(line)
                    line = word
                } else {
                    line = candidate
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `first` then `text` wrapped so that the lines after the first start under the text:
    /// "Dana: …" with the customer's words aligned under each other. The hanging indent
    /// falls back to two spaces when `first` is wider than a third of the line.
    static func hanging(_ first: String, _ text: String, width: Int) -> [String] {
        let lead = first.terminalWidth
        let indent = lead <= max(20, width) / 3 ? lead : 2
        guard lead == indent else {
            let all = lines(first + text, width: width)
            let rest = all.dropFirst().joined(separator: " ")
            return [all[0]] + (rest.isEmpty ? [] : lines(rest, width: width - indent).map { "  " + $0 })
        }
        return lines(text, width: width - indent).enumerated().map { i, line in (i == 0 ? first : String(repeating: " ", count: indent)) + line }
    }

    /// A word cut into pieces no wider than `width` (between characters; colour sequences whole).
    static func pieces(_ word: String, width: Int) -> [String] {
        guard word.terminalWidth > width else { return [word] }
        var pieces: [String] = [], piece = "", used = 0
        for (text, columns) in units(word) {
            if used + columns > width, used > 0 {
                pieces.append(piece)
                piece = ""
                used = 0
            }
            piece += text
            used += columns
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// Cuts a line to `width` columns with "…", keeping colour sequences intact and
    /// resetting the colour after a cut.
    static func truncate(_ line: String, width: Int) -> String {
        guard line.terminalWidth > width else { return line }
        var result = "", used = 0, styled = false
        for (text, columns) in units(line) {
            if columns == 0 {
                if text.hasPrefix("\u{1B}") { styled = true }
                result += text
                continue
            }
            if used + columns > width - 1 { break }
            result += text
            used += columns
        }
        return result + "…" + (styled ? "\u{1B}[0m" : "")
    }

    /// Characters with their display widths; a colour sequence is one unit of width 0.
    static func units(_ text: String) -> [(String, Int)] {
        var units: [(String, Int)] = []
        var escape: String?
        for character in text {
            if var sequence = escape {
                sequence.append(character)
                if character.isLetter {
                    units.append((sequence, 0))
                    escape = nil
                } else {
                    escape = sequence
                }
                continue
            }
            if character == "\u{1B}" {
                escape = "\u{1B}"
                continue
            }
            units.append((String(character), character.terminalWidth))
        }
        if let escape { units.append((escape, 0)) }
        return units
    }

    /// The terminal's width, or 80 when output is not a terminal.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
