import Foundation
import FrontlineModel

/// A session as stored: who played what, how it went, and the process that ran it.
public struct StoredSession: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var trainee: String
    public var scenarioId: String
    public var scenarioTitle: String
    public var language: String
    /// "coach" or "exam".
    public var mode: String
    public var contentFingerprint: String
    public var status: SessionSummary.Status
    public var startedAt: Date
    /// The start, or the moment the latest turn was sent.
    public var lastActivityAt: Date
    public var finishedAt: Date?
    public var endingId: String?
    public var outcome: Ending.Outcome?
    public var debrief: String?
    public var overall: Double?
    /// Final score per dimension; a dimension is absent when it never applied.
    public var scores: [FrontlineModel.Dimension: Double]
    /// Turns recorded so far.
    public var turnCount: Int
    public var pid: Int32
    public var hostname: String

    public init(id: Int64, trainee: String, scenarioId: String, scenarioTitle: String, language: String, mode: String,
                contentFingerprint: String, status: SessionSummary.Status, startedAt: Date, lastActivityAt: Date,
                finishedAt: Date?, endingId: String?, outcome: Ending.Outcome?, debrief: String?, overall: Double?,
                scores: [FrontlineModel.Dimension: Double], turnCount: Int, pid: Int32, hostname: String) {
        self.id = id
        self.trainee = trainee
        self.scenarioId = scenarioId
        self.scenarioTitle = scenarioTitle
        self.language = language
        self.mode = mode
        self.contentFingerprint = contentFingerprint
        self.status = status
        self.startedAt = startedAt
        self.lastActivityAt = lastActivityAt
        self.finishedAt = finishedAt
        self.endingId = endingId
        self.outcome = outcome
        self.debrief = debrief
        self.overall = overall
        self.scores = scores
        self.turnCount = turnCount
        self.pid = pid
        self.hostname = hostname
    }
}
