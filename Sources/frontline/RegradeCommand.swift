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
        // Content with a pattern that does not compile is refused before the store is touched.
        let regrader: Regrader
        do { regrader = try Regrader(compiling: catalog) } catch { throw UserError(error.description) }
        var from: Date?
        if let since {
            do { from = try DateFilter().instant(since, as: .since) } catch { throw UserError(error.description) }
        }
        let location = StoreLocation(store)
        guard location.exists else {
            print("There is no progress store at \(location.display) yet, so there is nothing to regrade.")
            return
        }
        let progress = try StoreAccess.open(store, .write)
        let run = RegradeRun(regrader: regrader, scenario: scenario, since: from, filterDescription: describeFilter(), dryRun: dryRun)
        do {
            let sessions = try run.sessions(in: progress)
            guard !sessions.isEmpty else {
                print("No stored sessions match; nothing to regrade.")
                return
            }
            let bar = ProgressBar.forStandardError(total: sessions.count, label: "regrading")
            let tally = try run.run(sessions, store: progress, now: Date()) { bar?.update($0) }
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
