import Foundation
import FrontlineModel
import FrontlineReview

/// `frontline review --format json|csv`, and the calibration report in both.
public enum ReviewData {
    /// Snake-case keys, ISO 8601 UTC dates with milliseconds, sorted keys.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ReviewFormat.iso(date))
        }
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    struct Document<Body: Encodable>: Encodable {
        var generatedAt: Date
        var scope: ReviewScope
        var review: Body?
        var calibration: Body?
    }

    public static func json(_ summary: ReviewSummary, scope: ReviewScope, generatedAt: Date = Date()) throws -> String {
        let data = try encoder().encode(Document(generatedAt: generatedAt, scope: scope, review: summary, calibration: nil))
        return String(decoding: data, as: UTF8.self)
    }

    public static func json(_ report: CalibrationReport, scope: ReviewScope, generatedAt: Date = Date()) throws -> String {
        let data = try encoder().encode(Document(generatedAt: generatedAt, scope: scope, review: nil, calibration: report))
        return String(decoding: data, as: UTF8.self)
    }

    /// One row per trainee (the one trainee, with --trainee).
    public static func csv(_ summary: ReviewSummary) -> String {
        var csv = CSVWriter(header: [
            "trainee", "sessions", "completed", "abandoned", "interrupted", "in_progress", "turns", "overall", "empathy",
            "accuracy", "response_time", "best", "last_activity", "stuck", "stuck_reason", "recent_scores",
            "weekly_trend",
        ] + SessionOutcome.allCases.map(\.rawValue))
        for t in summary.trainees {
            csv.append([
                t.trainee, String(t.sessions.total), String(t.sessions.completed), String(t.sessions.abandoned),
                String(t.sessions.interrupted), String(t.sessions.inProgress), String(t.turns),
                rounded(t.averages.overall), rounded(t.averages.empathy), rounded(t.averages.accuracy),
                rounded(t.averages.responseTime), rounded(t.best), ReviewFormat.iso(t.lastActivity),
                t.stuck == nil ? "no" : "yes", t.stuck?.reason.rawValue ?? "",
                t.stuck?.recent.map { ReviewFormat.csv($0) }.joined(separator: " ") ?? "",
                t.trend.map { rounded($0.average) }.joined(separator: " "),
            ] + SessionOutcome.allCases.map { String(t.outcomes[$0]) })
        }
        return csv.text
    }

    /// One row per dimension, then one per criterion and outcome.
    public static func csv(_ report: CalibrationReport) -> String {
        var csv = CSVWriter(header: [
            "level", "dimension", "criterion_id", "name", "grader_outcome", "overrides", "raised", "lowered",
            "mean_delta", "mean_absolute_delta", "largest_delta", "of_reviewed_turns", "to_met", "to_missed",
            "assessed_turns", "of_assessed_turns",
        ])
        for row in report.dimensions + report.criteria {
            csv.append([
                row.criterionId == nil ? "dimension" : "criterion", row.dimension.rawValue, row.criterionId ?? "",
                row.name ?? "", row.outcome?.rawValue ?? "", String(row.overrides), String(row.raised), String(row.lowered),
                rounded(row.meanDelta, places: 2), rounded(row.meanAbsoluteDelta, places: 2), ReviewFormat.csv(row.largestDelta),
                row.ofReviewedTurns.map { rounded($0, places: 4) } ?? "", String(row.toMet), String(row.toMissed),
                row.assessedTurns.map(String.init) ?? "", row.ofAssessedTurns.map { rounded($0, places: 4) } ?? "",
            ])
        }
        return csv.text
    }

    static func rounded(_ value: Double?, places: Int = 1) -> String {
        guard let value else { return "" }
        let scale = pow(10, Double(places))
        return ReviewFormat.csv((value * scale).rounded() / scale)
    }
}
