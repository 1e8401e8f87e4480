import CFriBidi
import FrontlineModel

/// Puts displayed lines in the order a terminal without bidi must receive them to be read
/// right to left: each line (already wrapped by display width, `TextWrap`) is reordered on
/// its own with GNU FriBidi, colours follow their characters, and right-to-left lines are
/// right-aligned to the terminal's width. In `terminal` and `off` mode, and for text
/// without right-to-left letters, text passes through unchanged, byte for byte.
///
/// - Direction: a line is right-to-left when its first strong letter is (UAX #9 P2), or when
///   it continues a right-to-left paragraph: indented deeper than the paragraph's first line
///   (the hanging indent of "مریم: …" and "  ✓ …") and holding right-to-left letters (or no
///   letters at all), or at the same indent with more right-to-left than left-to-right
///   letters. Such a continuation of a left-to-right paragraph stays left-to-right; an
///   indented line without right-to-left letters ("  Empathy 80 · …") is a paragraph of its own.
/// - Quotes: text between “…”, «…», (…) or a pair of "…" on one line is put in a first-strong
///   isolate (FSI…PDI) before reordering, so quoted evidence keeps its own direction and its
///   punctuation; the quotes enclose it on screen in either direction («» by Unicode
///   mirroring, “” turned round on right-to-left levels). The isolate controls are not printed.
/// - Numbers, order ids (A-1042, BZ-48213) and Latin words keep their left-to-right order
///   inside Persian: that is the bidi algorithm's own work.
public struct VisualOrder: Sendable {
    public let mode: BidiMode
    let width: @Sendable () -> Int

    /// - Parameter width: the terminal's width now, for right-aligning right-to-left lines.
    public init(mode: BidiMode, width: @escaping @Sendable () -> Int) {
        self.mode = mode
        self.width = width
    }

    /// Text (one or more lines) as it should be written to the terminal.
    public func display(_ text: String) -> String {
        guard mode == .visual, text.unicodeScalars.contains(where: \.isRightToLeft) else { return text }
        return Self.visual(text, width: width())
    }

    /// A prompt for readline: right-to-left words in reading order, but laid out left to
    /// right and never padded, since the typed text follows it in logical order.
    public func prompt(_ text: String) -> String {
        guard mode == .visual, text.unicodeScalars.contains(where: \.isRightToLeft) else { return text }
        var style = "", quote: Unicode.Scalar?
        guard let line = StyledLine(text, carried: &style) else { return text }
        return StyledLine.render(Self.reorder(Self.isolatingQuotes(line.cells, open: &quote), rightToLeft: false))
    }

    /// Every line of `text` in visual order, lines wider than `width` wrapped first.
    static func visual(_ text: String, width: Int) -> String {
        var style = "", quote: Unicode.Scalar?
        var paragraph: (indent: Int, rightToLeft: Bool)?
        var shown: [String] = []
        for logical in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            for line in logical.terminalWidth > width ? TextWrap.lines(logical, width: width) : [logical] {
                guard let parsed = StyledLine(line, carried: &style) else {
                    shown.append(line)
                    paragraph = nil
                    continue
                }
                let cells = isolatingQuotes(parsed.cells, open: &quote)
                let indent = cells.prefix { $0.scalar == " " }.count
                guard indent < cells.count else {
                    shown.append(line)
                    paragraph = nil
                    continue
                }
                let rightToLeft: Bool
                let strong = firstStrong(cells), hasRightToLeft = cells.contains { $0.scalar.isRightToLeft }
                if let current = paragraph, indent > current.indent && (hasRightToLeft || strong == 0)
                    || (current.rightToLeft && indent == current.indent && mostlyRightToLeft(cells)) {
                    rightToLeft = current.rightToLeft
                } else {
                    // A line that is all bracketed or quoted ("  (مریم … · صبر ۷۰)") takes the
                    // direction of most of its letters inside (UAX #9 HL1): else it would stay
                    // left to right, its brackets around the Persian instead of read with it.
                    // Most, not the first: the English patience line of a Persian customer,
                    // "(مریم sounds calmer · patience 75)", is an English sentence.
                    rightToLeft = strong == 0 ? mostlyRightToLeft(cells) : strong == 2
                    paragraph = (indent, rightToLeft)
                }
                guard rightToLeft || hasRightToLeft else {
                    shown.append(line)
                    continue
                }
                let text = StyledLine.render(reorder(cells, rightToLeft: rightToLeft))
                let room = width - text.terminalWidth
                shown.append(rightToLeft && room > 0 ? String(repeating: " ", count: room) + text : text)
            }
        }
        return shown.joined(separator: "\n")
    }

    /// The cells in visual order (FriBidi), right-to-left or left-to-right as decided.
    static func reorder(_ cells: [StyledLine.Cell], rightToLeft: Bool) -> [StyledLine.Cell] {
        let logical = cells.map(\.scalar.value)
        var visual = [UInt32](repeating: 0, count: logical.count)
        var order = [Int32](repeating: 0, count: logical.count)
        let status = logical.withUnsafeBufferPointer { input in
            visual.withUnsafeMutableBufferPointer { output in
                order.withUnsafeMutableBufferPointer { map in
                    frontline_bidi_visual(input.baseAddress, Int32(input.count), rightToLeft ? 1 : 0, output.baseAddress, map.baseAddress)
                }
            }
        }
        guard status == 0 else { return cells }
        return zip(visual, order).map { scalar, index in
            var cell = cells[Int(index)]
            cell.scalar = Unicode.Scalar(scalar) ?? cell.scalar
            return cell
        }
    }

    static let openers: [Unicode.Scalar: Unicode.Scalar] = ["\u{201C}": "\u{201D}", "\u{AB}": "\u{BB}", "(": ")", "\"": "\""]

    /// An isolate after each opening quote and PDI before its closing one; a quote still
    /// open at the end of the line is closed there and reopened after the next line's
    /// indent. The isolate takes the direction most of its letters have (LRI or RLI; FSI when
    /// it has none): "(مریم sounds calmer · patience 75)" is English around a Persian name,
    /// though its first letter is Persian.
    static func isolatingQuotes(_ cells: [StyledLine.Cell], open: inout Unicode.Scalar?) -> [StyledLine.Cell] {
        func control(_ scalar: Unicode.Scalar, near cell: StyledLine.Cell) -> StyledLine.Cell {
            StyledLine.Cell(scalar: scalar, style: cell.style, added: true)
        }
        var result: [StyledLine.Cell] = []
        var opened: Int? // where the open isolate's control is in `result`
        func close(near cell: StyledLine.Cell) {
            if let at = opened {
                let inside = result[(at + 1)...].map { frontline_bidi_strength($0.scalar.value) }
                let rightToLeft = inside.filter { $0 == 2 }.count, leftToRight = inside.filter { $0 == 1 }.count
                if rightToLeft != leftToRight { result[at].scalar = rightToLeft > leftToRight ? "\u{2067}" : "\u{2066}" }
            }
            result.append(control("\u{2069}", near: cell))
            opened = nil
        }
        var index = 0
        if open != nil {
            while index < cells.count, cells[index].scalar == " " { result.append(cells[index]); index += 1 }
            if index < cells.count {
                opened = result.count
                result.append(control("\u{2068}", near: cells[index]))
            }
        }
        while index < cells.count {
            let cell = cells[index]
            if let closing = open, cell.scalar == closing {
                close(near: cell)
                result.append(cell)
                open = nil
            } else if open == nil, let closing = openers[cell.scalar],
                      closing != "\"" || cells[(index + 1)...].contains(where: { $0.scalar == "\"" }) {
                result.append(cell)
                opened = result.count
                result.append(control("\u{2068}", near: cell))
                open = closing
            } else {
                result.append(cell)
            }
            index += 1
        }
        if open != nil, let last = result.last { close(near: last) }
        if open == "\"" { open = nil }
        return result
    }

    /// 1 when the first strong letter outside isolates is left-to-right, 2 when it is
    /// right-to-left, 0 when there is none.
    static func firstStrong(_ cells: [StyledLine.Cell]) -> Int32 {
        var depth = 0
        for cell in cells {
            switch cell.scalar.value {
            case 0x2066...0x2068: depth += 1
            case 0x2069: depth = max(0, depth - 1)
            default:
                guard depth == 0 else { continue }
                let strength = frontline_bidi_strength(cell.scalar.value)
                if strength != 0 { return strength }
            }
        }
        return 0
    }

    static func mostlyRightToLeft(_ cells: [StyledLine.Cell]) -> Bool {
        let strengths = cells.map { frontline_bidi_strength($0.scalar.value) }
        return strengths.filter { $0 == 2 }.count > strengths.filter { $0 == 1 }.count
    }
}
