import Foundation
import FrontlineModel

/// How a review is computed: the pass mark, when a trainee counts as stuck, how much to list.
public struct ReviewOptions: Sendable, Equatable {
    /// A session below this overall score did not pass.
    public var passMark: Double
    /// Stuck: this many latest sessions all below the pass mark, or none of them better than
    /// the average of as many before (while still below the pass mark at times).
    public var stuckAfter: Int
    /// Weeks in the team's (or the trainee's) trend.
    public var trendWeeks: Int
    /// Weeks in each trainee's trend in the team table.
    public var traineeTrendWeeks: Int
    public var missLimit: Int
    public var recentLimit: Int

    public init(passMark: Double = 70, stuckAfter: Int = 3, trendWeeks: Int = 26, traineeTrendWeeks: Int = 8,
                missLimit: Int = 10, recentLimit: Int = 10) {
        self.passMark = passMark
        self.stuckAfter = max(1, stuckAfter)
        self.trendWeeks = max(1, trendWeeks)
        self.traineeTrendWeeks = max(1, traineeTrendWeeks)
        self.missLimit = max(0, missLimit)
        self.recentLimit = max(0, recentLimit)
    }
}

/// Mean scores: overall and per dimension (nil when nothing was scored).
public struct ScoreAverages: Sendable, Equatable, Codable, ScoresByDimension {
    public var overall: Double?
    public var empathy: Double?
    public var accuracy: Double?
    public var responseTime: Double?

    public init(overall: Double? = nil, empathy: Double? = nil, accuracy: Double? = nil, responseTime: Double? = nil) {
        self.overall = overall
        self.empathy = empathy
        self.accuracy = accuracy
        self.responseTime = responseTime
    }
}

/// Sessions by status.
public struct SessionCounts: Sendable, Equatable, Codable {
    public var total = 0
    public var completed = 0
    public var abandoned = 0
    public var interrupted = 0
    public var inProgress = 0

    public init(total: Int = 0, completed: Int = 0, abandoned: Int = 0, interrupted: Int = 0, inProgress: Int = 0) {
        self.total = total
        self.completed = completed
        self.abandoned = abandoned
        self.interrupted = interrupted
        self.inProgress = inProgress
    }

    public static func + (a: SessionCounts, b: SessionCounts) -> SessionCounts {
        SessionCounts(total: a.total + b.total, completed: a.completed + b.completed, abandoned: a.abandoned + b.abandoned,
                      interrupted: a.interrupted + b.interrupted, inProgress: a.inProgress + b.inProgress)
    }
}

/// One week (Monday 00:00 UTC on) of a trend: how many scored sessions and their mean overall.
public struct TrendPoint: Sendable, Equatable, Codable {
    public var weekStart: Date
    public var sessions: Int
    /// nil for a week without scored sessions.
    public var average: Double?

    public init(weekStart: Date, sessions: Int, average: Double?) {
        self.weekStart = weekStart
        self.sessions = sessions
        self.average = average
    }
}

/// A criterion missed (a reward not earned) or triggered (a penalty), on how many turns.
public struct CriterionMiss: Sendable, Equatable, Codable {
    public var criterionId: String
    public var name: String
    public var dimension: FrontlineModel.Dimension
    /// `.missed` or `.triggered`.
    public var outcome: Finding.Outcome
    public var turns: Int
    /// Of all turns in the review.
    public var share: Double
    /// Rubric (tone) or the scenario's expectation; the points one miss costs; and the
    /// points all the misses cost (turns × weight), which the list is ranked by.
    public var source: Finding.Source?
    public var weight: Double?
    public var pointsLost: Double?

    public init(criterionId: String, name: String, dimension: FrontlineModel.Dimension, outcome: Finding.Outcome,
                turns: Int, share: Double) {
        self.criterionId = criterionId
        self.name = name
        self.dimension = dimension
        self.outcome = outcome
        self.turns = turns
        self.share = share
    }
}

/// Why a trainee looks stuck.
public struct StuckFlag: Sendable, Equatable, Codable {
    public enum Reason: String, Sendable, Codable {
        /// The latest sessions are all below the pass mark.
        case belowPassMark = "below_pass_mark"
        /// None of the latest sessions beat the average of the ones before.
        case noImprovement = "no_improvement"
    }

    public var reason: Reason
    /// Overall scores of the latest sessions, oldest first.
    public var recent: [Double]
    /// Average overall of as many sessions before those.
    public var before: Double?

    public init(reason: Reason, recent: [Double], before: Double?) {
        self.reason = reason
        self.recent = recent
        self.before = before
    }
}

/// One trainee's line in a review.
public struct TraineeSummary: Sendable, Equatable, Codable {
    public var trainee: String
    public var sessions: SessionCounts
    public var turns: Int
    /// Over every session with scores (completed or abandoned); the grader's scores.
    public var averages: ScoreAverages
    public var best: Double?
    public var lastActivity: Date?
    /// The weeks up to the latest week of the review.
    public var trend: [TrendPoint]
    public var stuck: StuckFlag?
    /// How the trainee's conversations ended (sessions in progress not counted).
    public var outcomes = OutcomeCounts()
    /// Mean score per empathy facet (warmth, listening, exploring, courtesy) over the
    /// trainee's graded turns; nil when no turn has facets (played before facets).
    public var facets: [String: Double]?

    public init(trainee: String, sessions: SessionCounts, turns: Int, averages: ScoreAverages, best: Double?,
                lastActivity: Date?, trend: [TrendPoint], stuck: StuckFlag?) {
        self.trainee = trainee
        self.sessions = sessions
        self.turns = turns
        self.averages = averages
        self.best = best
        self.lastActivity = lastActivity
        self.trend = trend
        self.stuck = stuck
    }
}

/// One scenario's line in a review.
public struct ScenarioSummary: Sendable, Equatable, Codable {
    public var scenarioId: String
    public var title: String
    public var sessions: Int
    public var completed: Int
    public var average: Double?
    public var best: Double?
    public var lastPlayed: Date?
    /// How the scenario's conversations ended.
    public var outcomes = OutcomeCounts()

    public init(scenarioId: String, title: String, sessions: Int, completed: Int, average: Double?, best: Double?,
                lastPlayed: Date?) {
        self.scenarioId = scenarioId
        self.title = title
        self.sessions = sessions
        self.completed = completed
        self.average = average
        self.best = best
        self.lastPlayed = lastPlayed
    }
}

/// A session as a review lists it.
public struct ReviewedSession: Sendable, Equatable, Codable {
    public var id: Int64
    public var trainee: String
    public var scenarioId: String
    public var scenarioTitle: String
    public var mode: String
    public var status: SessionSummary.Status
    public var startedAt: Date
    public var turns: Int
    public var scores: ScoreAverages
    public var annotations: Int
    /// How the conversation ended; nil while in progress.
    public var outcome: SessionOutcome?

    public init(id: Int64, trainee: String, scenarioId: String, scenarioTitle: String, mode: String,
                status: SessionSummary.Status, startedAt: Date, turns: Int, scores: ScoreAverages, annotations: Int,
                outcome: SessionOutcome? = nil) {
        self.outcome = outcome
        self.id = id
        self.trainee = trainee
        self.scenarioId = scenarioId
        self.scenarioTitle = scenarioTitle
        self.mode = mode
        self.status = status
        self.startedAt = startedAt
        self.turns = turns
        self.scores = scores
        self.annotations = annotations
    }
}

/// The team's (or one trainee's) progress over the filtered sessions.
public struct ReviewSummary: Sendable, Equatable, Codable {
    public var sessions: SessionCounts
    public var turns: Int
    /// The grader's scores, averaged over sessions with scores.
    public var averages: ScoreAverages
    /// The same with supervisors' overrides applied (nil when no override is in scope).
    public var calibrated: ScoreAverages?
    /// Overrides in scope (the latest per turn and dimension).
    public var overrides: Int
    public var trend: [TrendPoint]
    public var lastActivity: Date?
    public var trainees: [TraineeSummary]
    /// Per scenario (with each scenario's outcomes).
    public var scenarios: [ScenarioSummary]
    public var misses: [CriterionMiss]
    /// One trainee's review only: the latest sessions, newest first.
    public var recent: [ReviewedSession]
    public var passMark: Double
    public var stuckAfter: Int
    /// How the conversations in scope ended (sessions in progress not counted).
    public var outcomes = OutcomeCounts()
    /// The outcomes per week, over the same weeks as `trend`.
    public var outcomeTrend: [OutcomeWeek] = []
    /// Turns trainees disputed that no supervisor has settled yet.
    public var openDisputes: [Dispute] = []

    public init(sessions: SessionCounts, turns: Int, averages: ScoreAverages, calibrated: ScoreAverages?, overrides: Int,
                trend: [TrendPoint], lastActivity: Date?, trainees: [TraineeSummary], scenarios: [ScenarioSummary],
                misses: [CriterionMiss], recent: [ReviewedSession], passMark: Double, stuckAfter: Int) {
        self.sessions = sessions
        self.turns = turns
        self.averages = averages
        self.calibrated = calibrated
        self.overrides = overrides
        self.trend = trend
        self.lastActivity = lastActivity
        self.trainees = trainees
        self.scenarios = scenarios
        self.misses = misses
        self.recent = recent
        self.passMark = passMark
        self.stuckAfter = stuckAfter
    }

    public var stuck: [TraineeSummary] { trainees.filter { $0.stuck != nil } }
}
