import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// Records a trainee's dispute of one of their own turns.
    @discardableResult
    public func dispute(_ request: DisputeRequest) throws -> Dispute {
        let reason = try request.validated()
        do {
            return try writer.write { db in
                guard let session = try SessionRow.fetchOne(db, key: request.sessionId) else {
                    throw StoreError.unknownSession(String(request.sessionId))
                }
                guard session.trainee == request.trainee.storable else {
                    throw DisputeError.notYours(session: request.sessionId, trainee: session.trainee)
                }
                guard let turn = try TurnRow.filter(TurnRow.Columns.sessionId == request.sessionId
                                                    && TurnRow.Columns.turnIndex == request.turnIndex).fetchOne(db) else {
                    let count = try TurnRow.filter(TurnRow.Columns.sessionId == request.sessionId).fetchCount(db)
                    throw DisputeError.noSuchTurn(session: request.sessionId, turn: request.turnIndex, turns: count)
                }
                if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM disputes WHERE turn_id = ? AND settled_by IS NULL)",
                                     arguments: [turn.id!]) == true {
                    throw DisputeError.alreadyOpen(session: request.sessionId, turn: request.turnIndex)
                }
                try db.execute(sql: """
                    INSERT INTO disputes (session_id, turn_id, trainee, reason, created_at) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [request.sessionId, turn.id!, session.trainee, reason, request.at])
                return Dispute(id: db.lastInsertedRowID, sessionId: request.sessionId, turn: request.turnIndex + 1,
                               trainee: session.trainee, scenarioId: session.scenarioId, reason: reason,
                               createdAt: request.at)
            }
        } catch let error as DisputeError {
            throw error
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Disputes of the filtered sessions, oldest first (open ones only, or all).
    public func disputes(_ filter: ReviewFilter, openOnly: Bool) throws(StoreError) -> [Dispute] {
        try read { db in try ReviewQuery(db: db, filter: filter).disputes(openOnly: openOnly) }
    }
}

extension ReviewQuery {
    func openDisputes() throws -> [Dispute] { try disputes(openOnly: true) }

    func disputes(openOnly: Bool) throws -> [Dispute] {
        try Row.fetchAll(db, sql: """
            SELECT d.id, d.session_id, t.turn_index, d.trainee, s.scenario_id, d.reason, d.created_at, d.settled_by,
              d.settled_at
            FROM disputes d JOIN sessions s ON s.id = d.session_id JOIN turns t ON t.id = d.turn_id
            WHERE \(condition.sql) \(openOnly ? "AND d.settled_by IS NULL" : "") ORDER BY d.created_at, d.id
            """, arguments: condition.arguments).map { row in
            Dispute(id: row[0], sessionId: row[1], turn: (row[2] as Int) + 1, trainee: row[3], scenarioId: row[4],
                    reason: row[5], createdAt: row[6], settledBy: row[7], settledAt: row[8])
        }
    }
}
