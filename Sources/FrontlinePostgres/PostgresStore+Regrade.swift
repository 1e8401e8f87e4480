#if PostgreSQL
import Foundation
import FrontlineModel
@_spi(StoreEngine) import FrontlineStore

extension PostgresStore {
    public func startRegrade(at date: Date, filter: String) throws(StoreError) -> Int64 {
        try write { c in
            try c.row("INSERT INTO regrades (created_at, filter) VALUES ($1, $2) RETURNING id",
                      [.date(date), .text(filter.storable)])!.int64("id")
        }
    }

    /// Stores a turn's new scores beside its original ones (which stay as they were).
    public func recordRegrade(batch: Int64, turn: Int64, grade: Grade, overall: Double,
                              fingerprint: String) throws(StoreError) {
        try write { c in
            try c.execute("""
                INSERT INTO regraded_turns (regrade_id, turn_id, content_fingerprint, empathy, accuracy, response_time,
                                            grade_overall, overall, critical_failure)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                """, [.int(batch), .int(turn), .text(fingerprint.storable), .optional(grade.scores[.empathy]),
                      .optional(grade.scores[.accuracy]), .optional(grade.scores[.responseTime]),
                      .double(grade.overall), .double(overall), .bool(grade.criticalFailure)])
        }
    }

    public func regradedOverall(session: Int64) throws(StoreError) -> [Int64: Double] {
        try read { c in
            var result: [Int64: Double] = [:]
            for row in try c.rows("""
                SELECT r.turn_id, r.overall FROM regraded_turns r JOIN turns t ON t.id = r.turn_id
                WHERE t.session_id = $1 ORDER BY r.regrade_id
                """, [.int(session)]) {
                result[try row.int64("turn_id")] = try row.double("overall")
            }
            return result
        }
    }

    /// Whole finished sessions in one transaction (the generator of benchmark stores and
    /// imports use it); the miss rollups are kept by the same triggers as for played ones.
    public func insertBulk(_ sessions: [BulkSession]) throws(StoreError) {
        if sessions.contains(where: { $0.summary.status == .inProgress }) {
            throw .failed("bulk sessions must be finished, abandoned or interrupted")
        }
        try write { c in
            for bulk in sessions {
                let s = bulk.summary
                let lastSent = bulk.turns.map { $0.shownAt.addingTimeInterval($0.record.timings.sent) }.max()
                let lastActivity = [bulk.start.startedAt, lastSent, bulk.finishedAt].compactMap { $0 }.max()!
                let sessionId = try c.row("""
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
                var turnIds: [Int: Int64] = [:]
                for (record, shownAt) in bulk.turns {
                    let g = record.grade
                    let turnId = try c.row("""
                        INSERT INTO turns (session_id, turn_index, scenario_turn_id, customer_line, reply, shown_at,
                          first_keystroke_seconds, sent_seconds, empathy, accuracy, response_time, grade_overall, overall,
                          critical_failure, grade_message, hints_used, patience_before, patience_after, nudges, next)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
                        RETURNING id
                        """, [.int(sessionId), .int(record.index), .text(record.turnId.storable),
                              .text(record.customerLine.storable), .text(record.reply.storable), .date(shownAt),
                              .optional(record.timings.firstKeystroke), .double(record.timings.sent),
                              .optional(g.scores[.empathy]), .optional(g.scores[.accuracy]),
                              .optional(g.scores[.responseTime]), .double(g.overall), .double(record.overall),
                              .bool(g.criticalFailure), .optional(g.message.storable), .int(record.hintsUsed),
                              .int(record.patienceBefore), .int(record.patienceAfter), .int(record.nudges),
                              .text(record.next.storable)])!.int64("id")
                    turnIds[record.index] = turnId
                    try Self.insertFindings(c, turn: turnId, session: sessionId, g.findings)
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
}
#endif
