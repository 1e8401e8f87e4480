import Foundation
import FrontlineModel
import FrontlineReview

extension ReviewText {
    /// One trainee's scenarios and latest sessions.
    func traineeDetails() -> [String] {
        var blocks: [String] = []
        if !summary.scenarios.isEmpty {
            var grid = TextGrid(columns: ["scenario", "title", "sessions", "average", "best", "resolved", "hung up",
                                          "last played"],
                                rightAligned: [2, 3, 4, 5, 6], flexible: 1, indent: 2)
            for s in summary.scenarios {
                grid.add([s.scenarioId.terminalSafe(keepingLayout: true), s.title.terminalSafe(keepingLayout: true), ReviewFormat.count(s.sessions), palette.score(s.average),
                          palette.score(s.best), share(s.outcomes, .resolved), share(s.outcomes, .hungUp), s.lastPlayed.map(format.minute) ?? "–"])
            }
            blocks.append(section("Scenarios", grid.render(palette, maxWidth: width)))
        }
        if !summary.recent.isEmpty {
            var grid = TextGrid(columns: ["session", "started", "scenario", "mode", "status", "outcome", "overall", "emp.",
                                          "acc.", "resp.", "notes"],
                                rightAligned: [0, 6, 7, 8, 9, 10], flexible: 2, indent: 2)
            for s in summary.recent {
                grid.add([String(s.id), format.minute(s.startedAt), s.scenarioId.terminalSafe(keepingLayout: true), s.mode.terminalSafe(keepingLayout: true), status(s.status),
                          s.outcome.map { $0.isBad ? palette.yellow($0.title) : $0.title } ?? "–",
                          palette.score(s.scores.overall), palette.score(s.scores.empathy),
                          palette.score(s.scores.accuracy), palette.score(s.scores.responseTime),
                          s.annotations == 0 ? "" : String(s.annotations)])
            }
            let title = summary.recent.count < summary.sessions.total
                ? "Latest \(summary.recent.count) of \(ReviewFormat.count(summary.sessions.total)) sessions" : "Sessions"
            blocks.append(section(title, grid.render(palette, maxWidth: width)))
        }
        return blocks
    }

    func status(_ status: SessionSummary.Status) -> String {
        switch status {
        case .completed: "completed"
        case .abandoned: palette.yellow("abandoned")
        case .interrupted: palette.dim("interrupted")
        case .inProgress: palette.cyan("in progress")
        }
    }
}
