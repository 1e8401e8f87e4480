import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineSession
import FrontlineStore
import FrontlineTerminal

/// `frontline transcript SESSION`: one session replayed turn by turn.
struct TranscriptCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcript",
        abstract: "Replay a session turn by turn: scores, the evidence and tips behind them, timings, hints, supervisors' notes.",
        discussion: """
            SESSION is a session id ('frontline review --trainee NAME' lists them), or 'last' for the latest \
            session (of --trainee, if given). Turns are numbered from 1, as 'frontline annotate' takes them.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: ArgumentHelp("A session id, or 'last'.", valueName: "session"))
    var session: String

    @Option(name: .long, help: ArgumentHelp("With 'last': that trainee's latest session.", valueName: "name"))
    var trainee: String?

    @Option(name: .long, help: ArgumentHelp("text or json.", valueName: "format"))
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(InterfaceLanguage.optionHelp.replacingOccurrences(of: "content's", with: "session's"), valueName: "en|fa|lv"))
    var uiLanguage: String?

    func run() throws {
        let uiFlag = try InterfaceLanguage.flag(uiLanguage)
        let location = StoreLocation(store)
        let path = location.display
        guard let progress = try ExistingStore.open(store) else {
            throw UserError("no sessions yet: there is no progress store at \(path), so there is no session '\(session)'")
        }
        do {
            let transcript = try TranscriptRun.load(session, trainee: trainee, in: progress)
            let stored = transcript.session.session
            switch format {
            case .text:
                var text = TranscriptText(transcript.session, palette: .terminal(), width: OutputWidth.current())
                text.messages = InterfaceLanguage.messages(InterfaceLanguage.choose(uiFlag, content: stored.language),
                                                           contentRoot: ContentLocation.resolve())
                text.disputes = transcript.disputes
                // Persian in reading order where the terminal does not reorder it (as `play`; off in a pipe).
                let order: VisualOrder
                do { order = VisualOrder(mode: try BidiMode.resolve(), width: { OutputWidth.current() }) } catch { throw UserError(error.description) }
                print(order.display(text.render()))
            case .json:
                print(try SessionJSON.render(transcript.session))
            }
        } catch let error as StoreError {
            throw UserError(error.description)
        }
    }
}
