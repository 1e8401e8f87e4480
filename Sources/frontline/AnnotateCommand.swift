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

    /// "empathy=70" → [.empathy: 70], with "did you mean" for a mistyped dimension.
    func overrides() throws -> [FrontlineModel.Dimension: Double] {
        var result: [FrontlineModel.Dimension: Double] = [:]
        for text in override {
            let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw ValidationError("--override '\(text)' should look like empathy=70")
            }
            let key = parts[0].lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
            let names = FrontlineModel.Dimension.allCases.map(\.rawValue)
            guard let dimension = FrontlineModel.Dimension(rawValue: key == "responsetime" ? "response_time" : key) else {
                throw ValidationError("--override '\(text)': no dimension '\(parts[0])'"
                                      + key.didYouMean(names, otherwise: "; use \(names.joined(separator: ", "))"))
            }
            guard let score = Double(parts[1].replacingOccurrences(of: ",", with: ".")), score.isFinite, (0...100).contains(score) else {
                throw ValidationError("--override '\(text)': the score must be a number from 0 to 100")
            }
            if result[dimension] != nil { throw ValidationError("--override gives \(dimension.rawValue) twice") }
            result[dimension] = score
        }
        return result
    }

    func run() throws {
        let location = StoreLocation(store)
        let path = location.display
        guard let progress = try ExistingStore.openForWriting(store) else {
            throw UserError("no sessions yet: there is no progress store at \(path), so there is no session '\(session)'")
        }
        do {
            let id = try SessionLookup.resolve(session, trainee: nil, in: progress)
            guard let stored = try progress.session(id) else { throw UserError("no such session '\(session)'") }
            let turns = try progress.turns(session: id)
            let index = try turnIndex(turns, session: id)
            let who = SupervisorDefaults.name(supervisor)
            let turn = turns.first { $0.index == index }!
            let corrector = FindingCorrector(catalog: CatalogLoader.load(root: ContentLocation.resolve()).catalog,
                                             session: stored, turn: turn,
                                             earlier: try progress.annotations(session: id).filter { $0.turnIndex == index })
            var request = AnnotationRequest(sessionId: id, turnIndex: index, supervisor: who, note: note,
                                            overrides: try overrides(), reason: reason)
            if let criterion {
                let (correction, score, overall) = try corrector.correct(criterion.trimmingCharacters(in: .whitespaces), met: met)
                request.correction = correction
                request.correctedScore = score
                request.turnOverall = overall
            } else if !request.overrides.isEmpty {
                request.turnOverall = corrector.overall(overriding: request.overrides)
            }
            let added = try progress.annotate(request)
            var lines = ["Added to session \(id) (\(stored.trainee.terminalSafe()), \(stored.scenarioId.terminalSafe())), turn \(index + 1), as \(who.terminalSafe()):"]
            for annotation in added {
                if let c = annotation.correction, let o = annotation.override {
                    lines.append("  \(c.name.terminalSafe()) (\(c.criterionId.terminalSafe())): \(c.graderMet ? "met" : "missed") → \(c.met ? "met" : "missed"); \(o.dimension.rawValue) \(ReviewFormat.number(o.graderScore)) → \(ReviewFormat.number(o.score)) (\(ReviewFormat.delta(o.delta))); the grader's finding is kept")
                } else if let o = annotation.override {
                    lines.append("  \(o.dimension.rawValue) \(ReviewFormat.number(o.graderScore)) → \(ReviewFormat.number(o.score)) (\(ReviewFormat.delta(o.delta))); the grader's \(ReviewFormat.number(o.graderScore)) is kept")
                } else if let text = annotation.note {
                    lines.append("  note: \(text.terminalSafe(keepingLayout: true))")
                }
            }
            if let overall = added.compactMap(\.turnOverall).last {
                lines.append("  turn overall \(ReviewFormat.number(turn.overall)) → \(ReviewFormat.number(overall))")
            }
            lines.append("See it with: frontline transcript \(id)")
            print(lines.joined(separator: "\n"))
        } catch let error as StoreError {
            throw UserError(error.description)
        } catch let error as AnnotationError {
            throw UserError(error.description)
        }
    }

    /// TURN as a number from 1, or a scenario turn id (the first turn with that id).
    func turnIndex(_ turns: [StoredTurn], session id: Int64) throws -> Int {
        guard !turns.isEmpty else { throw UserError("session \(id) has no answered turns yet") }
        let typed = turn.trimmingCharacters(in: .whitespaces)
        if let number = Int(typed) {
            guard let found = turns.first(where: { $0.index == number - 1 }) else {
                throw UserError("session \(id) has no turn \(number); it has turns 1–\(turns.count)")
            }
            return found.index
        }
        if let found = turns.first(where: { $0.turnId == typed }) { return found.index }
        throw UserError("session \(id) has no turn '\(typed)'"
                        + typed.didYouMean(turns.map(\.turnId), otherwise: "; give its number (1–\(turns.count)) or its turn id"))
    }
}

/// Who annotates: --supervisor, else FRONTLINE_SUPERVISOR, else the login name.
enum SupervisorDefaults {
    static func name(_ given: String?) -> String {
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return given }
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["FRONTLINE_SUPERVISOR"], !name.isEmpty { return name }
        if let login = getlogin().map({ String(cString: $0) }), !login.isEmpty { return login }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "supervisor"
    }
}
