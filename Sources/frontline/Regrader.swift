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
        var met = Set<String>()
        var history: [String] = []
        var results: [Regraded] = []
        for turn in turns.sorted(by: { $0.index < $1.index }) {
            let scenarioTurn = scenario.turn(turn.turnId)
            // The customer's first nudge came at the nudge interval: a nudged reply is graded by the clock's rule.
            var timings = turn.timings
            if turn.nudges > 0 {
                timings.nudged = min(turn.sentSeconds, Conversation.nudgeInterval(scenarioTurn?.responseTime, scenario: scenario, grader: grader))
            }
            var context = GradingContext(
                customerMessage: turn.customerLine, customerName: scenario.customer.name, channel: scenario.channel,
                expectations: scenarioTurn?.expectations ?? [], alreadyMet: met, responseTimeTarget: scenarioTurn?.responseTime,
                timings: timings, history: history)
            context.phase = scenarioTurn.map(scenario.phase(of:))
            let grade = grader.grade(turn.reply, context: context)
            // A retried attempt was taken back in play: what it said does not carry forward.
            if !turn.retried {
                met.formUnion(grade.metExpectations)
                history.append(turn.reply)
            }
            let overall = max(0, grade.overall - Double(turn.hintsUsed) * Conversation.hintCost)
            results.append(Regraded(turn: turn, grade: grade, overall: overall))
        }
        return .success(results)
    }
}

struct RegradeSkip: Error, Equatable {
    var reason: Regrader.Skip
}
