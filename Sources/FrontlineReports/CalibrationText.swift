import Foundation
import FrontlineModel
import FrontlineReview

/// `frontline review --calibration` as text: how often and by how much supervisors
/// disagree with the grader, per dimension and per criterion on the overridden turns.
public struct CalibrationText: Sendable {
    public var report: CalibrationReport
    public var scope: ReviewScope
    public var palette: Palette
    public var width: Int
    public var criteriaLimit: Int

    public init(_ report: CalibrationReport, scope: ReviewScope, palette: Palette = .plain, width: Int = 100,
                criteriaLimit: Int = 15) {
        self.report = report
        self.scope = scope
        self.palette = palette
        self.width = width
        self.criteriaLimit = criteriaLimit
    }

    public func render() -> String {
        var header = "Calibration" + (scope.trainee.map { " of \($0.terminalSafe())'s sessions" } ?? "")
        header += " · \(ReviewFormat.count(report.reviewedTurns)) reviewed turn\(report.reviewedTurns == 1 ? "" : "s")"
        header += " of \(ReviewFormat.count(report.gradedTurns)) graded · \(ReviewFormat.count(report.overriddenTurns)) overridden"
        var blocks = [palette.bold(header)]
        if scope.hasFilters || scope.track != nil { blocks[0] += "\n" + palette.dim("Filters: " + scope.filterDescription) }
        guard !report.dimensions.isEmpty else {
            blocks.append("No supervisor has overridden a score or corrected a finding here yet. Correct one with:\n"
                          + "  frontline annotate SESSION TURN --criterion ID --met|--missed --reason \"…\"")
            return blocks.joined(separator: "\n\n")
        }
        blocks.append(palette.dim("Δ is the supervisor's score minus the grader's: negative means the grader was too generous."))
        var dimensions = TextGrid(columns: ["dimension", "overrides", "of reviewed", "raised", "lowered", "mean Δ",
                                            "mean |Δ|", "largest Δ"],
                                  rightAligned: [1, 2, 3, 4, 5, 6, 7], indent: 2)
        for row in report.dimensions {
            dimensions.add([row.dimension.title.lowercased(), ReviewFormat.count(row.overrides),
                            row.ofReviewedTurns.map(ReviewFormat.percent) ?? "–", String(row.raised), String(row.lowered),
                            ReviewFormat.delta(row.meanDelta), ReviewFormat.number(row.meanAbsoluteDelta),
                            ReviewFormat.delta(row.largestDelta)])
        }
        blocks.append(palette.bold("Per dimension") + "\n" + dimensions.render(palette, maxWidth: width))
        if !report.criteria.isEmpty {
            var criteria = TextGrid(columns: ["criterion", "id", "dimension", "corrections", "of assessed", "to met",
                                              "to missed", "mean Δ"],
                                    rightAligned: [3, 4, 5, 6, 7], flexible: 0, indent: 2)
            for row in report.criteria.prefix(criteriaLimit) {
                criteria.add([(row.name ?? "").terminalSafe(keepingLayout: true), (row.criterionId ?? "").terminalSafe(keepingLayout: true),
                              row.dimension.title.lowercased(), ReviewFormat.count(row.overrides),
                              row.ofAssessedTurns.map(ReviewFormat.percent) ?? "–", String(row.toMet), String(row.toMissed),
                              ReviewFormat.delta(row.meanDelta)])
            }
            var title = "Per criterion: supervisors' corrections of the grader's findings"
            if report.criteria.count > criteriaLimit { title += ", top \(criteriaLimit) of \(report.criteria.count)" }
            blocks.append(palette.bold(title) + "\n" + palette.dim("to met: the grader missed what the reply did (or a claim it made); to missed: the grader credited or penalised what was not there.")
                          + "\n" + criteria.render(palette, maxWidth: width))
        }
        return blocks.joined(separator: "\n\n")
    }

    static func outcome(_ outcome: Finding.Outcome) -> String {
        switch outcome {
        case .met: "met"
        case .missed: "missed"
        case .triggered: "penalty"
        case .measured: "measured"
        }
    }
}
