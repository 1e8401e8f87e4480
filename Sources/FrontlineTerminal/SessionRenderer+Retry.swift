import FrontlineModel

extension SessionRenderer {
    /// `/retry`: both attempts side by side, each with its reply, scores, what was done
    /// well and what matters most to fix; stacked when the terminal is narrow.
    public func sideBySide(_ first: TurnRecord, _ second: TurnRecord) -> String {
        let gap = " │ "
        let column = (width - 2 - gap.count) / 2
        guard column >= 30 else {
            return (attempt(messages(.retryFirst), first, width: width - 2) + attempt(messages(.retrySecond), second, width: width - 2))
                .map { "  " + $0 }.joined(separator: "\n")
        }
        let left = attempt(messages(.retryFirst), first, width: column)
        let right = attempt(messages(.retrySecond), second, width: column)
        return (0..<max(left.count, right.count)).map { i in
            let l = i < left.count ? left[i] : "", r = i < right.count ? right[i] : ""
            return "  " + l + String(repeating: " ", count: max(0, column - l.terminalWidth)) + style.dim(gap) + r
        }.joined(separator: "\n")
    }

    /// One attempt as a column of lines no wider than `width`.
    func attempt(_ title: String, _ record: TurnRecord, width: Int) -> [String] {
        let s = style
        var lines = [TextWrap.truncate(s.bold("\(title) · \(messages(.scoreOverall)) ") + score(record.overall), width: width)]
        lines += TextWrap.lines("“" + record.reply.terminalSafe() + "”", width: width)
        let scores = Dimension.allCases.compactMap { d in record.grade.scores[d].map { "\(self.title(d, short: true)) \(score($0))" } }
        lines.append(TextWrap.truncate(scores.joined(separator: " · "), width: width))
        for finding in FeedbackFocus.doneWell(record.grade) {
            lines.append(TextWrap.truncate(s.green("✓") + " \(finding.name.terminalSafe())" + (finding.evidence.map { s.dim(" “\($0.text.terminalSafe())”") } ?? ""), width: width))
        }
        for finding in FeedbackFocus.misses(record.grade, facetOf: facetOf) {
            let mark = finding.outcome == .triggered ? s.red("!") : s.yellow("✗")
            let said = finding.outcome == .triggered ? (finding.evidence.map { " “\($0.text.terminalSafe())”" } ?? "") : ""
            lines.append(TextWrap.truncate(mark + " \(finding.name.terminalSafe())" + said, width: width))
        }
        return lines
    }
}
