import Foundation
import FrontlineModel

/// The calibration arithmetic both engines share: what overrides and corrections do to
/// the averages, and how they are tallied per dimension and per criterion.
public enum CalibrationArithmetic {
    /// The averages as supervisors corrected them: each override moves its session's
    /// dimension score by delta / applicable turns, and the latest annotation of a turn
    /// that carries the turn's overall moves the session's overall by its change / the
    /// session's turns. Nil (and 0) without overrides; the overall nil when no override
    /// carries one.
    public static func calibratedAverages(_ totals: ScoreTotals, _ overrides: [EffectiveOverride]) -> (ScoreAverages?, Int) {
        guard !overrides.isEmpty else { return (nil, 0) }
        var adjusted = totals
        for override in overrides where override.sessionScore != nil && override.applicableTurns > 0 {
            adjusted.sums[ScoreTotals.index(override.dimension)] += override.delta / Double(override.applicableTurns)
        }
        var latestOverall: [Int64: EffectiveOverride] = [:]
        for override in overrides where override.turnOverall != nil && override.turnGraderOverall != nil {
            if (latestOverall[override.turnId]?.annotationId ?? .min) < override.annotationId {
                latestOverall[override.turnId] = override
            }
        }
        for override in latestOverall.values where override.sessionOverall != nil && override.sessionTurns > 0 {
            adjusted.sums[0] += (override.turnOverall! - override.turnGraderOverall!) / Double(override.sessionTurns)
        }
        var averages = adjusted.averages
        if latestOverall.isEmpty { averages.overall = nil }
        return (averages, overrides.count)
    }

    /// The report: per dimension from the overrides (a correction overrides its dimension
    /// too), per criterion from the supervisors' corrections of that criterion only, with
    /// how often it was corrected among the turns it was assessed on (`assessed`).
    public static func report(graded: Int, reviewed: Int, overrides: [EffectiveOverride],
                              corrections: [EffectiveCorrection], assessed: [String: Int]) -> CalibrationReport {
        var byDimension: [FrontlineModel.Dimension: [Double]] = [:]
        for override in overrides { byDimension[override.dimension, default: []].append(override.delta) }
        let dimensions = byDimension.keys.sorted().map { dimension in
            CalibrationRow(dimension: dimension, deltas: byDimension[dimension]!,
                           ofReviewedTurns: reviewed > 0 ? Double(byDimension[dimension]!.count) / Double(reviewed) : nil)
        }
        var byCriterion: [String: [EffectiveCorrection]] = [:]
        for correction in corrections { byCriterion[correction.correction.criterionId, default: []].append(correction) }
        let criteria = byCriterion.map { id, own in
            let first = own[0].correction
            var row = CalibrationRow(dimension: first.dimension, criterionId: id, name: first.name,
                                     outcome: nil, deltas: own.map(\.delta))
            row.toMet = own.filter { $0.correction.met }.count
            row.toMissed = own.count - row.toMet
            row.assessedTurns = max(assessed[id] ?? 0, own.count)
            row.ofAssessedTurns = Double(own.count) / Double(row.assessedTurns!)
            return row
        }.sorted {
            ($0.overrides, $0.ofAssessedTurns ?? 0, $1.criterionId ?? "") > ($1.overrides, $1.ofAssessedTurns ?? 0, $0.criterionId ?? "")
        }
        return CalibrationReport(gradedTurns: graded, reviewedTurns: reviewed,
                                 overriddenTurns: Set(overrides.map(\.turnId)).count, dimensions: dimensions,
                                 criteria: criteria)
    }
}
