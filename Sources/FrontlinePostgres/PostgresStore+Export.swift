#if PostgreSQL
import Foundation
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    /// One page of the filtered sessions in id order, after `after`: up to four queries a
    /// page, so an export of any size streams in constant memory.
    public func exportPage(_ filter: ReviewFilter, after: Int64?, limit: Int,
                           content: ExportContent) throws(StoreError) -> [ExportedSession] {
        try read { c in
            let condition = SessionCondition(filter, offset: 2)
            let sessionRows = try c.rows("""
                SELECT \(Self.sessionColumns) FROM sessions s WHERE s.id > $1 AND \(condition.sql) ORDER BY s.id LIMIT $2
                """, [.int(after ?? 0), .int(max(1, limit))] + condition.values)
            let sessions = try sessionRows.map(Self.storedSession)
            let ids = SQLValue.ints(sessions.map(\.id))
            guard !sessions.isEmpty else { return [] }
            let wantsTurns = !content.isDisjoint(with: [.turns, .findings, .annotations])
            let turnRows = !wantsTurns ? [] : try c.rows("""
                SELECT \(Self.turnColumns) FROM turns WHERE session_id = ANY($1) ORDER BY session_id, turn_index
                """, [ids])
            let findingRows = !content.contains(.findings) ? [] : try c.rows("""
                SELECT \(Self.findingColumns) FROM findings WHERE session_id = ANY($1) ORDER BY turn_id, position
                """, [ids])
            let annotationRows = !content.contains(.annotations) ? [] : try c.rows("""
                SELECT a.id, a.session_id, a.turn_id, t.turn_index, a.supervisor, a.created_at, a.note, a.dimension,
                  a.grader_score, a.score, a.reason, a.criterion_id, a.criterion_name, a.grader_met, a.met, a.turn_overall
                FROM annotations a JOIN turns t ON t.id = a.turn_id WHERE a.session_id = ANY($1) ORDER BY a.id
                """, [ids])
            var turnsBySession: [Int64: [StoredTurn]] = [:]
            for turn in try Self.assemble(turns: turnRows, findings: findingRows) {
                turnsBySession[turn.sessionId, default: []].append(turn)
            }
            var annotationsBySession: [Int64: [Annotation]] = [:]
            for row in annotationRows {
                let annotation = try Self.annotation(row)
                annotationsBySession[annotation.sessionId, default: []].append(annotation)
            }
            return sessions.map { session in
                ExportedSession(session: session, turns: turnsBySession[session.id] ?? [],
                                annotations: annotationsBySession[session.id] ?? [])
            }
        }
    }
}
#endif
