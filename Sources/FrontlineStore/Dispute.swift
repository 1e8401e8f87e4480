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

/// A trainee flagging one of their turns' grading.
public struct DisputeRequest: Sendable, Equatable {
    public var sessionId: Int64
    /// The turn's index in the session, from 0.
    public var turnIndex: Int
    /// Who disputes: only the session's own trainee may.
    public var trainee: String
    public var reason: String
    public var at: Date

    public init(sessionId: Int64, turnIndex: Int, trainee: String, reason: String, at: Date = Date()) {
        self.sessionId = sessionId
        self.turnIndex = turnIndex
        self.trainee = trainee
        self.reason = reason
        self.at = at
    }

    /// The reason trimmed, after the checks every engine makes.
    @_spi(StoreEngine)
    public func validated() throws(DisputeError) -> String {
        let reason = self.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason.isEmpty { throw .reasonRequired }
        return reason.storable
    }
}

/// Why a dispute was refused, in words a trainee can act on.
public enum DisputeError: Error, Equatable, CustomStringConvertible {
    case reasonRequired
    case notYours(session: Int64, trainee: String)
    case noSuchTurn(session: Int64, turn: Int, turns: Int)
    case alreadyOpen(session: Int64, turn: Int)

    public var description: String {
        switch self {
        case .reasonRequired:
            "a dispute needs a reason (--reason \"…\"): say what the grader got wrong"
        case .notYours(let session, let trainee):
            "session \(session) is \(trainee)'s: you can dispute only your own turns"
        case .noSuchTurn(let session, let turn, let turns):
            turns == 0 ? "session \(session) has no answered turns yet"
                : "session \(session) has no turn \(turn + 1); it has turns 1–\(turns)"
        case .alreadyOpen(let session, let turn):
            "turn \(turn + 1) of session \(session) is already disputed and waits for a supervisor"
        }
    }
}
