import FrontlineModel

/// A plain-text table aligned by terminal columns (Persian, Latvian, CJK and emoji
/// included). When wider than `maxWidth`, the flexible column (then the widest) is
/// shortened with "…". Cells may carry colour codes; they take no columns.
public struct TextGrid: Sendable {
    public var columns: [String]
    public private(set) var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int> = []
    /// The column shortened first.
    public var flexible: Int?
    /// Spaces before every line.
    public var indent = 0

    public init(columns: [String], rightAligned: Set<Int> = [], flexible: Int? = nil, indent: Int = 0) {
        self.columns = columns
        self.rightAligned = rightAligned
        self.flexible = flexible
        self.indent = indent
    }

    public mutating func add(_ row: [String]) {
        rows.append(columns.indices.map { $0 < row.count ? row[$0] : "" })
    }

    public var isEmpty: Bool { rows.isEmpty }

    public func render(_ palette: Palette = .plain, maxWidth: Int = 200) -> String {
        let cells = rows.map { $0.map(Self.oneLine) }
        // Widths are measured once per cell: measuring is the costly part of a 500-row table.
        let cellWidths = cells.map { $0.map(\.terminalWidth) }
        let headerWidths = columns.map(\.terminalWidth)
        var widths = columns.indices.map { i in max(headerWidths[i], cellWidths.map { $0[i] }.max() ?? 0) }
        var excess = widths.reduce(0, +) + 2 * max(0, columns.count - 1) + indent - maxWidth
        var order = widths.indices.sorted { widths[$0] > widths[$1] }
        if let flexible, order.contains(flexible) {
            order.removeAll { $0 == flexible }
            order.insert(flexible, at: 0)
        }
        for column in order where excess > 0 {
            let floor = min(widths[column], max(8, headerWidths[column]))
            let cut = min(excess, widths[column] - floor)
            widths[column] -= cut
            excess -= cut
        }
        let margin = String(repeating: " ", count: indent)
        func line(_ cells: [String], _ measured: [Int]) -> String {
            var text = margin
            for i in cells.indices {
                var cell = cells[i]
                var width = measured[i]
                if width > widths[i] {
                    cell = Self.plainText(cell).truncated(toWidth: widths[i])
                    width = cell.terminalWidth
                }
                if i > 0 { text += "  " }
                let pad = String(repeating: " ", count: max(0, widths[i] - width))
                if rightAligned.contains(i) {
                    text += pad + cell
                } else {
                    text += cell
                    if i < cells.count - 1 { text += pad }
                }
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [palette.bold(line(columns, headerWidths))]
        lines.reserveCapacity(cells.count + 1)
        for (row, measured) in zip(cells, cellWidths) { lines.append(line(row, measured)) }
        return lines.joined(separator: "\n")
    }

    /// Line breaks and tabs shown as spaces, so a name or reply never breaks the table.
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
        return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Without colour codes (ESC [ … m), before a cell is cut.
    static func plainText(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        var result = ""
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" { inEscape = true } else { result.append(character) }
        }
        return result
    }
}
