import Foundation
import FrontlineModel

/// Sums and counts per score, so averages can be combined across trainees.
public struct ScoreTotals: Sendable {
    public var sums = [Double](repeating: 0, count: 4)
    public var counts = [Int](repeating: 0, count: 4)

    public init() {}

    public init(sums: [Double], counts: [Int]) {
        self.sums = sums
        self.counts = counts
    }

    public static func + (a: ScoreTotals, b: ScoreTotals) -> ScoreTotals {
        ScoreTotals(sums: zip(a.sums, b.sums).map(+), counts: zip(a.counts, b.counts).map(+))
    }

    public var averages: ScoreAverages {
        func mean(_ i: Int) -> Double? { counts[i] > 0 ? sums[i] / Double(counts[i]) : nil }
        return ScoreAverages(overall: mean(0), empathy: mean(1), accuracy: mean(2), responseTime: mean(3))
    }

    /// overall, empathy, accuracy, response_time: the order of `sums` and `counts`.
    public static let columns = ["overall", "empathy", "accuracy", "response_time"]

    public static func index(_ dimension: FrontlineModel.Dimension) -> Int {
        switch dimension {
        case .empathy: 1
        case .accuracy: 2
        case .responseTime: 3
        }
    }
}
