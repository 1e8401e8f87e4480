import Foundation

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
    package func validated() throws(DisputeError) -> String {
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
