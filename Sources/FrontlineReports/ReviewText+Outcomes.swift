import Foundation
import FrontlineModel
import FrontlineReview

extension ReviewText {
    /// "resolved 60% (6) · hung up 20% (2) · …": every outcome that happened, in a fixed order.
    func outcomesLine(_ outcomes: OutcomeCounts) -> String {
        guard outcomes.total > 0 else { return "–" }
        return SessionOutcome.allCases.filter { outcomes[$0] > 0 }.map { outcome in
            let text = "\(outcome.title) \(ReviewFormat.percent(outcomes.rate(outcome) ?? 0)) (\(ReviewFormat.count(outcomes[outcome])))"
            return outcome.isBad ? palette.yellow(text) : text
        }.joined(separator: " · ")
    }

    /// The share of ended sessions resolved, week by week, as a sparkline.
    func outcomeTrendLine() -> String {
        let rates = summary.outcomeTrend.map { $0.outcomes.rate(.resolved).map { $0 * 100 } }
        guard let first = rates.compactMap({ $0 }).first, let last = rates.compactMap({ $0 }).last else { return "–" }
        let weeks = rates.count
        return palette.cyan(TrendSparkline.render(rates)) + " "
            + palette.dim("weekly share resolved, \(ReviewFormat.number(first))% → \(ReviewFormat.number(last))% over \(weeks) week\(weeks == 1 ? "" : "s")")
    }

    /// A share of the ended sessions, or – when none ended.
    func share(_ outcomes: OutcomeCounts, _ outcome: SessionOutcome) -> String {
        outcomes.rate(outcome).map(ReviewFormat.percent) ?? "–"
    }

    /// The team's scenarios: how their conversations end.
    func scenarioOutcomes() -> String? {
        let scenarios = summary.scenarios.filter { $0.outcomes.total > 0 }
        guard !scenarios.isEmpty else { return nil }
        var grid = TextGrid(columns: ["scenario", "ended", "resolved", "escalated", "hung up", "security", "unresolved",
                                      "abandoned", "average"],
                            rightAligned: [1, 2, 3, 4, 5, 6, 7, 8], flexible: 0, indent: 2)
        for s in scenarios {
            grid.add([s.scenarioId.terminalSafe(keepingLayout: true), ReviewFormat.count(s.outcomes.total)]
                     + SessionOutcome.allCases.map { share(s.outcomes, $0) } + [palette.score(s.average)])
        }
        return section("Outcomes by scenario", grid.render(palette, maxWidth: width))
    }

    /// Why a trainee without a stuck flag still needs a look: their latest conversation
    /// ended badly (the customer hung up, a security failure, or they left).
    func attention(_ trainee: TraineeSummary) -> String? {
        guard let latest = summary.recent.first, let outcome = latest.outcome, outcome.isBad else { return nil }
        let before = latest.turns == 0 && outcome == .hungUp ? " before any reply" : ""
        return palette.yellow("needs attention: ") + "latest session (\(latest.id)) ended \(outcome.title)\(before)"
    }

    /// Turns trainees disputed that no supervisor has annotated yet.
    func disputesSection() -> String? {
        guard !summary.openDisputes.isEmpty else { return nil }
        var grid = TextGrid(columns: ["session", "turn", "trainee", "scenario", "since", "reason"], rightAligned: [0, 1],
                            flexible: 5, indent: 2)
        for d in summary.openDisputes {
            grid.add([String(d.sessionId), String(d.turn), d.trainee.terminalSafe(keepingLayout: true),
                      d.scenarioId.terminalSafe(keepingLayout: true), format.minute(d.createdAt),
                      d.reason.terminalSafe(keepingLayout: true)])
        }
        return section("Open disputes (\(summary.openDisputes.count))", grid.render(palette, maxWidth: width)) + "\n"
            + palette.dim("  Settle one by annotating the turn: frontline annotate SESSION TURN --criterion ID --met|--missed --reason \"…\" (or --note)")
    }

    /// How the figures are computed, under every review.
    var legend: String { ReviewFormat.averagesLegend + " " + ReviewFormat.outcomesLegend }
}

extension ReviewFormat {
    /// The one definition of an average, stated under every screen that shows one.
    public static let averagesLegend = "Averages: the mean overall of every session with at least one graded reply, "
        + "whatever its status (completed, abandoned, interrupted or in progress), each session once; "
        + "a session without a reply has no score."
    public static let outcomesLegend = "Outcomes: how each ended session ended, as a share of the ended sessions "
        + "(sessions in progress are not counted; leaving before an ending counts as abandoned)."
}
