import FrontlineModel

/// A plain terminal table aligned by display columns (Persian, CJK and emoji included);
/// the widest column is shortened with "…" to fit the terminal.
public final class TextTable {
    let columns: [String]
    private(set) var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    public var rightAligned: Set<Int> = []
    /// The column shortened first when the table is wider than the terminal.
    public var flexible: Int?

    public init(columns: [String]) { self.columns = columns }

    public func add(_ row: [String]) { rows.append(row) }

    public func render(style: TerminalStyle, maxWidth: Int = 200) -> String {
        var widths = columns.indices.map { i in max(columns[i].terminalWidth, rows.map { $0[i].terminalWidth }.max() ?? 0) }
        let total = widths.reduce(0, +) + 2 * (columns.count - 1)
        var excess = total - maxWidth
        var order = Array(widths.indices.sorted { widths[$0] > widths[$1] })
        if let flexible { order.removeAll { $0 == flexible }; order.insert(flexible, at: 0) }
        for column in order where excess > 0 {
            let floor = min(widths[column], max(8, columns[column].terminalWidth))
            let cut = min(excess, widths[column] - floor)
            widths[column] -= cut
            excess -= cut
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { i in
                let cell = cells[i].truncated(toWidth: widths[i])
                if rightAligned.contains(i) {
                    return String(repeating: " ", count: max(0, widths[i] - cell.terminalWidth)) + cell
                }
                return i == cells.count - 1 ? cell : cell.padded(toWidth: widths[i])
            }.joined(separator: "  ")
        }
        return ([style.bold(line(columns))] + rows.map(line)).joined(separator: "\n")
    }
}

/// The terminal's width in columns (80 when output is not a terminal).
public enum TerminalWidth {
    public static func current() -> Int { TextWrap.terminalWidth() }
}
