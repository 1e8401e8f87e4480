/// Five-number summary with Tukey whiskers (1.5 × IQR), for the box plots.
public struct ReportBoxStats: Sendable, Equatable {
    public var count: Int
    public var minimum: Double
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double
    public var maximum: Double
    public var mean: Double
    /// The most extreme values within 1.5 × IQR of the box.
    public var lowerWhisker: Double
    public var upperWhisker: Double
    public var outliers: [Double]

    public init?(_ values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let first = sorted.first, let last = sorted.last else { return nil }
        count = sorted.count
        minimum = first
        maximum = last
        mean = sorted.reduce(0, +) / Double(sorted.count)
        lowerQuartile = Self.quantile(sorted, 0.25)
        median = Self.quantile(sorted, 0.5)
        upperQuartile = Self.quantile(sorted, 0.75)
        let reach = 1.5 * (upperQuartile - lowerQuartile)
        let (low, high) = (lowerQuartile - reach, upperQuartile + reach)
        let inside = sorted.filter { $0 >= low && $0 <= high }
        let (lowest, highest) = (inside.first ?? lowerQuartile, inside.last ?? upperQuartile)
        lowerWhisker = lowest
        upperWhisker = highest
        outliers = sorted.filter { $0 < lowest || $0 > highest }
    }

    /// Linear interpolation between closest ranks (the spreadsheet's QUARTILE.INC).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, sorted.count - 1)
        return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
    }
}

/// The arithmetic mean, nil for no values.
func reportMean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
