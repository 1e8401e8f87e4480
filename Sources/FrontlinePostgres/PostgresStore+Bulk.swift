#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineStore

extension PostgresStore {
    /// Whole finished sessions in one transaction (the generator of benchmark stores and
    /// imports use it), three statements a session: the session, its turns, their
    /// findings. The miss rollups are kept by the same triggers as for played sessions.
    public func insertBulk(_ sessions: [BulkSession]) throws(StoreError) {
        if sessions.contains(where: { $0.summary.status == .inProgress }) {
            throw .failed("bulk sessions must be finished, abandoned or interrupted")
        }
        try write { c in
            for bulk in sessions {
                let sessionId = try Self.insertSession(c, bulk)
                let turnIds = try Self.insertTurns(c, session: sessionId, bulk.turns)
                var findings: [(turn: Int64, position: Int, finding: Finding)] = []
                for (record, _) in bulk.turns {
                    for (position, finding) in record.grade.findings.enumerated() {
                        findings.append((turnIds[record.index]!, position, finding))
                    }
                }
                for chunk in stride(from: 0, to: findings.count, by: 2000).map({ findings[$0..<min($0 + 2000, findings.count)] }) {
                    try Self.insertFindings(c, session: sessionId, Array(chunk))
                }
                for a in bulk.annotations {
                    guard let turnId = turnIds[a.turnIndex] else {
                        throw StoreError.failed("a bulk annotation names turn \(a.turnIndex), which the session does not have")
                    }
                    try c.execute("""
                        INSERT INTO annotations (session_id, turn_id, supervisor, created_at, note, dimension, grader_score,
                          score, reason)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        """, [.int(sessionId), .int(turnId), .text(a.supervisor.storable), .date(a.at),
                              .optional(a.note.storable), .optional(a.override?.dimension.rawValue),
                              .optional(a.override?.graderScore), .optional(a.override?.score),
                              .optional(a.override?.reason.storable)])
                }
            }
        }
    }

    private static func insertSession(_ c: Connection, _ bulk: BulkSession) throws -> Int64 {
        let s = bulk.summary.asStored
        let lastSent = bulk.turns.map { $0.shownAt.addingTimeInterval($0.record.timings.sent) }.max()
        let lastActivity = [bulk.start.startedAt, lastSent, bulk.finishedAt].compactMap { $0 }.max()!
        return try c.row("""
            INSERT INTO sessions (trainee, scenario_id, scenario_title, language, mode, content_fingerprint, status,
              started_at, last_activity_at, finished_at, ending_id, outcome, debrief, overall, empathy, accuracy,
              response_time, turn_count, pid, hostname)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 0, 'bulk')
            RETURNING id
            """, [.text(bulk.start.trainee.storable), .text(bulk.start.scenarioId.storable),
                  .text(bulk.start.scenarioTitle.storable), .text(bulk.start.language.storable),
                  .text(bulk.start.mode.storable), .text(bulk.start.contentFingerprint.storable),
                  .text(s.status.rawValue), .date(bulk.start.startedAt), .date(lastActivity),
                  .optional(bulk.finishedAt), .optional(s.endingId.storable), .optional(s.outcome?.rawValue),
                  .optional(s.debrief.storable), .optional(s.overall), .optional(s.scores[.empathy]),
                  .optional(s.scores[.accuracy]), .optional(s.scores[.responseTime]),
                  .int(bulk.turns.count)])!.int64("id")
    }

    /// All the session's turns in one statement; turn index → id.
    private static func insertTurns(_ c: Connection, session: Int64,
                                    _ turns: [(record: TurnRecord, shownAt: Date)]) throws -> [Int: Int64] {
        guard !turns.isEmpty else { return [:] }
        var values: [SQLValue] = []
        var tuples: [String] = []
        for (record, shownAt) in turns {
            let base = values.count
            tuples.append("(" + (1...21).map { "$\(base + $0)" }.joined(separator: ", ") + ")")
            let g = record.grade
            values += [.int(session), .int(record.index), .text(record.turnId.storable),
                       .text(record.customerLine.storable), .text(record.reply.storable), .date(shownAt),
                       .optional(record.timings.firstKeystroke), .double(record.timings.sent),
                       .optional(g.scores[.empathy]), .optional(g.scores[.accuracy]), .optional(g.scores[.responseTime]),
                       .double(g.overall), .double(record.overall), .bool(g.criticalFailure),
                       .optional(g.message.storable), .int(record.hintsUsed), .int(record.patienceBefore),
                       .int(record.patienceAfter), .int(record.nudges), .text(record.next.storable),
                       .optional(FacetScores.storable(g.facets))]
        }
        var ids: [Int: Int64] = [:]
        for row in try c.rows("""
            INSERT INTO turns (session_id, turn_index, scenario_turn_id, customer_line, reply, shown_at,
              first_keystroke_seconds, sent_seconds, empathy, accuracy, response_time, grade_overall, overall,
              critical_failure, grade_message, hints_used, patience_before, patience_after, nudges, next, facets)
            VALUES \(tuples.joined(separator: ", ")) RETURNING id, turn_index
            """, values) {
            ids[try row.int32("turn_index")] = try row.int64("id")
        }
        return ids
    }
}
#endif
