import Foundation
import FrontlineModel
import FrontlineReview

/// One line of a trend chart: a metric's mean per bucket of the timeline.
public struct ReportSeries: Sendable, Equatable {
    public var metric: ReportMetric
    /// Mean score per bucket; nil where no session had this metric.
    public var values: [Double?]
    /// Sessions behind each value.
    public var counts: [Int]

    public var pointCount: Int { values.compactMap { $0 }.count }
}

/// A row of the trainee table.
public struct ReportTraineeRow: Sendable, Equatable {
    public var trainee: String
    public var sessions: Int
    public var completed: Int
    public var turns: Int
    /// Mean of the sessions' scores, per metric.
    public var averages: [ReportMetric: Double]
    public var bestOverall: Double?
    public var lastActivity: Date
}

/// The overall scores of one scenario's sessions.
public struct ReportScenarioScores: Sendable, Equatable {
    public var scenarioId: String
    public var title: String
    public var language: String
    public var sessions: Int
    public var stats: ReportBoxStats?
    public var values: [Double]
}

/// A criterion trainees missed (a reward not earned) or triggered (a penalty), by turns.
public struct ReportMissedCriterion: Sendable, Equatable {
    public var dimension: FrontlineModel.Dimension
    public var criterionId: String
    public var name: String
    public var source: FrontlineModel.Finding.Source
    /// True for a penalty (triggered), false for a reward (missed).
    public var isPenalty: Bool
    /// Turns on which it was missed or triggered.
    public var count: Int
    /// Turns on which it was assessed (for rewards: met or missed).
    public var assessed: Int
    /// `count` as a share of all turns in the report.
    public var shareOfTurns: Double
    /// For rewards, `count` as a share of the turns it was assessed on.
    public var missRate: Double? { isPenalty || assessed == 0 ? nil : Double(count) / Double(assessed) }
}

extension ReportData {
    public var timeline: ReportTimeline {
        ReportTimeline(dates: sessions.filter { !$0.scores.isEmpty }.map(\.startedAt), timeZone: timeZone)
    }

    /// The mean of each metric per bucket, over the given sessions (all by default).
    public func series(on timeline: ReportTimeline, of trainee: String? = nil) -> [ReportSeries] {
        let chosen = trainee.map { name in sessions.filter { $0.trainee == name } } ?? sessions
        var buckets = [[Session]](repeating: [], count: timeline.count)
        for session in chosen where !session.scores.isEmpty && timeline.count > 0 {
            buckets[timeline.index(of: session.startedAt)].append(session)
        }
        return ReportMetric.allCases.map { metric in
            let values = buckets.map { bucket in bucket.compactMap { $0.scores[metric] } }
            return ReportSeries(metric: metric, values: values.map(reportMean), counts: values.map(\.count))
        }
    }

    public var traineeRows: [ReportTraineeRow] {
        let byTrainee = Dictionary(grouping: sessions, by: \.trainee)
        return trainees.compactMap { name in
            guard let own = byTrainee[name] else { return nil }
            var averages: [ReportMetric: Double] = [:]
            for metric in ReportMetric.allCases {
                averages[metric] = reportMean(own.compactMap { $0.scores[metric] })
            }
            return ReportTraineeRow(
                trainee: name, sessions: own.count, completed: own.filter { $0.status == .completed }.count,
                turns: own.reduce(0) { $0 + $1.turns.count }, averages: averages,
                bestOverall: own.compactMap { $0.scores[.overall] }.max(),
                lastActivity: own.map(\.lastActivityAt).max() ?? generatedAt)
        }
    }

    /// Per scenario, lowest median first (where trainees struggle most); unscored last.
    public var scenarioScores: [ReportScenarioScores] {
        let byScenario = Dictionary(grouping: sessions, by: \.scenarioId)
        let rows = byScenario.map { id, own in
            let values = own.compactMap { $0.scores[.overall] }
            let latest = own.max { $0.startedAt < $1.startedAt }!
            return ReportScenarioScores(scenarioId: id, title: latest.scenarioTitle, language: latest.language,
                                        sessions: own.count, stats: ReportBoxStats(values), values: values)
        }
        return rows.sorted {
            switch ($0.stats?.median, $1.stats?.median) {
            case let (a?, b?) where a != b: a < b
            case (_?, nil): true
            case (nil, _?): false
            default: $0.scenarioId < $1.scenarioId
            }
        }
    }

    /// Criteria by the number of turns that missed (or triggered) them, most first.
    public var missedCriteria: [ReportMissedCriterion] {
        struct Key: Hashable { var dimension: FrontlineModel.Dimension; var source: FrontlineModel.Finding.Source; var id: String }
        var missed: [Key: Int] = [:], assessed: [Key: Int] = [:], penalty: [Key: Bool] = [:]
        var weights: [Key: MissRanking.Weight] = [:]
        var names: [Key: [String: Int]] = [:]
        for session in sessions {
            for turn in session.turns {
                for finding in turn.findings {
                    let key = Key(dimension: finding.dimension, source: finding.source, id: finding.criterionId)
                    assessed[key, default: 0] += 1
                    names[key, default: [:]][finding.name, default: 0] += 1
                    if finding.outcome == .missed || finding.outcome == .triggered {
                        let weight = MissRanking.Weight(source: finding.source, possible: finding.weight, points: 0,
                                                        isCritical: finding.isCritical)
                        if (weights[key]?.points ?? -1) < weight.points { weights[key] = weight }
                    }
                    switch finding.outcome {
                    case .missed: missed[key, default: 0] += 1
                    case .triggered:
                        missed[key, default: 0] += 1
                        penalty[key] = true
                    case .met, .measured: break
                    }
                }
            }
        }
        let turns = max(1, turnCount)
        return missed.map { key, count in
            // The name most turns showed (names differ by language).
            let name = names[key]?.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key.id
            return ReportMissedCriterion(dimension: key.dimension, criterionId: key.id, name: name, source: key.source,
                                         isPenalty: penalty[key] ?? false, count: count, assessed: assessed[key] ?? count,
                                         shareOfTurns: Double(count) / Double(turns))
        }.sorted { a, b in
            // The same order as the review's most-missed list (MissRanking).
            let ka = Key(dimension: a.dimension, source: a.source, id: a.criterionId)
            let kb = Key(dimension: b.dimension, source: b.source, id: b.criterionId)
            return MissRanking.precedes((a.criterionId, a.count, weights[ka]), (b.criterionId, b.count, weights[kb]))
        }
    }
}
