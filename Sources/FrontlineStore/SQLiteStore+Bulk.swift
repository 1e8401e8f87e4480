import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

/// A finished (or interrupted) session written in one go: for generated stores and imports.
public struct BulkSession: Sendable {
    public var start: SessionStart
    public var summary: SessionSummary
    public var finishedAt: Date?
    public var turns: [(record: TurnRecord, shownAt: Date)]
    public var annotations: [BulkAnnotation]

    public init(start: SessionStart, summary: SessionSummary, finishedAt: Date?,
                turns: [(record: TurnRecord, shownAt: Date)], annotations: [BulkAnnotation] = []) {
        self.start = start
        self.summary = summary
        self.finishedAt = finishedAt
        self.turns = turns
        self.annotations = annotations
    }
}

/// A note or an override of one turn of a `BulkSession` (by turn index).
public struct BulkAnnotation: Sendable {
    public var turnIndex: Int
    public var supervisor: String
    public var at: Date
    public var note: String?
    public var override: ScoreOverride?

    public init(turnIndex: Int, supervisor: String, at: Date, note: String? = nil, override: ScoreOverride? = nil) {
        self.turnIndex = turnIndex
        self.supervisor = supervisor
        self.at = at
        self.note = note
        self.override = override
    }
}

extension SQLiteStore {
    /// Writes whole sessions in one transaction with prepared statements (the miss rollups
    /// are kept by the same triggers as for played sessions), then checkpoints the log.
    /// Sessions must not be in progress: nothing would ever finish them.
    public func insertBulk(_ sessions: [BulkSession]) throws(StoreError) {
        if sessions.contains(where: { $0.summary.status == .inProgress }) {
            throw .failed("bulk sessions must be finished, abandoned or interrupted")
        }
        // Index pages stay in memory between batches (256 MB): most of a bulk load's time
        // otherwise goes to re-reading them.
        _ = try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -262144") }
        try write { db in
            let session = try db.cachedStatement(sql: """
                INSERT INTO sessions (trainee, scenario_id, scenario_title, language, mode, content_fingerprint, status,
                  started_at, last_activity_at, finished_at, ending_id, outcome, debrief, overall, empathy, accuracy,
                  response_time, turn_count, pid, hostname)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'bulk')
                """)
            let turn = try db.cachedStatement(sql: """
                INSERT INTO turns (session_id, turn_index, scenario_turn_id, customer_line, reply, shown_at,
                  first_keystroke_seconds, sent_seconds, empathy, accuracy, response_time, grade_overall, overall,
                  critical_failure, grade_message, hints_used, patience_before, patience_after, nudges, next, facets)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let finding = try db.cachedStatement(sql: """
                INSERT INTO findings (turn_id, session_id, position, dimension, criterion_id, name, outcome, source, points,
                  possible, is_critical, evidence_start, evidence_end, evidence_text, tip, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let annotation = try db.cachedStatement(sql: """
                INSERT INTO annotations (session_id, turn_id, supervisor, created_at, note, dimension, grader_score, score, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for bulk in sessions {
                let s = bulk.summary.asStored
                let lastSent = bulk.turns.map { $0.shownAt.addingTimeInterval($0.record.timings.sent) }.max()
                let lastActivity = [bulk.start.startedAt, lastSent, bulk.finishedAt].compactMap { $0 }.max()!
                try session.execute(arguments: [
                    bulk.start.trainee.storable, bulk.start.scenarioId.storable, bulk.start.scenarioTitle.storable,
                    bulk.start.language.storable, bulk.start.mode.storable, bulk.start.contentFingerprint.storable,
                    s.status.rawValue, bulk.start.startedAt, lastActivity, bulk.finishedAt, s.endingId.storable,
                    s.outcome?.rawValue, s.debrief.storable, s.overall, s.scores[.empathy], s.scores[.accuracy],
                    s.scores[.responseTime], bulk.turns.count,
                ])
                let sessionId = db.lastInsertedRowID
                var turnIds: [Int: Int64] = [:]
                for (record, shownAt) in bulk.turns {
                    let g = record.grade
                    try turn.execute(arguments: [
                        sessionId, record.index, record.turnId.storable, record.customerLine.storable, record.reply.storable,
                        shownAt, record.timings.firstKeystroke, record.timings.sent, g.scores[.empathy], g.scores[.accuracy],
                        g.scores[.responseTime], g.overall, record.overall, g.criticalFailure, g.message.storable,
                        record.hintsUsed, record.patienceBefore, record.patienceAfter, record.nudges, record.next.storable,
                        FacetScores.storable(g.facets),
                    ])
                    let turnId = db.lastInsertedRowID
                    turnIds[record.index] = turnId
                    for (position, f) in g.findings.enumerated() {
                        try finding.execute(arguments: [
                            turnId, sessionId, position, f.dimension.rawValue, f.criterionId.storable, f.name.storable,
                            f.outcome.rawValue, f.source.rawValue, f.points, f.possible, f.isCritical, f.evidence?.start,
                            f.evidence?.end, f.evidence?.text.storable, f.tip.storable, f.note.storable,
                        ])
                    }
                }
                for a in bulk.annotations {
                    guard let turnId = turnIds[a.turnIndex] else {
                        throw StoreError.failed("a bulk annotation names turn \(a.turnIndex), which the session does not have")
                    }
                    try annotation.execute(arguments: [
                        sessionId, turnId, a.supervisor.storable, a.at, a.note.storable, a.override?.dimension.rawValue,
                        a.override?.graderScore, a.override?.score, a.override?.reason.storable,
                    ])
                }
            }
        }
        checkpoint()
    }
}
