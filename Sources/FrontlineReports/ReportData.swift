import Foundation
import FrontlineModel
import FrontlineReview

/// Everything the HTML report shows, as plain values: built from the store
/// (`ReportData+Store.swift`) or by hand in tests, never read from a database while rendering.
public struct ReportData: Sendable, Equatable {
    /// Which sessions the report covers, as the supervisor asked for them.
    public struct Filters: Sendable, Equatable {
        /// As typed (e.g. "2025-03-01"), for the header.
        public var since: String?
        public var until: String?
        public var trainee: String?

        public init(since: String? = nil, until: String? = nil, trainee: String? = nil) {
            self.since = since
            self.until = until
            self.trainee = trainee
        }

        public var isEmpty: Bool { since == nil && until == nil && trainee == nil }
    }

    /// One session with its final scores and the criteria its turns were assessed on.
    public struct Session: Sendable, Equatable {
        public var id: Int64
        public var trainee: String
        public var scenarioId: String
        public var scenarioTitle: String
        public var language: String
        public var status: SessionSummary.Status
        public var startedAt: Date
        public var lastActivityAt: Date
        /// 0–100 per metric; absent when it never applied (or no turn was answered).
        public var scores: [ReportMetric: Double]
        public var turns: [Turn]
        /// How the conversation ended; nil while in progress.
        public var outcome: SessionOutcome?

        public init(id: Int64, trainee: String, scenarioId: String, scenarioTitle: String, language: String,
                    status: SessionSummary.Status, startedAt: Date, lastActivityAt: Date,
                    scores: [ReportMetric: Double], turns: [Turn]) {
            self.id = id
            self.trainee = trainee
            self.scenarioId = scenarioId
            self.scenarioTitle = scenarioTitle
            self.language = language
            self.status = status
            self.startedAt = startedAt
            self.lastActivityAt = lastActivityAt
            self.scores = scores
            self.turns = turns
        }
    }

    /// One answered turn: the criteria it was assessed on and how each went.
    public struct Turn: Sendable, Equatable {
        public var findings: [Finding]
        /// For the transcript: the turn's number from 1, what was said, and its overall.
        public var number = 0
        public var customer = ""
        public var reply = ""
        public var overall: Double?
        /// The empathy facets' scores (nil before facets); a retried first attempt has none here.
        public var facets: [String: Double]?

        public init(findings: [Finding]) {
            self.findings = findings
        }
    }

    /// A criterion's verdict on one turn (repeated hits of one criterion count once).
    public struct Finding: Sendable, Equatable {
        public var dimension: FrontlineModel.Dimension
        public var criterionId: String
        public var name: String
        public var outcome: FrontlineModel.Finding.Outcome
        public var source: FrontlineModel.Finding.Source
        /// Points a miss costs (a reward's possible points, a penalty's taken), and whether it is critical.
        public var weight = 0.0
        public var isCritical = false

        public init(dimension: FrontlineModel.Dimension, criterionId: String, name: String,
                    outcome: FrontlineModel.Finding.Outcome, source: FrontlineModel.Finding.Source) {
            self.dimension = dimension
            self.criterionId = criterionId
            self.name = name
            self.outcome = outcome
            self.source = source
        }
    }

    public var generatedAt: Date
    /// The store file, as shown in the header.
    public var storePath: String
    public var filters: Filters
    /// Days, weeks and times on the page are in this zone.
    public var timeZone: TimeZone
    public var sessions: [Session]
    /// The store's review and calibration over the same sessions: stuck trainees, open
    /// disputes, supervisors' corrections (nil in reports built without a store).
    public var review: ReviewSummary?
    public var calibration: CalibrationReport?

    public init(generatedAt: Date, storePath: String, filters: Filters = Filters(), timeZone: TimeZone = .current,
                sessions: [Session]) {
        self.generatedAt = generatedAt
        self.storePath = storePath
        self.filters = filters
        self.timeZone = timeZone
        self.sessions = sessions
    }

    public var trainees: [String] {
        Set(sessions.map(\.trainee)).sorted { $0.localizedStandardCompare($1) == .orderedAscending }
    }

    public var turnCount: Int { sessions.reduce(0) { $0 + $1.turns.count } }
}
