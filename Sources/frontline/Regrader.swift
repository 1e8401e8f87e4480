import FrontlineEngine
import FrontlineGrader
import FrontlineModel
import FrontlineStore

/// Re-scores stored replies with the current scenarios and rubrics. Each session is
/// replayed in order, so `requires` sees what earlier turns met, exactly as in play.
struct Regrader {
    let catalog: Catalog
    let library: GraderLibrary

    struct Regraded {
        var turn: StoredTurn
        var grade: Grade
        /// After the hint cost, as in play.
        var overall: Double
    }

    enum Skip: Equatable { case scenarioGone, languageGone }

    /// New grades for a session's turns (in order), or why it cannot be regraded.
    func regrade(_ session: StoredSession, turns: [StoredTurn]) -> Result<[Regraded], RegradeSkip> {
        guard let scenario = catalog.scenario(session.scenarioId) else { return .failure(RegradeSkip(reason: .scenarioGone)) }
        guard let grader = library.grader(for: scenario.language) else { return .failure(RegradeSkip(reason: .languageGone)) }
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

struct RegradeSkip: Error, Equatable {
    var reason: Regrader.Skip
}
