import Foundation
import FrontlineModel
import FrontlineReview

/// `frontline progress --format json`.
public enum ProgressJSON {
    public static func render(_ report: TraineeProgress) throws -> String {
        func scores(_ values: [FrontlineModel.Dimension: Double]) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, ($0.value * 10).rounded() / 10) })
        }
        let object: [String: Any] = [
            "trainee": report.trainee,
            "sessions": report.sessions,
            "completed": report.completed,
            "averages": scores(report.averages),
            "overall_average": report.overallAverage.map { ($0 * 10).rounded() / 10 as Any } ?? NSNull(),
            "trend": report.trend,
            "facets": report.facets.map { $0 as Any } ?? NSNull(),
            "outcome_trend": report.outcomeTrend.map { week -> [String: Any] in
                ["week_start": ISO8601DateFormatter().string(from: week.weekStart), "ended": week.outcomes.total,
                 "outcomes": Dictionary(uniqueKeysWithValues: SessionOutcome.allCases.map { ($0.rawValue, week.outcomes[$0]) })]
            },
            "outcomes": Dictionary(uniqueKeysWithValues: SessionOutcome.allCases.map { ($0.rawValue, report.outcomes[$0]) }),
            "trend_delta": report.trendDelta.map { $0 as Any } ?? NSNull(),
            "best": report.best,
            "tracks": report.tracks.map { track in
                ["id": track.id, "title": track.title, "steps": track.steps.map { step in
                    ["title": step.title, "state": step.state.rawValue,
                     "scenarios": step.scenarios.map { ["id": $0.id, "best": $0.best.map { $0 as Any } ?? NSNull(), "passed": $0.passed] }]
                }]
            },
            "most_missed": report.mostMissed.map { ["criterion": $0.criterionId, "name": $0.name, "tip": $0.tip ?? "", "count": $0.count] },
            "practise_next": report.practiseNext,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
