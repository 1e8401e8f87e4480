#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    /// Adds a note and/or score overrides to one turn, in one transaction; the grader's
    /// scores on the turn stay as they were. Refused by the database unless this login
    /// supervises the trainee's team or is a manager.
    @discardableResult
    public func annotate(_ request: AnnotationRequest) throws -> [Annotation] {
        _ = try request.validated()
        var refusal: AnnotationError?
        let added: [Annotation] = try write { c in
            guard try c.row("SELECT 1 AS one FROM sessions WHERE id = $1", [.int(request.sessionId)]) != nil else {
                throw StoreError.unknownSession(String(request.sessionId))
            }
            guard let turn = try c.row("""
                SELECT id, empathy, accuracy, response_time FROM turns WHERE session_id = $1 AND turn_index = $2
                """, [.int(request.sessionId), .int(request.turnIndex)]) else {
                let count = try c.row("SELECT COUNT(*)::int8 AS n FROM turns WHERE session_id = $1",
                                      [.int(request.sessionId)])?.int("n") ?? 0
                refusal = .noSuchTurn(session: request.sessionId, turn: request.turnIndex, turns: count)
                return []
            }
            let turnId = try turn.int64("id")
            var graderScores: [FrontlineModel.Dimension: Double] = [:]
            for dimension in FrontlineModel.Dimension.allCases {
                graderScores[dimension] = try turn.double(dimension == .responseTime ? "response_time" : dimension.rawValue)
            }
            let drafts: [AnnotationDraft]
            do throws(AnnotationError) {
                drafts = try request.drafts(graderScores: graderScores)
            } catch {
                refusal = error
                return []
            }
            let added = try drafts.map { draft in
                let id = try c.row("""
                    INSERT INTO annotations (session_id, turn_id, supervisor, created_at, note, dimension, grader_score, score,
                      reason, criterion_id, criterion_name, grader_met, met, turn_overall)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id
                    """, [.int(request.sessionId), .int(turnId), .text(request.supervisor.storable), .date(request.at),
                          .optional(draft.note), .optional(draft.override?.dimension.rawValue),
                          .optional(draft.override?.graderScore), .optional(draft.override?.score),
                          .optional(draft.override?.reason), .optional(draft.correction?.criterionId.storable),
                          .optional(draft.correction?.name.storable), draft.correction.map { .bool($0.graderMet) } ?? .null,
                          draft.correction.map { .bool($0.met) } ?? .null, .optional(draft.turnOverall)])!.int64("id")
                return Annotation(id: id, sessionId: request.sessionId, turnId: turnId, turnIndex: request.turnIndex,
                                  supervisor: request.supervisor.storable, createdAt: request.at, note: draft.note,
                                  override: draft.override, correction: draft.correction, turnOverall: draft.turnOverall)
            }
            // Any annotation of the turn settles its open disputes.
            if let first = added.first {
                try c.execute("UPDATE disputes SET settled_by = $1, settled_at = $2 WHERE turn_id = $3 AND settled_by IS NULL",
                              [.int(first.id), .date(request.at), .int(turnId)])
            }
            return added
        }
        if let refusal { throw refusal }
        return added
    }

    public func annotations(session: Int64) throws(StoreError) -> [Annotation] {
        try read { c in
            try c.rows("""
                SELECT a.id, a.session_id, a.turn_id, t.turn_index, a.supervisor, a.created_at, a.note, a.dimension,
                  a.grader_score, a.score, a.reason, a.criterion_id, a.criterion_name, a.grader_met, a.met, a.turn_overall
                FROM annotations a JOIN turns t ON t.id = a.turn_id WHERE a.session_id = $1 ORDER BY a.id
                """, [.int(session)]).map(Self.annotation)
        }
    }

    static func annotation(_ row: Row) throws -> Annotation {
        let id = try row.int64("id")
        var override: ScoreOverride?
        if let dimension = try row.optional("dimension", as: String.self) {
            guard let parsed = FrontlineModel.Dimension(rawValue: dimension), let grader = try row.double("grader_score"),
                  let score = try row.double("score") else {
                throw StoreError.failed("annotation \(id) has an unknown dimension '\(dimension)' or no scores")
            }
            override = ScoreOverride(dimension: parsed, graderScore: grader, score: score,
                                     reason: try row.optional("reason") ?? "")
        }
        var correction: CriterionCorrection?
        if let criterion = try row.optional("criterion_id", as: String.self), let override,
           let graderMet = try row.optional("grader_met", as: Bool.self), let met = try row.optional("met", as: Bool.self) {
            correction = CriterionCorrection(criterionId: criterion, name: try row.optional("criterion_name") ?? criterion,
                                             dimension: override.dimension, graderMet: graderMet, met: met)
        }
        return Annotation(id: id, sessionId: try row.int64("session_id"), turnId: try row.int64("turn_id"),
                          turnIndex: try row.int("turn_index"), supervisor: try row.string("supervisor"),
                          createdAt: try row.value("created_at"), note: try row.optional("note"), override: override,
                          correction: correction, turnOverall: try row.double("turn_overall"))
    }

    public func annotationCounts(sessions: [Int64]) throws(StoreError) -> [Int64: Int] {
        guard !sessions.isEmpty else { return [:] }
        return try read { c in
            var counts: [Int64: Int] = [:]
            for row in try c.rows("""
                SELECT session_id, COUNT(*)::int8 AS n FROM annotations WHERE session_id = ANY($1) GROUP BY session_id
                """, [.ints(sessions)]) {
                counts[try row.int64("session_id")] = try row.int("n")
            }
            return counts
        }
    }
}
#endif
