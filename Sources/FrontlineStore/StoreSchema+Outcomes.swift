import FrontlineModel
import GRDB

extension StoreSchema {
    /// v4-true-outcomes: sessions stored before outcomes were told truthfully.
    /// - A conversation that ended without one of the scenario's endings ended because the
    ///   customer gave up: outcome `hung_up`.
    /// - A conversation that ended before any reply was not completed by the trainee: status
    ///   `abandoned` (its outcome, usually hung up, stays).
    /// - A session with graded replies that never finished (interrupted, in progress) gets
    ///   its scores so far, as every session with a reply now has (see `recordTurn`).
    /// - A scripted session's last activity could lie after its end (its clock ran ahead of
    ///   the wall clock): it is the end.
    /// The rollup triggers carry each change into the per-trainee totals.
    /// An index in time order holds every column the outcome counts and the team's scenario
    /// lines read, so a review scans it without touching the table.
    static func correctOutcomes(_ db: Database) throws {
        try db.execute(sql: StoreEngineSupport.outcomeCorrections { "ROUND(AVG(t.\($0)), 1)" })
        try db.create(index: "sessions_for_outcomes", on: "sessions",
                      columns: ["trainee", "scenario_id", "started_at", "status", "outcome", "overall"])
    }
}

extension StoreEngineSupport {
    /// The same statements on both engines (`PostgresSchema` runs them too).
    /// `mean` gives the SQL of a column's mean over the session's turns `t`, rounded to 0.1.
    package static func outcomeCorrections(mean: (String) -> String) -> String {
        let scores = ["overall", "empathy", "accuracy", "response_time"].map {
            "\($0) = (SELECT \(mean($0)) FROM turns t WHERE t.session_id = sessions.id)"
        }.joined(separator: ", ")
        return """
        UPDATE sessions SET outcome = 'hung_up'
          WHERE status = 'completed' AND outcome IS NULL AND ending_id IS NULL;
        UPDATE sessions SET status = 'abandoned' WHERE status = 'completed' AND turn_count = 0;
        UPDATE sessions SET last_activity_at = finished_at
          WHERE finished_at IS NOT NULL AND last_activity_at > finished_at;
        UPDATE sessions SET \(scores) WHERE overall IS NULL AND turn_count > 0;
        """
    }

    /// A session's scores so far, as `SessionSummary.of` computes them at its end: the mean
    /// of its turns' overall scores, and of each dimension where it applied, to 0.1.
    package static func scoresSoFar(_ turns: [(overall: Double, scores: [FrontlineModel.Dimension: Double])])
        -> (overall: Double?, scores: [FrontlineModel.Dimension: Double])
    {
        func mean(_ values: [Double]) -> Double? {
            values.isEmpty ? nil : ((values.reduce(0, +) / Double(values.count)) * 10).rounded() / 10
        }
        var scores: [FrontlineModel.Dimension: Double] = [:]
        for dimension in FrontlineModel.Dimension.allCases {
            scores[dimension] = mean(turns.compactMap { $0.scores[dimension] })
        }
        return (mean(turns.map(\.overall)), scores)
    }
}
