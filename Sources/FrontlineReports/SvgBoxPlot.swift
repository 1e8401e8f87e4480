import FrontlineLocale

/// Horizontal box plots of overall scores, one row per scenario on a shared 0–100 axis:
/// box from the lower to the upper quartile, a line at the median, whiskers to the most
/// extreme scores within 1.5 × IQR, outliers as rings and every session as a faint dot.
struct SvgBoxPlot {
    var id: String
    var label: String
    var description: String
    var rows: [ReportScenarioScores]
    var width: Double = 980
    var rowHeight: Double = 40
    var labelWidth: Double = 260
    /// The axis titles' and labels' language.
    var messages: Messages = .english
    static let maximumDots = 200

    var left: Double { labelWidth + 16 }
    var right: Double { 56 }
    var top: Double { 24 }
    var bottom: Double { 44 }
    var plotWidth: Double { width - left - right }
    var height: Double { top + rowHeight * Double(rows.count) + bottom }

    func x(_ score: Double) -> Double { left + plotWidth * min(100, max(0, score)) / 100 }

    func render() -> String {
        var svg = Svg.open(id: id, width: width, height: height, label: label, description: description,
                           className: "chart box-plot", extra: "data-rows=\"\(rows.count)\"")
        svg += axis()
        for (index, row) in rows.enumerated() { svg += self.row(row, top: top + rowHeight * Double(index)) }
        return svg + "</svg>"
    }

    func axis() -> String {
        let baseline = top + rowHeight * Double(rows.count)
        var out = "<g class=\"axis x-axis\" aria-hidden=\"true\">"
        for tick in stride(from: 0.0, through: 100, by: 10) {
            out += "<line class=\"grid\(tick.truncatingRemainder(dividingBy: 50) == 0 ? " strong" : "")\" x1=\"\(Svg.number(x(tick)))\" x2=\"\(Svg.number(x(tick)))\" y1=\"\(Svg.number(top))\" y2=\"\(Svg.number(baseline))\"/>"
            out += Svg.text(messages.digits(Svg.number(tick)), x: x(tick), y: baseline + 16, anchor: .middle, className: "tick")
        }
        out += Svg.text(messages(.reportMedianTick), x: width - right + 10, y: 16, className: "row-sublabel")
        out += Svg.text(messages(.reportBoxAxis), x: left + plotWidth / 2, y: height - 8, anchor: .middle, className: "axis-title")
        return out + "</g>"
    }

    func row(_ row: ReportScenarioScores, top rowTop: Double) -> String {
        let middle = rowTop + rowHeight / 2
        let summary: String
        if let stats = row.stats {
            summary = messages(.reportBoxTip, [
                "title": row.title, "median": messages.digits(Svg.score(stats.median)),
                "lower": messages.digits(Svg.score(stats.lowerQuartile)), "upper": messages.digits(Svg.score(stats.upperQuartile)),
                "lowest": messages.digits(Svg.score(stats.minimum)), "highest": messages.digits(Svg.score(stats.maximum)),
                "sessions": messages.plural(.reportScoredSessions, stats.count)])
        } else {
            summary = messages(.reportBoxTipEmpty, ["title": row.title])
        }
        var out = "<g class=\"box\" data-scenario=\"\(Html.attribute(row.scenarioId))\" data-count=\"\(row.values.count)\" aria-label=\"\(Html.attribute(summary))\"><title>\(Html.text(summary))</title>"
        if rowTop > top { out += "<line class=\"row-rule\" x1=\"0\" x2=\"\(Svg.number(width))\" y1=\"\(Svg.number(rowTop))\" y2=\"\(Svg.number(rowTop))\"/>" }
        out += Svg.text(Html.truncated(row.title, to: 34), x: labelWidth, y: middle - 2, anchor: .end, className: "row-label",
                        extra: "lang=\"\(Html.attribute(row.language))\"")
        out += Svg.text("\(row.scenarioId) · n=\(messages.number(row.values.count))", x: labelWidth, y: middle + 12, anchor: .end, className: "row-sublabel")
        guard let stats = row.stats else {
            return out + Svg.text(messages(.reportNoScores), x: left + 4, y: middle + 4, className: "row-sublabel") + "</g>"
        }
        let box = rowHeight * 0.46
        let colour = ReportMetric.overall.colour
        out += "<line class=\"whisker\" x1=\"\(Svg.number(x(stats.lowerWhisker)))\" x2=\"\(Svg.number(x(stats.upperWhisker)))\" y1=\"\(Svg.number(middle))\" y2=\"\(Svg.number(middle))\"/>"
        for end in [stats.lowerWhisker, stats.upperWhisker] {
            out += "<line class=\"whisker\" x1=\"\(Svg.number(x(end)))\" x2=\"\(Svg.number(x(end)))\" y1=\"\(Svg.number(middle - box / 4))\" y2=\"\(Svg.number(middle + box / 4))\"/>"
        }
        let boxWidth = max(2, x(stats.upperQuartile) - x(stats.lowerQuartile))
        out += "<rect class=\"iqr\" x=\"\(Svg.number(x(stats.lowerQuartile) - (boxWidth == 2 ? 1 : 0)))\" y=\"\(Svg.number(middle - box / 2))\" width=\"\(Svg.number(boxWidth))\" height=\"\(Svg.number(box))\" rx=\"2\"/>"
        out += "<line class=\"median\" x1=\"\(Svg.number(x(stats.median)))\" x2=\"\(Svg.number(x(stats.median)))\" y1=\"\(Svg.number(middle - box / 2))\" y2=\"\(Svg.number(middle + box / 2))\" stroke=\"\(colour)\"/>"
        // Every session as a dot while they stay distinguishable; beyond that the box says it.
        for (n, value) in row.values.enumerated() where row.values.count <= Self.maximumDots {
            // A small, deterministic vertical spread so equal scores stay visible.
            let jitter = Double((n * 7) % 5 - 2) * box / 8
            out += "<circle class=\"session-dot\" cx=\"\(Svg.number(x(value)))\" cy=\"\(Svg.number(middle + jitter))\" r=\"2.2\"/>"
        }
        for value in stats.outliers {
            out += "<circle class=\"outlier\" cx=\"\(Svg.number(x(value)))\" cy=\"\(Svg.number(middle))\" r=\"3.5\"/>"
        }
        out += Svg.text(messages.digits(Svg.score(stats.median)), x: width - right + 10, y: middle + 4, className: "row-value")
        return out + "</g>"
    }
}
