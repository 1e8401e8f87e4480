#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    /// Records one answered turn and its findings in one transaction.
    public func recordTurn(session: Int64, _ record: TurnRecord, shownAt: Date) throws(StoreError) {
        try write { c in try Self.insertTurn(c, session: session, record, shownAt: shownAt, location: location) }
    }

    static func insertTurn(_ c: Connection, session: Int64, _ record: TurnRecord, shownAt: Date,
                           location: String) throws {
        guard let row = try c.row("SELECT status FROM sessions WHERE id = $1 FOR UPDATE", [.int(session)]) else {
            throw StoreError.unknownSession(String(session))
        }
        let status = try row.string("status")
        guard status == "in_progress" || status == "interrupted" else {
            throw StoreError.failed("session \(session) is already \(status)")
        }
        if try c.row("SELECT 1 AS one FROM turns WHERE session_id = $1 AND turn_index = $2",
                     [.int(session), .int(record.index)]) != nil {
            throw StoreError.failed("turn \(record.index) of session \(session) is already recorded")
        }
        let turnId = try c.row("""
            INSERT INTO turns (session_id, turn_index, scenario_turn_id, customer_line, reply, shown_at,
              first_keystroke_seconds, sent_seconds, empathy, accuracy, response_time, grade_overall, overall,
              critical_failure, grade_message, hints_used, patience_before, patience_after, nudges, next, facets)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
            RETURNING id
            """, [.int(session), .int(record.index), .text(record.turnId.storable), .text(record.customerLine.storable),
                  .text(record.reply.storable), .date(shownAt), .optional(record.timings.firstKeystroke),
                  .double(record.timings.sent), .optional(record.grade.scores[.empathy]),
                  .optional(record.grade.scores[.accuracy]), .optional(record.grade.scores[.responseTime]),
                  .double(record.grade.overall), .double(record.overall), .bool(record.grade.criticalFailure),
                  .optional(record.grade.message.storable), .int(record.hintsUsed), .int(record.patienceBefore),
                  .int(record.patienceAfter), .int(record.nudges), .text(record.next.storable),
                  .optional(FacetScores.storable(record.grade.facets))])!.int64("id")
        try insertFindings(c, turn: turnId, session: session, record.grade.findings)
        // The scores so far: a session with a graded reply always has them, finished or not.
        let sofar = StoreEngineSupport.scoresSoFar(try c.rows("""
            SELECT overall, empathy, accuracy, response_time FROM turns WHERE session_id = $1 ORDER BY turn_index
            """, [.int(session)]).map { row in
                var scores: [FrontlineModel.Dimension: Double] = [:]
                scores[.empathy] = try row.double("empathy")
                scores[.accuracy] = try row.double("accuracy")
                scores[.responseTime] = try row.double("response_time")
                return (try row.double("overall") ?? 0, scores)
            })
        let changed = try c.execute("""
            UPDATE sessions SET turn_count = turn_count + 1, status = 'in_progress',
              last_activity_at = GREATEST(last_activity_at, $2), overall = $3, empathy = $4, accuracy = $5,
              response_time = $6
            WHERE id = $1
            """, [.int(session), .date(StoreEngineSupport.sentAt(shownAt: shownAt, seconds: record.timings.sent)),
                  .optional(sofar.overall), .optional(sofar.scores[.empathy]), .optional(sofar.scores[.accuracy]),
                  .optional(sofar.scores[.responseTime])])
        if changed == 0 { throw StoreError.denied(location: location, detail: "session \(session) may not be changed") }
    }

    /// All of a turn's findings in one statement (one round trip).
    static func insertFindings(_ c: Connection, turn: Int64, session: Int64, _ findings: [Finding]) throws {
        try insertFindings(c, session: session, findings.enumerated().map { (turn, $0.offset, $0.element) })
    }

    /// Findings of one session's turns in one statement (at most ~4,000 of them: 16 values each).
    static func insertFindings(_ c: Connection, session: Int64,
                               _ findings: [(turn: Int64, position: Int, finding: Finding)]) throws {
        guard !findings.isEmpty else { return }
        var values: [SQLValue] = []
        var tuples: [String] = []
        for (turn, position, finding) in findings {
            let base = values.count
            tuples.append("(" + (1...16).map { "$\(base + $0)" }.joined(separator: ", ") + ")")
            values += [.int(turn), .int(session), .int(position), .text(finding.dimension.rawValue),
                       .text(finding.criterionId.storable), .text(finding.name.storable),
                       .text(finding.outcome.rawValue), .text(finding.source.rawValue), .double(finding.points),
                       .double(finding.possible), .bool(finding.isCritical), .optional(finding.evidence?.start),
                       .optional(finding.evidence?.end), .optional(finding.evidence?.text.storable),
                       .optional(finding.tip.storable), .optional(finding.note.storable)]
        }
        try c.execute("""
            INSERT INTO findings (turn_id, session_id, position, dimension, criterion_id, name, outcome, source,
              points, possible, is_critical, evidence_start, evidence_end, evidence_text, tip, note)
            VALUES \(tuples.joined(separator: ", "))
            """, values)
    }

    public func markRetried(session: Int64, turnIndex: Int) throws(StoreError) {
        try write { c in
            guard let row = try c.row("SELECT status FROM sessions WHERE id = $1 FOR UPDATE", [.int(session)]) else {
                throw StoreError.unknownSession(String(session))
            }
            let status = try row.string("status")
            guard status == "in_progress" || status == "interrupted" else {
                throw StoreError.failed("session \(session) is already \(status); its turns can no longer be retried")
            }
            let changed = try c.execute("UPDATE turns SET retried = true WHERE session_id = $1 AND turn_index = $2",
                                        [.int(session), .int(turnIndex)])
            if changed == 0 {
                throw StoreError.failed("turn \(turnIndex) of session \(session) is not recorded, so it cannot be marked as retried")
            }
        }
    }

    public func turns(session: Int64) throws(StoreError) -> [StoredTurn] {
        try read { c in
            let turns = try c.rows("SELECT \(Self.turnColumns) FROM turns WHERE session_id = $1 ORDER BY turn_index",
                                   [.int(session)])
            let findings = try c.rows("""
                SELECT \(Self.findingColumns) FROM findings WHERE session_id = $1 ORDER BY turn_id, position
                """, [.int(session)])
            return try Self.assemble(turns: turns, findings: findings)
        }
    }

    static func assemble(turns: [Row], findings: [Row]) throws -> [StoredTurn] {
        var byTurn: [Int64: [StoredFinding]] = [:]
        for row in findings { byTurn[try row.int64("turn_id"), default: []].append(try storedFinding(row)) }
        return try turns.map { row in try storedTurn(row, findings: byTurn[try row.int64("id")] ?? []) }
    }

    static let turnColumns = """
        id, session_id, turn_index, scenario_turn_id, customer_line, reply, shown_at, first_keystroke_seconds,
        sent_seconds, empathy, accuracy, response_time, grade_overall, overall, critical_failure, grade_message,
        hints_used, patience_before, patience_after, nudges, next, retried, facets
        """

    static let findingColumns = """
        id, turn_id, session_id, position, dimension, criterion_id, name, outcome, source, points, possible,
        is_critical, evidence_start, evidence_end, evidence_text, tip, note
        """

    static func storedTurn(_ row: Row, findings: [StoredFinding]) throws -> StoredTurn {
        var scores: [FrontlineModel.Dimension: Double] = [:]
        scores[.empathy] = try row.double("empathy")
        scores[.accuracy] = try row.double("accuracy")
        scores[.responseTime] = try row.double("response_time")
        return StoredTurn(
            id: try row.int64("id"), sessionId: try row.int64("session_id"), index: try row.int("turn_index"),
            turnId: try row.string("scenario_turn_id"), customerLine: try row.string("customer_line"),
            reply: try row.string("reply"), shownAt: try row.value("shown_at"),
            firstKeystrokeSeconds: try row.double("first_keystroke_seconds"),
            sentSeconds: try row.value("sent_seconds"), scores: scores, gradeOverall: try row.value("grade_overall"),
            overall: try row.value("overall"), criticalFailure: try row.value("critical_failure"),
            gradeMessage: try row.optional("grade_message"), hintsUsed: try row.int32("hints_used"),
            patienceBefore: try row.int32("patience_before"), patienceAfter: try row.int32("patience_after"),
            nudges: try row.int32("nudges"), next: try row.string("next"), findings: findings,
            retried: try row.value("retried"), facets: FacetScores.parse(try row.optional("facets")))
    }

    static func storedFinding(_ row: Row) throws -> StoredFinding {
        let id = try row.int64("id")
        let dimensionText = try row.string("dimension"), outcomeText = try row.string("outcome")
        let sourceText = try row.string("source")
        guard let dimension = FrontlineModel.Dimension(rawValue: dimensionText),
              let outcome = Finding.Outcome(rawValue: outcomeText), let source = Finding.Source(rawValue: sourceText)
        else {
            throw StoreError.failed("finding \(id) has an unknown dimension, outcome or source "
                                    + "('\(dimensionText)', '\(outcomeText)', '\(sourceText)')")
        }
        var evidence: Evidence?
        if let start = try row.optional("evidence_start", as: Int.self),
           let end = try row.optional("evidence_end", as: Int.self),
           let text = try row.optional("evidence_text", as: String.self) {
            evidence = Evidence(start: start, end: end, text: text)
        }
        return StoredFinding(
            id: id, position: try row.int32("position"), dimension: dimension, criterionId: try row.string("criterion_id"),
            name: try row.string("name"), outcome: outcome, source: source, points: try row.value("points"),
            possible: try row.value("possible"), isCritical: try row.value("is_critical"), evidence: evidence,
            tip: try row.optional("tip"), note: try row.optional("note"))
    }
}

extension Row {
    /// An `integer` column (int4) as Int.
    func int32(_ column: String) throws -> Int { try value(column, as: Int.self) }
}
#endif
