import Foundation
import FrontlineSession

extension RegradeTally {
    /// What `frontline regrade` prints: the means before and after per dimension and overall,
    /// how many turns moved, what was skipped, and whether anything was saved.
    public func render(style: TerminalStyle, saved: Bool) -> String {
        let table = TextTable(columns: ["", "before", "after", "change"])
        table.rightAligned = [1, 2, 3]
        for key in Self.keys {
            guard let old = before[key]?.value, let new = after[key]?.value else { continue }
            let delta = new - old
            let change = abs(delta) < 0.05 ? "±0" : String(format: "%+.1f", delta)
            table.add([key.replacingOccurrences(of: "_", with: " "), String(format: "%.1f", old), String(format: "%.1f", new), change])
        }
        var lines = ["Regraded \(turns) turn\(turns == 1 ? "" : "s"); \(changed) of them scored differently."]
        lines.append(table.render(style: style))
        if let gone = skipped[.scenarioGone] { lines.append(style.dim("Skipped \(gone) session(s) whose scenario no longer exists.")) }
        if let gone = skipped[.languageGone] { lines.append(style.dim("Skipped \(gone) session(s) whose language has no rubrics now.")) }
        lines.append(saved ? style.dim("New scores were saved beside the original ones.") : style.dim("Dry run: nothing was saved."))
        return lines.joined(separator: "\n")
    }
}
