import ArgumentParser
import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineReports
import FrontlineSession
import FrontlineStore

/// `frontline annotate SESSION TURN`: a supervisor's note and/or score override on one turn.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Add a supervisor's note to a turn, correct one finding of the grader, or override a dimension's score.",
        discussion: """
            The grader's findings and scores are kept: transcripts and reviews show both, and 'frontline review \
            --calibration' reports how often supervisors disagree with the grader, per criterion and per dimension.

            --criterion ID --met says the reply does what the criterion describes (a fact stated, an action taken; \
            for a penalty or forbidden claim: the words were said); --missed says it does not. The dimension's score \
            then follows from the corrected findings by the rubric's arithmetic, and the turn's overall from the \
            scores. A later correction of the same criterion (or override of the same dimension) replaces the \
            earlier one; every annotation is kept. A trainee's open dispute of the turn is settled by any \
            annotation of it.

            Examples:  frontline annotate 42 2 --note "Good recovery after the customer's outburst."
                       frontline annotate 42 2 --criterion acknowledge-feelings --met --reason "'fed up' is acknowledged"
                       frontline annotate 42 2 --override empathy=70 --reason "Apology was scripted, not sincere."
            """
    )

    @Argument(help: ArgumentHelp("The session id (or 'last').", valueName: "session"))
    var session: String

    @Argument(help: ArgumentHelp("The turn: its number from 1 as the transcript shows it, or its scenario turn id.", valueName: "turn"))
    var turn: String

    @Option(name: .long, help: ArgumentHelp("A note on the turn.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("Your score for a dimension, 0–100: empathy=70, accuracy=55, response_time=90 (repeatable).", valueName: "dimension=score"))
    var override: [String] = []

    @Option(name: .long, help: ArgumentHelp("A criterion or expectation id whose finding is wrong (with --met or --missed and --reason).", valueName: "id"))
    var criterion: String?

    @Flag(name: .long, help: "With --criterion: the reply does what the criterion describes (for a penalty: the words were said).")
    var met = false

    @Flag(name: .long, help: "With --criterion: the reply does not do what the criterion describes (for a penalty: not said).")
    var missed = false

    @Option(name: .long, help: ArgumentHelp("Why the grader is wrong (required with --override and --criterion).", valueName: "text"))
    var reason: String?

    @Option(name: .long, help: ArgumentHelp("Who is annotating (default: $FRONTLINE_SUPERVISOR, then your login name).", valueName: "name"))
    var supervisor: String?

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    func validate() throws {
        _ = try overrides()
        let changes = !override.isEmpty || criterion != nil
        if (note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && !changes {
            throw ValidationError("nothing to add: give --note \"…\", --criterion ID --met|--missed --reason \"…\" or --override DIMENSION=SCORE --reason \"…\"")
        }
        if changes && (reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("\(criterion == nil ? "--override" : "--criterion") needs --reason \"…\": say why the grader is wrong")
        }
        if !changes && reason != nil {
            throw ValidationError("--reason goes with --criterion or --override; for a comment on the turn use --note")
        }
        if criterion != nil && !override.isEmpty {
            throw ValidationError("give --criterion or --override, not both: a corrected finding sets its dimension's score")
        }
        if criterion != nil && met == missed {
            throw ValidationError("--criterion needs one of --met or --missed: what the reply really did")
        }
        if criterion == nil && (met || missed) {
            throw ValidationError("--met and --missed go with --criterion ID")
        }
    }

    func overrides() throws -> [FrontlineModel.Dimension: Double] {
        do { return try TurnAnnotation.overrides(override) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        guard let progress = try ExistingStore.openForWriting(store) else {
            throw UserError("no sessions yet: there is no progress store at \(StoreLocation(store).display), so there is no session '\(session)'")
        }
        let who = TraineeDefaults.supervisor(supervisor)
        let annotation = TurnAnnotation(session: session, turn: turn, supervisor: who, note: note, overrides: try overrides(),
                                        criterion: criterion, met: met, reason: reason)
        let added: TurnAnnotation.Added
        do {
            added = try annotation.apply(to: progress, catalog: CatalogLoader.load(root: ContentLocation.resolve()).catalog, now: Date())
        } catch let error as CustomStringConvertible & Error {
            throw UserError(error.description)
        }
        print(Self.render(added, supervisor: who))
    }

    /// What was added, as the supervisor reads it: each note, correction and override.
    static func render(_ added: TurnAnnotation.Added, supervisor who: String) -> String {
        let (id, stored, turn) = (added.session.id, added.session, added.turn)
        var lines = ["Added to session \(id) (\(stored.trainee.terminalSafe()), \(stored.scenarioId.terminalSafe())), turn \(turn.index + 1), as \(who.terminalSafe()):"]
        for annotation in added.annotations {
            if let c = annotation.correction, let o = annotation.override {
                lines.append("  \(c.name.terminalSafe()) (\(c.criterionId.terminalSafe())): \(c.graderMet ? "met" : "missed") → \(c.met ? "met" : "missed"); \(o.dimension.rawValue) \(ReviewFormat.number(o.graderScore)) → \(ReviewFormat.number(o.score)) (\(ReviewFormat.delta(o.delta))); the grader's finding is kept")
            } else if let o = annotation.override {
                lines.append("  \(o.dimension.rawValue) \(ReviewFormat.number(o.graderScore)) → \(ReviewFormat.number(o.score)) (\(ReviewFormat.delta(o.delta))); the grader's \(ReviewFormat.number(o.graderScore)) is kept")
            } else if let text = annotation.note {
                lines.append("  note: \(text.terminalSafe(keepingLayout: true))")
            }
        }
        if let overall = added.annotations.compactMap(\.turnOverall).last {
            lines.append("  turn overall \(ReviewFormat.number(turn.overall)) → \(ReviewFormat.number(overall))")
        }
        lines.append("See it with: frontline transcript \(id)")
        return lines.joined(separator: "\n")
    }
}
