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

    /// How many recent sessions the most-missed criteria are counted over.
    static let recentSessions = 30

    func run() throws {
        let name = TraineeDefaults.trainee(trainee)
        let catalog = CatalogLoader.load(root: ContentLocation.resolve()).catalog
        let location = StoreLocation(store)
        var sessions: [StoredSession] = []
        var findings: [StoredFinding] = []
        var facets: [String: Double]?
        if location.exists {
            let progress = try StoreAccess.open(store, .read)
            do {
                sessions = try progress.sessions(trainee: name, scenario: nil, limit: nil)
                if sessions.isEmpty {
                    let known = try Set(progress.sessions(trainee: nil, scenario: nil, limit: 2000).map(\.trainee))
                    if !known.isEmpty, trainee != nil {
                        throw UserError("no sessions for trainee '\(name)' yet\(name.didYouMean(known))")
                    }
                }
                for session in sessions.prefix(Self.recentSessions) {
                    findings += try progress.turns(session: session.id).flatMap(\.findings)
                }
                facets = try progress.facetAverages(ReviewFilter(trainee: name))[name]
            } catch let error as StoreError {
                throw UserError(error.description)
            }
        }
        var report = TraineeProgress(trainee: name, sessions: sessions, findings: findings,
                                     tracks: catalog.tracks, scenarioIds: catalog.scenarios.map(\.id).sorted())
        report.facets = facets
        switch format {
        case .json: print(try ProgressJSON.render(report))
        case .table: print(ProgressText(style: TerminalStyle.detect(), width: TerminalWidth.current(), catalog: catalog).render(report))
        }
    }
}
