import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

/// Why an annotation was refused, in words a supervisor can act on.
public enum AnnotationError: Error, Equatable, CustomStringConvertible {
    case noSuchTurn(session: Int64, turn: Int, turns: Int)
    case notApplicable(FrontlineModel.Dimension, turn: Int)
    case scoreOutOfRange(FrontlineModel.Dimension, Double)
    case reasonRequired
    case nothingToAdd
    case agreesWithGrader(String, met: Bool)

    public var description: String {
        switch self {
        case .noSuchTurn(let session, let turn, let turns):
            turns == 0 ? "session \(session) has no answered turns yet"
                : "session \(session) has no turn \(turn + 1); it has turns 1–\(turns)"
        case .notApplicable(let dimension, let turn):
            "\(dimension.rawValue) did not apply to turn \(turn + 1), so there is no grader score to override"
        case .scoreOutOfRange(let dimension, let score):
            "a \(dimension.rawValue) score must be between 0 and 100, not \(score.formatted(.number))"
        case .reasonRequired:
            "an override needs a reason (--reason \"…\"), so the grader's authors can learn from it"
        case .nothingToAdd:
            "nothing to add: give --note and/or --override with --reason"
        case .agreesWithGrader(let criterion, let met):
            "the grader already found '\(criterion)' \(met ? "met" : "missed") on this turn; a correction says the opposite (--\(met ? "missed" : "met"))"
        }
    }
}

extension SQLiteStore {
    /// Adds a note and/or score overrides to one turn, in one transaction, and returns the
    /// new annotations. The grader's scores on the turn stay as they were.
    @discardableResult
    public func annotate(_ request: AnnotationRequest) throws -> [Annotation] {
        _ = try request.validated()
        do {
            return try writer.write { db in
                guard try SessionRow.fetchOne(db, key: request.sessionId) != nil else {
                    throw StoreError.unknownSession(String(request.sessionId))
                }
                guard let turn = try TurnRow.filter(TurnRow.Columns.sessionId == request.sessionId
                                                    && TurnRow.Columns.turnIndex == request.turnIndex).fetchOne(db)
                else {
                    let count = try TurnRow.filter(TurnRow.Columns.sessionId == request.sessionId).fetchCount(db)
                    throw AnnotationError.noSuchTurn(session: request.sessionId, turn: request.turnIndex, turns: count)
                }
                var graderScores: [FrontlineModel.Dimension: Double] = [:]
                for dimension in FrontlineModel.Dimension.allCases { graderScores[dimension] = turn.score(dimension) }
                var rows = try request.drafts(graderScores: graderScores).map {
                    AnnotationRow(sessionId: request.sessionId, turnId: turn.id!, supervisor: request.supervisor,
                                  createdAt: request.at, draft: $0)
                }
                for index in rows.indices { try rows[index].insert(db) }
                if let first = rows.first?.id {
                    try db.execute(sql: """
                        UPDATE disputes SET settled_by = ?, settled_at = ? WHERE turn_id = ? AND settled_by IS NULL
                        """, arguments: [first, request.at, turn.id!])
                }
                return try rows.map { row in try row.annotation(turnIndex: turn.turnIndex) }
            }
        } catch let error as AnnotationError {
            throw error
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// The session's annotations, oldest first.
    public func annotations(session: Int64) throws(StoreError) -> [Annotation] {
        let rows = try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.*, t.turn_index FROM annotations a JOIN turns t ON t.id = a.turn_id
                WHERE a.session_id = ? ORDER BY a.id
                """, arguments: [session]).map { row in (try AnnotationRow(row: row), row["turn_index"] as Int) }
        }
        return try rows.map { pair throws(StoreError) in try pair.0.annotation(turnIndex: pair.1) }
    }

    /// How many annotations each of these sessions has (sessions without any are absent).
    public func annotationCounts(sessions: [Int64]) throws(StoreError) -> [Int64: Int] {
        guard !sessions.isEmpty else { return [:] }
        return try read { db in
            var counts: [Int64: Int] = [:]
            let marks = Array(repeating: "?", count: sessions.count).joined(separator: ",")
            let rows = try Row.fetchAll(db, sql: """
                SELECT session_id, COUNT(*) AS n FROM annotations WHERE session_id IN (\(marks)) GROUP BY session_id
                """, arguments: StatementArguments(sessions))
            for row in rows { counts[row["session_id"]] = row["n"] }
            return counts
        }
    }
}

extension TurnRow {
    func score(_ dimension: FrontlineModel.Dimension) -> Double? {
        switch dimension {
        case .empathy: empathy
        case .accuracy: accuracy
        case .responseTime: responseTime
        }
    }
}
