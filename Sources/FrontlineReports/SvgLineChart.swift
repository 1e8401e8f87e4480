import FrontlineLocale

/// A 0–100 score-over-time line chart: one line per metric, a point per bucket with data
/// (each with a tooltip), gridlines, labelled axes and, optionally, a legend.
struct SvgLineChart {
    var id: String
    var label: String
    var description: String
    var series: [ReportSeries]
    /// Tick labels and tooltip labels, one per bucket.
    var labels: [String]
    var longLabels: [String]
    var xAxisTitle: String
    var width: Double = 980
    var height: Double = 320
    var showLegend = true
    /// Fewer ticks and smaller margins, for small multiples.
    var compact = false
    /// The axis titles' and labels' language.
    var messages: Messages = .english

    var left: Double { compact ? 34 : 52 }
    /// Room for half the last tick label, which is centred on the last point.
    var right: Double {
        let half = Double(labels.last?.count ?? 0) * 3.1 + 4
        return max(compact ? 12 : 20, half)
    }
    var top: Double { showLegend ? 40 : 12 }
    var bottom: Double { compact ? 34 : 52 }
    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    func x(_ index: Int) -> Double {
        labels.count <= 1 ? left + plotWidth / 2 : left + plotWidth * Double(index) / Double(labels.count - 1)
    }

    func y(_ score: Double) -> Double { top + plotHeight * (1 - min(100, max(0, score)) / 100) }

    func render() -> String {
        var svg = Svg.open(id: id, width: width, height: height, label: label, description: description,
                           className: compact ? "chart line-chart compact" : "chart line-chart",
                           extra: "data-series=\"\(series.count)\" data-buckets=\"\(labels.count)\"")
        svg += axes()
        for line in series { svg += self.line(line) }
        if showLegend { svg += legend() }
        return svg + "</svg>"
    }

    func axes() -> String {
        var out = "<g class=\"axis y-axis\" aria-hidden=\"true\">"
        for tick in stride(from: 0.0, through: 100, by: compact ? 50 : 25) {
            out += "<line class=\"grid\" x1=\"\(Svg.number(left))\" x2=\"\(Svg.number(width - right))\" y1=\"\(Svg.number(y(tick)))\" y2=\"\(Svg.number(y(tick)))\"/>"
            out += Svg.text(messages.digits(Svg.number(tick)), x: left - 6, y: y(tick) + 4, anchor: .end, className: "tick")
        }
        if !compact {
            let middle = top + plotHeight / 2
            out += "<text class=\"axis-title\" text-anchor=\"middle\" transform=\"translate(14 \(Svg.number(middle))) rotate(-90)\">\(Html.text(messages(.reportScoreAxis)))</text>"
        }
        out += "</g><g class=\"axis x-axis\" aria-hidden=\"true\">"
        let baseline = top + plotHeight
        out += "<line class=\"baseline\" x1=\"\(Svg.number(left))\" x2=\"\(Svg.number(width - right))\" y1=\"\(Svg.number(baseline))\" y2=\"\(Svg.number(baseline))\"/>"
        let maxTicks = max(2, Int(plotWidth / (compact ? 70 : 80)))
        let step = max(1, Int((Double(labels.count) / Double(maxTicks)).rounded(.up)))
        for index in stride(from: 0, to: labels.count, by: step) {
            let tx = x(index)
            out += "<line class=\"tick-mark\" x1=\"\(Svg.number(tx))\" x2=\"\(Svg.number(tx))\" y1=\"\(Svg.number(baseline))\" y2=\"\(Svg.number(baseline + 4))\"/>"
            out += Svg.text(labels[index], x: tx, y: baseline + 17, anchor: .middle, className: "tick")
        }
        if !compact {
            out += Svg.text(xAxisTitle, x: left + plotWidth / 2, y: height - 10, anchor: .middle, className: "axis-title")
        }
        return out + "</g>"
    }

    func line(_ line: ReportSeries) -> String {
        let points = line.values.enumerated().compactMap { index, value in value.map { (index, $0) } }
        let colour = line.metric.colour
        var out = "<g class=\"series series-\(line.metric.slug)\" data-metric=\"\(line.metric.rawValue)\" data-points=\"\(points.count)\" aria-label=\"\(Html.attribute(line.metric.title(in: messages)))\">"
        if points.count > 1 {
            let path = points.enumerated().map { n, point in
                "\(n == 0 ? "M" : "L")\(Svg.number(x(point.0))) \(Svg.number(y(point.1)))"
            }.joined(separator: " ")
            let width = line.metric == .overall ? (compact ? 2.5 : 3) : (compact ? 1.5 : 2)
            out += "<path class=\"line\" d=\"\(path)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"\(Svg.number(width))\" stroke-linejoin=\"round\" stroke-linecap=\"round\"/>"
        }
        for (index, value) in points {
            let count = line.counts[index]
            // In the report's language: the metric's name, its digits, "N sessions" in its plural forms.
            let tip = "\(line.metric.title(in: messages)), \(longLabels[index]): \(messages.digits(Svg.score(value))) (\(messages.plural(.reportSessionCount, count)))"
            out += "<circle class=\"point\" cx=\"\(Svg.number(x(index)))\" cy=\"\(Svg.number(y(value)))\" r=\"\(points.count == 1 ? 4.5 : compact ? 2.5 : 3.5)\" fill=\"\(colour)\" aria-label=\"\(Html.attribute(tip))\"><title>\(Html.text(tip))</title></circle>"
        }
        return out + "</g>"
    }

    func legend() -> String {
        var out = "<g class=\"legend\" aria-hidden=\"true\">"
        var cursor = left
        for line in series {
            let colour = line.metric.colour
            out += "<line x1=\"\(Svg.number(cursor))\" x2=\"\(Svg.number(cursor + 22))\" y1=\"16\" y2=\"16\" stroke=\"\(colour)\" stroke-width=\"\(line.metric == .overall ? 3 : 2)\"/>"
            out += "<circle cx=\"\(Svg.number(cursor + 11))\" cy=\"16\" r=\"3.5\" fill=\"\(colour)\"/>"
            out += Svg.text(line.metric.title(in: messages), x: cursor + 28, y: 20, className: "legend-label")
            cursor += 28 + Double(line.metric.title(in: messages).count) * 7.5 + 24
        }
        return out + "</g>"
    }
}
