import ArgumentParser
import Foundation
import FrontlineEngine
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
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
        // Right-to-left lines in visual order where the terminal does not reorder them
        // (FRONTLINE_BIDI); the trainee's typing stays readline's, in logical order.
        let order: VisualOrder
        do { order = VisualOrder(mode: try BidiMode.resolve(), width: { TerminalWidth.current() }) } catch { throw UserError(error.description) }
        let content = ContentLocation.resolve()
        // Fast path: the scenario's own file (Scenarios/<id>.yaml) and the rubrics, not
        // every scenario installed; the full catalogue is read only to suggest a name.
        let ownFile = (content as NSString).appendingPathComponent("Scenarios/\(scenarioId).yaml")
        var loaded = FileManager.default.fileExists(atPath: ownFile)
            ? CatalogLoader.load(paths: [ownFile], context: [(content as NSString).appendingPathComponent("Rubrics")])
            : CatalogLoader.load(root: content)
        if loaded.catalog.scenario(scenarioId) == nil { loaded = CatalogLoader.load(root: content) }
        let catalog = loaded.catalog
        guard let scenario = catalog.scenario(scenarioId) else {
            throw UserError(ContentLocation.missingScenario(scenarioId, content: content, known: catalog.scenarios.map(\.id)))
        }
        if let problem = loaded.diagnostics.first(where: { $0.severity == .error && $0.location?.file == scenario.source.path }) {
            throw UserError("scenario '\(scenarioId)' has errors; run 'frontline check \(scenario.source.path)':\n\(problem)")
        }
        guard !catalog.rubrics(for: scenario.language).isEmpty else {
            throw UserError("no rubrics for the scenario's language '\(scenario.language)'")
        }
        // Only this language's rubrics are compiled; a pattern that does not compile refuses to play.
        let grader: Grader
        do { grader = try GraderLibrary.grader(compiling: catalog, language: scenario.language) } catch {
            throw UserError(error.description)
        }
        let name = TraineeDefaults.trainee(trainee)
        let recorder = try makeRecorder(scenario: scenario, catalog: catalog, trainee: name)
        let messages = InterfaceLanguage.messages(InterfaceLanguage.choose(uiFlag, content: scenario.language), catalog: catalog)
        let session: PracticeSession
        if let script {
            let text: String
            do { text = try String(contentsOfFile: script, encoding: .utf8) } catch {
                throw UserError("cannot read script '\(script)': \(error.localizedDescription)")
            }
            let clock = ManualClock()
            let entries: [ScriptEditor.Entry]
            do { entries = try ScriptEditor.parse(text) } catch { throw UserError("\(script): \(error)") }
            session = PracticeSession(
                scenario: scenario, grader: grader, mode: mode, trainee: name,
                editor: VisualEditor(ScriptEditor(entries: entries, clock: clock), order: order), recorder: recorder, clock: clock,
                style: TerminalStyle(enabled: false), width: 80, seed: seed ?? 0, messages: messages,
                output: { print(order.display($0)) })
        } else {
            let interactive = isatty(STDIN_FILENO) == 1
            let editor: LineEditor = interactive
                ? ReadlineEditor(historyPath: TraineeDefaults.historyPath(trainee: name)) : PlainEditor()
            session = PracticeSession(
                scenario: scenario, grader: grader, mode: mode, trainee: name, editor: VisualEditor(editor, order: order), recorder: recorder,
                clock: SystemClock(), style: interactive ? TerminalStyle.detect() : TerminalStyle(enabled: false),
                width: TerminalWidth.current(), seed: seed ?? Int.random(in: 0..<1000), messages: messages,
                output: { print(order.display($0)) })
            if interactive { session.currentWidth = TerminalWidth.current }
        }
        try session.run()
    }
}

extension PracticeSession.Mode: ExpressibleByArgument {}
