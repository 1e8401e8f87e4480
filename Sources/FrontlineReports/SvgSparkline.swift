/// A word-sized trend line for a table cell: one metric over the shared timeline, 0–100,
/// the last point marked.
struct SvgSparkline {
    var label: String
    var series: ReportSeries
    var width: Double = 120
    var height: Double = 28

    func render() -> String {
        let points = series.values.enumerated().compactMap { index, value in value.map { (index, $0) } }
        let count = max(1, series.values.count - 1)
        func x(_ index: Int) -> Double { series.values.count <= 1 ? width / 2 : 3 + (width - 6) * Double(index) / Double(count) }
        func y(_ value: Double) -> Double { 3 + (height - 6) * (1 - min(100, max(0, value)) / 100) }
        var svg = "<svg class=\"sparkline\" viewBox=\"0 0 \(Svg.number(width)) \(Svg.number(height))\" width=\"\(Svg.number(width))\" height=\"\(Svg.number(height))\" role=\"img\" aria-label=\"\(Html.attribute(label))\" data-metric=\"\(series.metric.rawValue)\" data-points=\"\(points.count)\"><title>\(Html.text(label))</title>"
        svg += "<line class=\"midline\" x1=\"0\" x2=\"\(Svg.number(width))\" y1=\"\(Svg.number(y(50)))\" y2=\"\(Svg.number(y(50)))\"/>"
        if points.count > 1 {
            let path = points.enumerated().map { n, p in "\(n == 0 ? "M" : "L")\(Svg.number(x(p.0))) \(Svg.number(y(p.1)))" }.joined(separator: " ")
            svg += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(series.metric.colour)\" stroke-width=\"1.5\" stroke-linejoin=\"round\"/>"
        }
        if let last = points.last {
            svg += "<circle cx=\"\(Svg.number(x(last.0)))\" cy=\"\(Svg.number(y(last.1)))\" r=\"2.5\" fill=\"\(series.metric.colour)\"/>"
        }
        return svg + "</svg>"
    }

    /// "Overall for Dana: 54 → 72 over 5 weeks" style summary of a series.
    static func summary(_ series: ReportSeries, of subject: String) -> String {
        let values = series.values.compactMap { $0 }
        guard let first = values.first, let last = values.last else { return "\(series.metric.title) for \(subject): no scores" }
        if values.count == 1 { return "\(series.metric.title) for \(subject): \(Svg.score(last))" }
        return "\(series.metric.title) for \(subject): \(Svg.score(first)) → \(Svg.score(last)) (\(values.count) points)"
    }
}
