import ArgumentParser
import Foundation
import FrontlineSession
import FrontlineTerminal

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Practise a scenario: a live customer in the terminal, every turn graded and saved.",
        discussion: """
            Type replies in your own words. Inside the conversation: /help, /kb [topic], /hint, /repeat, \
            /transcript, /score, /quit. When standard input is not a terminal, plain lines are read as \
            replies, so a conversation can be scripted:  printf 'reply one\\nreply two\\n' | frontline play refund-request
            """
    )

    @Argument(help: ArgumentHelp("The scenario to play ('frontline list' shows them).", valueName: "scenario"))
    var scenarioId: String

    @Option(name: .long, help: ArgumentHelp("Who is practising (default: $FRONTLINE_TRAINEE, then your login name).", valueName: "name"))
    var trainee: String?

    @Option(name: .long, help: ArgumentHelp("coach: feedback after every reply; exam: scores only at the end, no hints.", valueName: "mode"))
    var mode: PracticeSession.Mode = .coach

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("When the team store cannot be reached at the start: ask (at a terminal; else fail), local (practise on this computer's store), or fail.", valueName: "ask|local|fail"))
    var ifUnreachable: UnreachablePolicy = .ask

    @Option(name: .long, help: ArgumentHelp("Replay replies from a file with simulated delays ('@12s reply' per line).", valueName: "file"))
    var script: String?

    @Option(name: .long, help: ArgumentHelp(InterfaceLanguage.optionHelp, valueName: "en|fa|lv"))
    var uiLanguage: String?

    @Option(name: .long, help: .hidden)
    var seed: Int?

    func run() throws {
        let uiFlag = try InterfaceLanguage.flag(uiLanguage)
        // Every setting is checked before the store is opened (and a session recorded).
        let order = try visualOrder()
        let root = ContentLocation.resolve()
        let content = try PlayContent.load(scenarioId, root: root) { ContentLocation.missingScenario(scenarioId, content: root, known: $0) }
        let name = TraineeDefaults.trainee(trainee)
        let messages = InterfaceLanguage.messages(InterfaceLanguage.choose(uiFlag, content: content.scenario.language), catalog: content.catalog)
        let recorder: StoreRecorder
        do {
            recorder = try playStore.recorder(content.sessionStart(trainee: name, mode: mode.rawValue, at: Date()), messages: messages)
        } catch is PlayStore.Declined {
            throw ExitCode(1)
        }
        try practiceSession(content, trainee: name, recorder: recorder, messages: messages, order: order).run()
    }
}

extension PracticeSession.Mode: ExpressibleByArgument {}
