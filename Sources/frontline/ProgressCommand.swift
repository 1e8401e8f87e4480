import ArgumentParser
import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineReports
import FrontlineSession
import FrontlineStore
import FrontlineTerminal

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Where you stand: onboarding track, averages and trend, best scores, what to practise next."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(name: .long, help: ArgumentHelp("Whose progress (default: $FRONTLINE_TRAINEE, then your login name).", valueName: "name"))
    var trainee: String?

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("table or json.", valueName: "format"))
    var format: Format = .table

    func run() throws {
        let catalog = CatalogLoader.load(root: ContentLocation.resolve()).catalog
        let report: TraineeProgress
        do {
            // Progress only reads: with no store yet there is nothing, and nothing is created.
            report = try ProgressRun.progress(of: TraineeDefaults.trainee(trainee), named: trainee != nil,
                                              in: ExistingStore.open(store), catalog: catalog)
        } catch let error as StoreError {
            throw UserError(error.description)
        }
        switch format {
        case .json: print(try ProgressJSON.render(report))
        case .table: print(ProgressText(style: TerminalStyle.detect(), width: TerminalWidth.current(), catalog: catalog).render(report))
        }
    }
}
