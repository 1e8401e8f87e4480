import Foundation

/// A trainee's objection to how one turn was graded, open until a supervisor settles it
/// with an annotation of that turn.
public struct Dispute: Sendable, Equatable, Codable {
    public var id: Int64
    public var sessionId: Int64
    /// The turn's position in its session, from 1 (as `frontline transcript` numbers it).
    public var turn: Int
    public var trainee: String
    public var scenarioId: String
    public var reason: String
    public var createdAt: Date
    /// The annotation that settled it; nil while open.
    public var settledBy: Int64?
    public var settledAt: Date?

    public init(id: Int64, sessionId: Int64, turn: Int, trainee: String, scenarioId: String, reason: String,
                createdAt: Date, settledBy: Int64? = nil, settledAt: Date? = nil) {
        self.id = id
        self.sessionId = sessionId
        self.turn = turn
        self.trainee = trainee
        self.scenarioId = scenarioId
        self.reason = reason
        self.createdAt = createdAt
        self.settledBy = settledBy
        self.settledAt = settledAt
    }

    public var isOpen: Bool { settledBy == nil }
}
