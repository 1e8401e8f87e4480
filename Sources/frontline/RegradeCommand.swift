import ArgumentParser
import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import FrontlineReports
import FrontlineSession
import FrontlineStore
import FrontlineTerminal

struct RegradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regrade",
        abstract: "Re-score stored replies with the current scenarios and rubrics, keeping the old scores.",
        discussion: """
            After a rubric or scenario change, regrade shows how the averages move. The grader's original \
            scores stay in the store; the new ones are kept beside them with the fingerprint of the content \
            that produced them. Use --dry-run to see the effect without saving.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only sessions started on or after this date (2026-11-01, 7d, yesterday).", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only sessions of this scenario.", valueName: "id"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    @Flag(name: .long, help: "Show how the averages would move without saving the new scores.")
    var dryRun = false

    func run() throws {
        let catalog = CatalogLoader.load(root: ContentLocation.resolve()).catalog
        if let scenario, catalog.scenario(scenario) == nil {
            throw UserError("no scenario '\(scenario)'\(scenario.didYouMean(catalog.scenarios.map(\.id)))")
        }
        var from: Date?
        if let since {
            do { from = try DateFilter().instant(since, as: .since) } catch { throw UserError(error.description) }
        }
        let location = StoreLocation(store)
        let path = location.display
        guard location.exists else {
            print("There is no progress store at \(path) yet, so there is nothing to regrade.")
            return
        }
        let progress = try StoreAccess.open(store, .write)
        let regrader = Regrader(catalog: catalog, library: GraderLibrary(catalog: catalog))
        do {
            let sessions = try progress.sessions(trainee: nil, scenario: scenario, limit: nil)
                .filter { from == nil || $0.startedAt >= from! }
            guard !sessions.isEmpty else {
                print("No stored sessions match; nothing to regrade.")
                return
            }
            var tally = RegradeTally()
            let bar = ProgressBar.forStandardError(total: sessions.count, label: "regrading")
            let batch = dryRun ? nil : try progress.startRegrade(at: Date(), filter: describeFilter())
            for (index, session) in sessions.enumerated() {
                let turns = try progress.turns(session: session.id)
                switch regrader.regrade(session, turns: turns) {
                case .failure(let skip):
                    tally.skipped[skip.reason, default: 0] += 1
                case .success(let results):
                    let fingerprint = catalog.scenario(session.scenarioId).map { catalog.contentFingerprint(of: $0) } ?? ""
                    for result in results {
                        tally.add(before: result.turn, after: result)
                        if let batch {
                            try progress.recordRegrade(batch: batch, turn: result.turn.id, grade: result.grade,
                                                       overall: result.overall, fingerprint: fingerprint)
                        }
                    }
                }
                bar?.update(index + 1)
            }
            bar?.finish()
            print(tally.render(style: TerminalStyle.detect(), saved: !dryRun))
        } catch {
            throw UserError(error.description)
        }
    }

    private func describeFilter() -> String {
        [since.map { "since \($0)" }, scenario.map { "scenario \($0)" }].compactMap { $0 }.joined(separator: ", ")
    }
}

/// Before/after averages per dimension over the regraded turns.
struct RegradeTally {
    var before: [String: (sum: Double, count: Int)] = [:]
    var after: [String: (sum: Double, count: Int)] = [:]
    var turns = 0
    var changed = 0
    var skipped: [Regrader.Skip: Int] = [:]

    mutating func add(before old: StoredTurn, after new: Regrader.Regraded) {
        turns += 1
        var moved = abs(old.overall - new.overall) >= 0.05
        for dimension in Dimension.allCases {
            if let value = old.scores[dimension] { before[dimension.rawValue, default: (0, 0)].sum += value; before[dimension.rawValue]!.count += 1 }
            if let value = new.grade.scores[dimension] { after[dimension.rawValue, default: (0, 0)].sum += value; after[dimension.rawValue]!.count += 1 }
            if old.scores[dimension] != new.grade.scores[dimension] { moved = true }
        }
        before["overall", default: (0, 0)].sum += old.overall; before["overall"]!.count += 1
        after["overall", default: (0, 0)].sum += new.overall; after["overall"]!.count += 1
        if moved { changed += 1 }
    }

    func render(style: TerminalStyle, saved: Bool) -> String {
        let table = TextTable(columns: ["", "before", "after", "change"])
        table.rightAligned = [1, 2, 3]
        for key in Dimension.allCases.map(\.rawValue) + ["overall"] {
            guard let b = before[key], let a = after[key], b.count > 0, a.count > 0 else { continue }
            let old = b.sum / Double(b.count), new = a.sum / Double(a.count)
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
