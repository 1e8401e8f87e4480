import FrontlineEngine
import FrontlineGrader
import FrontlineModel
import FrontlineStore

/// Re-scores stored replies with the current scenarios and rubrics. Each session is
/// replayed in order, so `requires` sees what earlier turns met, exactly as in play.
public struct Regrader: Sendable {
    public let catalog: Catalog
    public let library: GraderLibrary

    /// A regrader for `catalog`, once every rubric pattern of it compiles: a pattern left
    /// out would score its criterion 0 in every regraded turn without a word.
    public init(compiling catalog: Catalog) throws(PatternRefusal) {
        self.init(catalog: catalog, library: try GraderLibrary(compiling: catalog))
    }

    public init(catalog: Catalog, library: GraderLibrary) {
        self.catalog = catalog
        self.library = library
    }

    public struct Regraded: Sendable {
        public var turn: StoredTurn
        public var grade: Grade
        /// After the hint cost, as in play.
        public var overall: Double
    }

    public enum Skip: Error, Equatable, Sendable { case scenarioGone, languageGone }

    /// New grades for a session's turns (in order), or why it cannot be regraded.
    public func regrade(_ session: StoredSession, turns: [StoredTurn]) -> Result<[Regraded], Skip> {
        guard let scenario = catalog.scenario(session.scenarioId) else { return .failure(.scenarioGone) }
        guard let grader = library.grader(for: scenario.language) else { return .failure(.languageGone) }
        // Graded as play graded them (`TurnGrading.replay`): in order, retried attempts not carried forward.
        let ordered = turns.sorted { $0.index < $1.index }
        let replies = ordered.map {
            TurnGrading.StoredReply(turnId: $0.turnId, customerLine: $0.customerLine, text: $0.reply, timings: $0.timings,
                                    nudges: $0.nudges, hintsUsed: $0.hintsUsed, retried: $0.retried)
        }
        let regraded = TurnGrading(grader: grader, scenario: scenario).replay(replies)
        return .success(zip(ordered, regraded).map { Regraded(turn: $0, grade: $1.grade, overall: $1.overall) })
    }
}
