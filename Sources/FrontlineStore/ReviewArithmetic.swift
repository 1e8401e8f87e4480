import Foundation
import FrontlineModel

/// Sums and counts per score, so averages can be combined across trainees.
@_spi(StoreEngine)
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

/// The latest override of one dimension on one turn, with what its session's average needs.
@_spi(StoreEngine)
public struct EffectiveOverride: Sendable {
    public var sessionId: Int64
    public var turnId: Int64
    public var dimension: FrontlineModel.Dimension
    public var graderScore: Double
    public var score: Double
    /// The session's score in that dimension, and on how many of its turns the dimension applied.
    public var sessionScore: Double?
    public var applicableTurns: Int
    public var delta: Double { score - graderScore }

    public init(sessionId: Int64, turnId: Int64, dimension: FrontlineModel.Dimension, graderScore: Double, score: Double,
                sessionScore: Double?, applicableTurns: Int) {
        self.sessionId = sessionId
        self.turnId = turnId
        self.dimension = dimension
        self.graderScore = graderScore
        self.score = score
        self.sessionScore = sessionScore
        self.applicableTurns = applicableTurns
    }
}

/// The calibration arithmetic both engines share: what overrides do to the averages, and
/// how they are tallied per dimension and per criterion.
@_spi(StoreEngine)
public enum CalibrationArithmetic {
    /// A criterion present on an overridden turn, once per (criterion, outcome).
    public struct CriterionKey: Hashable, Sendable {
        public var dimension: String
        public var criterion: String
        public var outcome: String

        public init(dimension: String, criterion: String, outcome: String) {
            self.dimension = dimension
            self.criterion = criterion
            self.outcome = outcome
        }
    }

    /// The averages as supervisors corrected them: each override moves its session's
    /// dimension score by delta / applicable turns. Nil (and 0) without overrides.
    public static func calibratedAverages(_ totals: ScoreTotals, _ overrides: [EffectiveOverride]) -> (ScoreAverages?, Int) {
        guard !overrides.isEmpty else { return (nil, 0) }
        var adjusted = totals
        for override in overrides where override.sessionScore != nil && override.applicableTurns > 0 {
            adjusted.sums[ScoreTotals.index(override.dimension)] += override.delta / Double(override.applicableTurns)
        }
        var averages = adjusted.averages
        averages.overall = nil
        return (averages, overrides.count)
    }

    /// The report from the overrides and the criteria present on each overridden turn
    /// (turn id → criterion → its name).
    public static func report(graded: Int, reviewed: Int, overrides: [EffectiveOverride],
                              present: [Int64: [CriterionKey: String]]) -> CalibrationReport {
        var byDimension: [FrontlineModel.Dimension: [Double]] = [:]
        for override in overrides { byDimension[override.dimension, default: []].append(override.delta) }
        let dimensions = byDimension.keys.sorted().map { dimension in
            CalibrationRow(dimension: dimension, deltas: byDimension[dimension]!,
                           ofReviewedTurns: reviewed > 0 ? Double(byDimension[dimension]!.count) / Double(reviewed) : nil)
        }
        var byCriterion: [CriterionKey: (name: String, deltas: [Double])] = [:]
        for override in overrides {
            for (key, name) in present[override.turnId] ?? [:] where key.dimension == override.dimension.rawValue {
                byCriterion[key, default: (name, [])].deltas.append(override.delta)
            }
        }
        let criteria = byCriterion.map { key, value in
            CalibrationRow(dimension: FrontlineModel.Dimension(rawValue: key.dimension) ?? .empathy,
                           criterionId: key.criterion, name: value.name,
                           outcome: Finding.Outcome(rawValue: key.outcome), deltas: value.deltas)
        }.sorted {
            ($0.overrides, $0.meanAbsoluteDelta, $1.criterionId ?? "", $1.outcome?.rawValue ?? "")
                > ($1.overrides, $1.meanAbsoluteDelta, $0.criterionId ?? "", $0.outcome?.rawValue ?? "")
        }
        return CalibrationReport(gradedTurns: graded, reviewedTurns: reviewed,
                                 overriddenTurns: Set(overrides.map(\.turnId)).count, dimensions: dimensions,
                                 criteria: criteria)
    }
}

extension AnnotationRequest {
    /// The note and reason trimmed, after the checks every engine makes before writing.
    @_spi(StoreEngine)
    public func validated() throws(AnnotationError) -> (note: String?, reason: String?) {
        let note = self.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = self.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if (note ?? "").isEmpty && overrides.isEmpty { throw .nothingToAdd }
        if !overrides.isEmpty && (reason ?? "").isEmpty { throw .reasonRequired }
        for (dimension, score) in overrides where !(0...100).contains(score) || !score.isFinite {
            throw .scoreOutOfRange(dimension, score)
        }
        return (note, reason)
    }
}
