#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    /// Records a trainee's dispute of one of their own turns. Row-level security refuses a
    /// login that is not the session's trainee (or a manager).
    @discardableResult
    public func dispute(_ request: DisputeRequest) throws -> Dispute {
        let reason = try request.validated()
        var refusal: DisputeError?
        let added: Dispute? = try write { c in
            guard let session = try c.row("SELECT trainee, scenario_id FROM sessions WHERE id = $1", [.int(request.sessionId)]) else {
                throw StoreError.unknownSession(String(request.sessionId))
            }
            let trainee = try session.string("trainee")
            guard trainee == request.trainee.storable else {
                refusal = .notYours(session: request.sessionId, trainee: trainee)
                return nil
            }
            guard let turn = try c.row("SELECT id FROM turns WHERE session_id = $1 AND turn_index = $2",
                                       [.int(request.sessionId), .int(request.turnIndex)]) else {
                let count = try c.row("SELECT COUNT(*)::int8 AS n FROM turns WHERE session_id = $1",
                                      [.int(request.sessionId)])?.int("n") ?? 0
                refusal = .noSuchTurn(session: request.sessionId, turn: request.turnIndex, turns: count)
                return nil
            }
            let turnId = try turn.int64("id")
            if try c.row("SELECT 1 AS one FROM disputes WHERE turn_id = $1 AND settled_by IS NULL", [.int(turnId)]) != nil {
                refusal = .alreadyOpen(session: request.sessionId, turn: request.turnIndex)
                return nil
            }
            let id = try c.row("""
                INSERT INTO disputes (session_id, turn_id, trainee, reason, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id
                """, [.int(request.sessionId), .int(turnId), .text(trainee), .text(reason), .date(request.at)])!.int64("id")
            return Dispute(id: id, sessionId: request.sessionId, turn: request.turnIndex + 1, trainee: trainee,
                           scenarioId: try session.string("scenario_id"), reason: reason, createdAt: request.at)
        }
        if let refusal { throw refusal }
        return added!
    }

    public func disputes(_ filter: ReviewFilter, openOnly: Bool) throws(StoreError) -> [Dispute] {
        try read { c in try PostgresReview(c: c, filter: filter).disputes(openOnly: openOnly) }
    }
}

extension PostgresReview {
    func openDisputes() throws -> [Dispute] { try disputes(openOnly: true) }

    func disputes(openOnly: Bool) throws -> [Dispute] {
        try c.rows("""
            SELECT d.id, d.session_id, t.turn_index, d.trainee, s.scenario_id, d.reason, d.created_at, d.settled_by,
              d.settled_at
            FROM disputes d JOIN sessions s ON s.id = d.session_id JOIN turns t ON t.id = d.turn_id
            WHERE \(condition.sql) \(openOnly ? "AND d.settled_by IS NULL" : "") ORDER BY d.created_at, d.id
            """, condition.values).map { row in
            Dispute(id: try row.int64("id"), sessionId: try row.int64("session_id"), turn: try row.int("turn_index") + 1,
                    trainee: try row.string("trainee"), scenarioId: try row.string("scenario_id"),
                    reason: try row.string("reason"), createdAt: try row.value("created_at"),
                    settledBy: try row.optional("settled_by", as: Int64.self), settledAt: try row.optional("settled_at", as: Date.self))
        }
    }
}
#endif
