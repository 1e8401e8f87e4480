import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// One page of the filtered sessions in id order, after `after`, with what `content`
    /// asks for: up to four queries per page, so an export of any size streams in constant
    /// memory. An empty page means the end.
    public func exportPage(_ filter: ReviewFilter, after: Int64?, limit: Int = 200,
                           content: ExportContent = .everything) throws(StoreError) -> [ExportedSession] {
        let condition = SQLCondition.sessions(filter)
        let (sessionRows, turnRows, findingRows, annotationRows, retried, facets) = try read { db in
            let sessions = try SessionRow.fetchAll(db, sql: """
                SELECT s.* FROM sessions s WHERE s.id > ? AND \(condition.sql) ORDER BY s.id LIMIT ?
                """, arguments: [after ?? 0] + condition.arguments + [max(1, limit)])
            let ids = sessions.compactMap(\.id)
            guard !ids.isEmpty else { return (sessions, [TurnRow](), [FindingRow](), [AnnotationRow](), Set<Int64>(), [Int64: [String: Double]]()) }
            let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let turns = content.isDisjoint(with: [.turns, .findings, .annotations]) ? [] : try TurnRow.fetchAll(db, sql: """
                SELECT * FROM turns WHERE session_id IN (\(marks)) ORDER BY session_id, turn_index
                """, arguments: StatementArguments(ids))
            let findings = !content.contains(.findings) ? [] : try FindingRow.fetchAll(db, sql: """
                SELECT * FROM findings WHERE session_id IN (\(marks)) ORDER BY turn_id, position
                """, arguments: StatementArguments(ids))
            let annotations = !content.contains(.annotations) ? [] : try AnnotationRow.fetchAll(db, sql: """
                SELECT * FROM annotations WHERE session_id IN (\(marks)) ORDER BY id
                """, arguments: StatementArguments(ids))
            let retried = turns.isEmpty ? [] : try Int64.fetchSet(db, sql: """
                SELECT id FROM turns WHERE session_id IN (\(marks)) AND retried
                """, arguments: StatementArguments(ids))
            var facets: [Int64: [String: Double]] = [:]
            if !turns.isEmpty {
                for row in try Row.fetchAll(db, sql: "SELECT id, facets FROM turns WHERE session_id IN (\(marks)) AND facets IS NOT NULL",
                                            arguments: StatementArguments(ids)) {
                    facets[row["id"]] = FacetScores.parse(row["facets"])
                }
            }
            return (sessions, turns, findings, annotations, retried, facets)
        }
        var findingsByTurn: [Int64: [StoredFinding]] = [:]
        for row in findingRows { findingsByTurn[row.turnId, default: []].append(try row.stored()) }
        var turnsBySession: [Int64: [StoredTurn]] = [:]
        var turnIndex: [Int64: Int] = [:]
        for row in turnRows {
            let turn = try row.stored(findings: findingsByTurn[row.id ?? -1] ?? [], retried: retried.contains(row.id ?? -1),
                                      facets: facets[row.id ?? -1])
            turnIndex[turn.id] = turn.index
            turnsBySession[row.sessionId, default: []].append(turn)
        }
        var annotationsBySession: [Int64: [Annotation]] = [:]
        for row in annotationRows {
            annotationsBySession[row.sessionId, default: []].append(try row.annotation(turnIndex: turnIndex[row.turnId] ?? -1))
        }
        return try sessionRows.map { row throws(StoreError) in
            let session = try row.stored()
            return ExportedSession(session: session, turns: turnsBySession[session.id] ?? [],
                                   annotations: annotationsBySession[session.id] ?? [])
        }
    }
}
