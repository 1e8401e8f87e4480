import Foundation
import FrontlineModel
import FrontlineStore

/// A supervisor's annotation of one turn, as `frontline annotate` gives it: a note, a
/// corrected finding (`criterion` met or missed) or score overrides, with the reason. The
/// scores that follow from a correction or an override are worked out by the rubric's
/// arithmetic (`FindingCorrector`); the grader's own stay in the store.
public struct TurnAnnotation {
    /// The session as typed ("42", "#42", "last").
    public var session: String
    /// The turn as typed: its number from 1, or its scenario turn id.
    public var turn: String
    public var supervisor: String
    public var note: String?
    public var overrides: [FrontlineModel.Dimension: Double]
    public var criterion: String?
    /// With `criterion`: whether the reply does what it describes.
    public var met: Bool
    public var reason: String?

    public init(session: String, turn: String, supervisor: String, note: String?, overrides: [FrontlineModel.Dimension: Double],
                criterion: String?, met: Bool, reason: String?) {
        self.session = session
        self.turn = turn
        self.supervisor = supervisor
        self.note = note
        self.overrides = overrides
        self.criterion = criterion
        self.met = met
        self.reason = reason
    }

    /// What was added, with the session and turn it was added to.
    public struct Added {
        public var session: StoredSession
        public var turn: StoredTurn
        public var annotations: [Annotation]
    }

    /// Adds the annotation to `store`; the criterion's definition and the rubrics come from
    /// `catalog`. Throws `SessionError` (a session, turn or criterion that is not there),
    /// `AnnotationError` and `StoreError`.
    public func apply(to store: some SessionReading & ReviewReading & Annotating, catalog: Catalog, now: Date) throws -> Added {
        let id = try SessionLookup.resolve(session, trainee: nil, in: store)
        guard let stored = try store.session(id) else { throw SessionError("no such session '\(session)'") }
        let turns = try store.turns(session: id)
        let index = try SessionLookup.turnIndex(turn, in: turns, session: id)
        guard let turn = turns.first(where: { $0.index == index }) else { throw SessionError("session \(id) has no turn \(index + 1)") }
        let corrector = FindingCorrector(catalog: catalog, session: stored, turn: turn,
                                         earlier: try store.annotations(session: id).filter { $0.turnIndex == index })
        var request = AnnotationRequest(sessionId: id, turnIndex: index, supervisor: supervisor, note: note,
                                        overrides: overrides, reason: reason, at: now)
        if let criterion {
            let (correction, score, overall) = try corrector.correct(criterion.trimmingCharacters(in: .whitespaces), met: met)
            request.correction = correction
            request.correctedScore = score
            request.turnOverall = overall
        } else if !overrides.isEmpty {
            request.turnOverall = corrector.overall(overriding: overrides)
        }
        return Added(session: stored, turn: turn, annotations: try store.annotate(request))
    }

    /// `--override` values ("empathy=70", "response time = 90,5") as scores by dimension,
    /// with "did you mean" for a mistyped dimension; each dimension at most once, 0–100.
    public static func overrides(_ given: [String]) throws(SessionError) -> [FrontlineModel.Dimension: Double] {
        var result: [FrontlineModel.Dimension: Double] = [:]
        for text in given {
            let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else {
                throw SessionError("--override '\(text)' should look like empathy=70")
            }
            let key = parts[0].lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
            let names = FrontlineModel.Dimension.allCases.map(\.rawValue)
            guard let dimension = FrontlineModel.Dimension(rawValue: key == "responsetime" ? "response_time" : key) else {
                throw SessionError("--override '\(text)': no dimension '\(parts[0])'"
                                   + key.didYouMean(names, otherwise: "; use \(names.joined(separator: ", "))"))
            }
            guard let score = Double(parts[1].replacingOccurrences(of: ",", with: ".")), score.isFinite, (0...100).contains(score) else {
                throw SessionError("--override '\(text)': the score must be a number from 0 to 100")
            }
            if result[dimension] != nil { throw SessionError("--override gives \(dimension.rawValue) twice") }
            result[dimension] = score
        }
        return result
    }
}
