import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

@Suite struct ReviewTextTests {
    typealias S = ReviewSamples
    let format = ReviewFormat(timeZone: ReviewSamples.utc)

    @Test func theTeamAtAGlance() {
        let text = ReviewText(S.team, scope: ReviewScope(since: "30d", scenarios: ["refund-request"]), width: 120,
                              format: format).render()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[0] == "Team review · 12 sessions (8 completed) · 48 turns · 5 trainees")
        #expect(lines[1] == "Filters: since 30d · scenario refund-request")
        #expect(text.contains("Averages       overall 71 · empathy 67 (62 after overrides) · accuracy 90 · response time – · 3 supervisor overrides"))
        #expect(text.contains("Trend          ▁·▅█ weekly overall, 58 → 74 over 4 weeks"))
        #expect(text.contains("Last activity  2026-01-08 14:30"))
        // Every trainee on one line, however their name is written.
        for name in [S.comma, S.quotes, S.persian, S.latvian] {
            #expect(lines.contains { $0.hasPrefix("  " + name) }, "\(name)")
        }
        #expect(lines.contains { $0.hasPrefix("  Two Lines") }, "a line break in a name stays on one row")
        let persian = lines.first { $0.hasPrefix("  " + S.persian) }!
        #expect(persian.hasSuffix("stuck"))
        #expect(text.contains("Stuck (2)"))
        #expect(text.contains("last 3 sessions below 70 (62, 58, 65)"))
        #expect(text.contains("no improvement: last 3 (66, 69, 64) not above the 3 before (avg 70)"))
        #expect(text.contains("Criteria the team misses most"))
        #expect(lines.contains { $0.contains("Acknowledge how the customer feels") && $0.hasSuffix("31       65%") })
        #expect(lines.contains { $0.contains("Dismissive language") && $0.contains("penalty") })
        #expect(!text.contains("\u{1B}["), "plain palette: no colour codes")
    }

    @Test func oneTrainee() {
        let text = ReviewText(S.oneTrainee, scope: ReviewScope(trainee: S.persian), width: 120, format: format).render()
        #expect(text.hasPrefix("Review of \(S.persian) · 12 sessions (8 completed) · 48 turns\n"))
        #expect(text.contains("Status         stuck: last 3 sessions below 70 (62, 58, 65)"))
        #expect(text.contains("Scenarios\n  scenario        title"))
        #expect(text.contains("Latest 1 of 12 sessions"))
        #expect(text.contains("     42  2026-01-05 09:00  late-delivery-fa  exam  abandoned  –             58    50    70     90      2"))
        #expect(text.contains("Criteria \(S.persian) misses most"))
        #expect(text.contains("frontline transcript 42"))
        #expect(!text.contains("Stuck ("), "one trainee: the status line says it")
    }

    @Test func nobodyStuckAndNothingMissed() {
        var summary = S.team
        summary.trainees = summary.trainees.map { var t = $0; t.stuck = nil; return t }
        summary.misses = []
        summary.calibrated = nil
        summary.overrides = 0
        let text = ReviewText(summary, scope: ReviewScope(), format: format).render()
        #expect(text.contains("Nobody: no trainee's last 3 sessions are all below 70 or flat."))
        #expect(!text.contains("misses most"))
        #expect(!text.contains("after overrides"))
        #expect(!text.contains("Filters:"))
    }

    @Test func coloursComeFromThePalette() {
        let marked = Palette(bold: { "<b>\($0)</b>" }, dim: { $0 }, red: { "<r>\($0)</r>" }, green: { "<g>\($0)</g>" },
                             yellow: { "<y>\($0)</y>" }, cyan: { $0 })
        let text = ReviewText(S.team, scope: ReviewScope(), palette: marked, format: format).render()
        #expect(text.contains("overall <y>71</y>"))
        #expect(text.contains("<r>stuck</r>"))
        #expect(text.hasPrefix("<b>Team review"))
    }

    @Test func calibration() {
        let report = CalibrationReport(
            gradedTurns: 1000, reviewedTurns: 40, overriddenTurns: 12,
            dimensions: [CalibrationRow(dimension: .empathy, deltas: [-20, -10, 5], ofReviewedTurns: 3.0 / 40)],
            criteria: [{
                var row = CalibrationRow(dimension: .empathy, criterionId: "sincere-apology", name: "Apologise sincerely",
                                         deltas: [-20, -10])
                row.toMissed = 2
                row.assessedTurns = 8
                row.ofAssessedTurns = 0.25
                return row
            }()])
        let text = CalibrationText(report, scope: ReviewScope(), format: format).render()
        #expect(text.hasPrefix("Calibration · 40 reviewed turns of 1,000 graded · 12 overridden"))
        #expect(text.contains("  empathy            3           8%       1        2    −8.3      11.7        −20"))
        #expect(text.contains("Apologise sincerely  sincere-apology  empathy              2          25%       0          2     −15"))
        let empty = CalibrationText(CalibrationReport(gradedTurns: 5, reviewedTurns: 0, overriddenTurns: 0, dimensions: [], criteria: []),
                                    scope: ReviewScope(trainee: "Ava")).render()
        #expect(empty.contains("No supervisor has overridden a score or corrected a finding here yet"))
        #expect(empty.contains("frontline annotate SESSION TURN --criterion ID --met|--missed"))
    }
}

extension CalibrationText {
    init(_ report: CalibrationReport, scope: ReviewScope, format: ReviewFormat) {
        self.init(report, scope: scope, palette: .plain, width: 120)
    }
}
