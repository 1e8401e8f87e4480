import ArgumentParser
import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineSession
import FrontlineTerminal

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show the scenarios you can play, with your best score on each."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(name: .long, help: ArgumentHelp("table or json.", valueName: "format"))
    var format: Format = .table

    @Option(name: .long, help: ArgumentHelp("Whose best scores to show (default: $FRONTLINE_TRAINEE, then your login name).", valueName: "name"))
    var trainee: String?

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    func run() throws {
        let catalog = CatalogLoader.load(root: ContentLocation.resolve()).catalog
        let scenarios = catalog.scenarios.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
        let best = try bestScores(trainee: TraineeDefaults.trainee(trainee))
        switch format {
        case .json:
            let rows: [[String: Any]] = scenarios.map { s in
                ["id": s.id, "title": s.title, "channel": s.channel.rawValue, "language": s.language,
                 "difficulty": s.difficulty.rawValue, "tags": s.tags, "best": best[s.id].map { $0 as Any } ?? NSNull()]
            }
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            print(String(decoding: data, as: UTF8.self))
        case .table:
            guard !scenarios.isEmpty else {
                print("No scenarios found in \(ContentLocation.resolve())/Scenarios. Set FRONTLINE_CONTENT to the folder that has Scenarios/ and Rubrics/.")
                return
            }
            let style = TerminalStyle.detect()
            let table = TextTable(columns: ["id", "title", "channel", "lang", "level", "tags", "best"])
            table.flexible = 5
            table.rightAligned = [6]
            for s in scenarios {
                table.add([s.id.terminalSafe(), s.title.terminalSafe(), s.channel.rawValue, s.language.terminalSafe(), s.difficulty.rawValue,
                           s.tags.joined(separator: ",").terminalSafe(), best[s.id].map { $0.roundedText } ?? "–"])
            }
            print(table.render(style: style, maxWidth: TerminalWidth.current()))
            print(style.dim("Play one with: frontline play \(scenarios[0].id.terminalSafe())"))
        }
    }
}
