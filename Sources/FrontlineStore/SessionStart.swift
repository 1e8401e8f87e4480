import Foundation

/// What the store needs to know when a trainee starts a scenario.
public struct SessionStart: Sendable, Equatable {
    public var trainee: String
    public var scenarioId: String
    public var scenarioTitle: String
    public var language: String
    /// "coach" or "exam".
    public var mode: String
    /// Hash of the scenario and rubric files the session was graded against.
    public var contentFingerprint: String
    public var startedAt: Date

    public init(trainee: String, scenarioId: String, scenarioTitle: String, language: String, mode: String,
                contentFingerprint: String, startedAt: Date) {
        self.trainee = trainee
        self.scenarioId = scenarioId
        self.scenarioTitle = scenarioTitle
        self.language = language
        self.mode = mode
        self.contentFingerprint = contentFingerprint
        self.startedAt = startedAt
    }
}
