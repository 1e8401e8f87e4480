import Foundation
import FrontlineModel

extension ReviewSummary {
    /// The review of `source`'s sessions: the trainees' lines with their trends and stuck
    /// flags, the team's (or the trainee's) trend, calibrated averages, scenarios, the
    /// costliest misses, outcomes and open disputes. Facets are added by the caller.
    public static func assemble(from source: some ReviewSource, options: ReviewOptions) throws -> ReviewSummary {
        let filter = source.filter
        var trainees = try source.traineeTotals()
        var trend: [TrendPoint] = []
        var trendWeeks: ClosedRange<Int>?
        if let (first, last) = try source.activeRange() {
            let weeks = ReviewWeeks.trend(first: first, last: last, count: options.trendWeeks)
            trendWeeks = weeks
            if filter.trainee != nil {
                trend = try source.ownWeeks(weeks).points(weeks)
                for index in trainees.indices { trainees[index].summary.trend = trend }
            } else {
                let recent = ReviewWeeks.recent(options.traineeTrendWeeks, endingWith: weeks.upperBound)
                let sums = try source.teamWeeks(weeks, trainees: recent)
                trend = sums.team.points(weeks)
                for index in trainees.indices {
                    trainees[index].summary.trend = (sums.trainees[trainees[index].summary.trainee] ?? [:]).points(recent)
                }
            }
        }
        let latest = try source.latestScores(of: trainees.map(\.summary.trainee), count: 2 * options.stuckAfter)
        for index in trainees.indices {
            let scores = latest[trainees[index].summary.trainee] ?? []
            trainees[index].summary.stuck = StuckRule.flag(scores.reversed(), after: options.stuckAfter,
                                                           passMark: options.passMark)
        }
        let total = trainees.reduce(ScoreTotals()) { $0 + $1.totals }
        let turns = trainees.reduce(0) { $0 + $1.summary.turns }
        let (calibrated, overrides) = CalibrationArithmetic.calibratedAverages(total, try source.effectiveOverrides())
        var summary = ReviewSummary(
            sessions: trainees.reduce(SessionCounts()) { $0 + $1.summary.sessions }, turns: turns,
            averages: total.averages, calibrated: calibrated, overrides: overrides, trend: trend,
            lastActivity: trainees.compactMap(\.summary.lastActivity).max(),
            trainees: trainees.map(\.summary).sorted { ($0.trainee.lowercased(), $0.trainee) < ($1.trainee.lowercased(), $1.trainee) },
            scenarios: try source.scenarios(), misses: try misses(source, turns: turns, limit: options.missLimit),
            recent: filter.trainee == nil ? [] : try source.recentSessions(limit: options.recentLimit),
            passMark: options.passMark, stuckAfter: options.stuckAfter)
        try source.outcomes().apply(to: &summary, weeks: trendWeeks)
        summary.openDisputes = try source.openDisputes()
        return summary
    }

    /// The criteria missed (or penalties triggered) that cost the most, ranked by
    /// `MissRanking`, each under the name it was most missed under.
    static func misses(_ source: some ReviewSource, turns: Int, limit: Int) throws -> [CriterionMiss] {
        guard limit > 0, turns > 0 else { return [] }
        let tallies = try source.missTallies()
        var weights: [String: MissRanking.Weight] = [:]
        for id in tallies.keys { weights[id] = try source.missWeight(id) }
        let ranked = MissRanking.rank(tallies.map { id, tally in
            CriterionMiss(criterionId: id, name: id, dimension: FrontlineModel.Dimension(rawValue: tally.dimension) ?? .empathy,
                          outcome: Finding.Outcome(rawValue: tally.outcome) ?? .missed, turns: tally.turns,
                          share: Double(tally.turns) / Double(turns))
        }, weights: weights).prefix(limit)
        return try ranked.map { miss in
            var miss = miss
            var names = tallies[miss.criterionId]!.names
            try source.moreMissNames(miss.criterionId, into: &names)
            miss.name = names.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? miss.criterionId
            return miss
        }
    }
}
