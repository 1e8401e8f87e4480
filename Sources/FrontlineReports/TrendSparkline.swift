import FrontlineModel

/// A weekly trend as a terminal sparkline (▁▂▃▄▅▆▇█), one character per week and a
/// middle dot for a week without sessions. Scaled to the series' own range, but never
/// to less than `minimumSpan` points, so noise does not look like a trend.
public enum TrendSparkline {
    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    public static let gap: Character = "·"

    public static func render(_ values: [Double?], minimumSpan: Double = 10) -> String {
        let known = values.compactMap { $0 }
        guard let low = known.min(), let high = known.max() else { return String(repeating: gap, count: values.count) }
        let span = max(high - low, minimumSpan)
        let floor = max(0, min(low - (span - (high - low)) / 2, 100 - span))
        return String(values.map { value -> Character in
            guard let value else { return gap }
            let fraction = (value - floor) / span
            return bars[max(0, min(bars.count - 1, (fraction * Double(bars.count - 1)).clampedInt))]
        })
    }
}
