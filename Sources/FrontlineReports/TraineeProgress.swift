import FrontlineModel
import FrontlineReview

/// Where a trainee stands: tracks and steps, averages and their trend, best score per
/// scenario, the costliest criteria missed, and what to practise next.
public struct TraineeProgress: Sendable {
    public enum StepState: String, Sendable { case passed, current, locked }

    public struct StepStatus: Sendable {
        public var title: String
        public var state: StepState
        public var passMarks: PassMarks
        /// Scenario id, best overall (completed sessions), and whether a session passed the marks.
        public var scenarios: [(id: String, best: Double?, passed: Bool)]
    }

    public struct TrackStatus: Sendable {
        public var id: String
        public var title: String
        public var steps: [StepStatus]
        public var passedSteps: Int { steps.filter { $0.state == .passed }.count }
    }

    public struct Miss: Sendable, Equatable {
        public var criterionId: String
        public var name: String
        public var tip: String?
        public var count: Int
    }

    public var trainee: String
    public var sessions: Int
    public var completed: Int
    /// Over every session with at least one graded reply (completed or abandoned), each
    /// session once: the same definition as `frontline review` and the report.
    public var averages: [Dimension: Double]
    public var overallAverage: Double?
    /// How the trainee's conversations ended (sessions in progress not counted).
    public var outcomes: OutcomeCounts
    /// How the trainee's conversations ended, week by week (Monday 00:00 UTC), from the
    /// first week with an ended session to the last (empty weeks included).
    public var outcomeTrend: [OutcomeWeek] = []
    /// Mean score per empathy facet over the trainee's graded turns (nil before facets).
    public var facets: [String: Double]?
    /// Overall score of each scored session, oldest first (at most the last 20).
    public var trend: [Double]
    /// Average of the last five scored sessions minus the five before (nil with fewer than 6).
    public var trendDelta: Double?
    public var best: [String: Double]
    public var tracks: [TrackStatus]
    public var mostMissed: [Miss]
    public var practiseNext: [String]

    /// - Parameters:
    ///   - sessions: the trainee's sessions (any order).
    ///   - findings: findings of the trainee's recent turns (missed and triggered count).
    public init(trainee: String, sessions: [StoredSession], findings: [StoredFinding], tracks: [Track], scenarioIds: [String]) {
        self.trainee = trainee
        self.sessions = sessions.count
        let done = sessions.filter { $0.status == .completed }.sorted { $0.startedAt < $1.startedAt }
        let scored = sessions.filter { $0.overall != nil }.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
        completed = done.count
        var outcomes = OutcomeCounts()
        for session in sessions { if let outcome = session.sessionOutcome { outcomes.add(outcome) } }
        self.outcomes = outcomes
        outcomeTrend = Self.weekly(sessions)
        var averages: [Dimension: Double] = [:]
        for dimension in Dimension.allCases {
            let values = scored.compactMap { $0.scores[dimension] }
            if !values.isEmpty { averages[dimension] = values.reduce(0, +) / Double(values.count) }
        }
        self.averages = averages
        let overall = scored.compactMap(\.overall)
        overallAverage = overall.isEmpty ? nil : overall.reduce(0, +) / Double(overall.count)
        trend = Array(overall.suffix(20))
        if overall.count >= 6 {
            let recent = overall.suffix(5), before = overall.dropLast(5).suffix(5)
            trendDelta = recent.reduce(0, +) / Double(recent.count) - before.reduce(0, +) / Double(before.count)
        }
        var best: [String: Double] = [:]
        for session in scored { if let o = session.overall { best[session.scenarioId] = max(best[session.scenarioId] ?? 0, o) } }
        self.best = best
        self.tracks = tracks.map { Self.status(of: $0, sessions: done) }

        var counts: [String: Miss] = [:]
        var weights: [String: MissRanking.Weight] = [:]
        for finding in findings where finding.finding.outcome == .missed || finding.finding.outcome == .triggered {
            let f = finding.finding
            counts[f.criterionId, default: Miss(criterionId: f.criterionId, name: f.name, tip: f.tip, count: 0)].count += 1
            weights[f.criterionId] = MissRanking.Weight(source: f.source, possible: f.possible, points: f.points,
                                                        isCritical: f.isCritical)
        }
        // Ranked as the review ranks them: the scenario's expectations first, by points lost.
        mostMissed = counts.values.sorted {
            MissRanking.precedes(($0.criterionId, $0.count, weights[$0.criterionId]), ($1.criterionId, $1.count, weights[$1.criterionId]))
        }.prefix(5).map { $0 }

        var next: [String] = []
        if let step = self.tracks.lazy.flatMap(\.steps).first(where: { $0.state == .current }) {
            let open = step.scenarios.filter { !$0.passed }
            next = open.filter { $0.best == nil }.map(\.id) + open.filter { $0.best != nil }.sorted { ($0.best ?? 0) < ($1.best ?? 0) }.map(\.id)
        } else {
            next = scenarioIds.filter { best[$0] == nil } + best.sorted { $0.value < $1.value }.map(\.key)
        }
        practiseNext = Array(next.prefix(3))
    }

    static func status(of track: Track, sessions: [StoredSession]) -> TrackStatus {
        var unlocked = true
        var steps: [StepStatus] = []
        for step in track.steps {
            let scenarios = step.scenarios.map { id -> (id: String, best: Double?, passed: Bool) in
                let runs = sessions.filter { $0.scenarioId == id }
                let best = runs.compactMap(\.overall).max()
                let passed = runs.contains { step.passMarks.passed(overall: $0.overall, scores: $0.scores) }
                return (id, best, passed)
            }
            let allPassed = scenarios.allSatisfy(\.passed)
            let state: StepState = !unlocked ? .locked : allPassed ? .passed : .current
            if state != .passed { unlocked = false }
            steps.append(StepStatus(title: step.title, state: state, passMarks: step.passMarks, scenarios: scenarios))
        }
        return TrackStatus(id: track.id, title: track.title, steps: steps)
    }
}

