import ArgumentParser
import Foundation
import FrontlineSession
import FrontlineStore

/// `frontline dispute SESSION TURN --reason …`: a trainee flags how one of their turns was graded.
struct DisputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dispute",
        abstract: "Flag how one of your turns was graded, for a supervisor to look at.",
        discussion: """
            The dispute stays open in 'frontline review' (and the report) until a supervisor annotates \
            the turn ('frontline annotate SESSION TURN …'), which settles it. You can dispute only your own \
            turns; in the REPL, /dispute REASON does the same for your last reply.

            Example:  frontline dispute 42 2 --reason "I did give the refund window: 'five working days'."
            """
    )

    @Argument(help: ArgumentHelp("The session id (or 'last': your latest).", valueName: "session"))
    var session: String

    @Argument(help: ArgumentHelp("The turn's number from 1, as the transcript shows it.", valueName: "turn"))
    var turn: Int

    @Option(name: .long, help: ArgumentHelp("What the grader got wrong.", valueName: "text"))
    var reason: String

    @Option(name: .long, help: ArgumentHelp("Who you are (default: $FRONTLINE_TRAINEE, then your login name).", valueName: "name"))
    var trainee: String?

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    func validate() throws {
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("--reason is empty: say what the grader got wrong")
        }
        if turn < 1 { throw ValidationError("the turn is a number from 1 (as the transcript shows it), not \(turn)") }
    }

    func run() throws {
        let name = TraineeDefaults.trainee(trainee)
        guard let progress = try ExistingStore.openForWriting(store) else {
            throw UserError("no sessions yet: there is no progress store at \(StoreLocation(store).display), so there is no session '\(session)'")
        }
        do {
            let id = try SessionLookup.resolve(session, trainee: name, in: progress)
            let dispute = try progress.dispute(DisputeRequest(sessionId: id, turnIndex: turn - 1, trainee: name, reason: reason))
            print("Disputed turn \(dispute.turn) of session \(dispute.sessionId) (\(dispute.scenarioId.terminalSafe())): a supervisor will see it in 'frontline review' and settle it with an annotation.")
        } catch let error as StoreError {
            throw UserError(error.description)
        } catch let error as DisputeError {
            throw UserError(error.description)
        }
    }
}
