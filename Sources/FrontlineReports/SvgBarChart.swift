import FrontlineLocale

/// Horizontal bars of the most-missed criteria: one bar per criterion, its length the
/// turns that missed it, coloured by dimension, labelled with the count and share.
struct SvgBarChart {
    var id: String
    var label: String
    var description: String
    var rows: [ReportMissedCriterion]
    var width: Double = 980
    var rowHeight: Double = 28
    var labelWidth: Double = 300
    /// The axis titles' and labels' language.
    var messages: Messages = .english

    var left: Double { labelWidth + 16 }
    var right: Double { 110 }
    var top: Double { 8 }
    var bottom: Double { 40 }
    var plotWidth: Double { width - left - right }
    var height: Double { top + rowHeight * Double(rows.count) + bottom }
    var maximum: Int { max(1, rows.map(\.count).max() ?? 1) }

    /// A round tick step giving at most about six ticks.
    var tickStep: Int {
        let raw = Double(maximum) / 6
        for step in [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000] where Double(step) >= raw {
            return step
        }
        return Int(raw.rounded(.up))
    }

    var axisMaximum: Int { ((maximum + tickStep - 1) / tickStep) * tickStep }

    func x(_ count: Double) -> Double { left + plotWidth * count / Double(axisMaximum) }

    func render() -> String {
        var svg = Svg.open(id: id, width: width, height: height, label: label, description: description,
                           className: "chart bar-chart", extra: "data-bars=\"\(rows.count)\"")
        let baseline = top + rowHeight * Double(rows.count)
        svg += "<g class=\"axis x-axis\" aria-hidden=\"true\">"
        for tick in stride(from: 0, through: axisMaximum, by: tickStep) {
            svg += "<line class=\"grid\" x1=\"\(Svg.number(x(Double(tick))))\" x2=\"\(Svg.number(x(Double(tick))))\" y1=\"\(Svg.number(top))\" y2=\"\(Svg.number(baseline))\"/>"
            svg += Svg.text(messages.number(tick), x: x(Double(tick)), y: baseline + 16, anchor: .middle, className: "tick")
        }
        svg += Svg.text(messages(.reportBarAxis), x: left + plotWidth / 2,
                        y: height - 6, anchor: .middle, className: "axis-title")
        svg += "</g>"
        for (index, row) in rows.enumerated() {
            let rowTop = top + rowHeight * Double(index)
            let middle = rowTop + rowHeight / 2
            let share = messages.digits(Svg.score(row.shareOfTurns * 100)) + "%"
            let summary = messages(row.isPenalty ? .reportBarTipTriggered : .reportBarTipMissed, [
                "name": row.name, "dimension": ReportMetric(row.dimension).title(in: messages),
                "turns": messages.plural(.transcriptTurns, row.count), "share": share])
            svg += "<g class=\"bar\" data-criterion=\"\(Html.attribute(row.criterionId))\" data-count=\"\(row.count)\" aria-label=\"\(Html.attribute(summary))\"><title>\(Html.text(summary))</title>"
            svg += Svg.text(Html.truncated(row.name, to: 40), x: labelWidth, y: middle + 4, anchor: .end, className: "row-label")
            let length = max(1, x(Double(row.count)) - left)
            svg += "<rect x=\"\(Svg.number(left))\" y=\"\(Svg.number(middle - rowHeight * 0.32))\" width=\"\(Svg.number(length))\" height=\"\(Svg.number(rowHeight * 0.64))\" rx=\"2\" fill=\"\(ReportMetric(row.dimension).colour)\"\(row.isPenalty ? " class=\"penalty\"" : "")/>"
            svg += Svg.text("\(messages.number(row.count)) · \(share)", x: left + length + 6, y: middle + 4, className: "row-value")
            svg += "</g>"
        }
        return svg + "</svg>"
    }
}
