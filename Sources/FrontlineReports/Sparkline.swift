import FrontlineModel

/// A terminal sparkline: ▁▂▃▄▅▆▇█ scaled to 0–100 scores, one character per value.
public enum Sparkline {
    static let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Double], lower: Double = 0, upper: Double = 100) -> String {
        String(values.map { value in
            let fraction = (min(max(value, lower), upper) - lower) / max(upper - lower, 1e-9)
            return bars[max(0, min(bars.count - 1, (fraction * Double(bars.count)).clampedInt))]
        })
    }
}
