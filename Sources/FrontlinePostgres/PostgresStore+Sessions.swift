#if PostgreSQL
import Foundation
import FrontlineModel
import FrontlineReview
import FrontlineStore

extension PostgresStore {
    public func startSession(_ start: SessionStart) throws(StoreError) -> Int64 {
        try write { c in
            try c.row("""
                INSERT INTO sessions (trainee, scenario_id, scenario_title, language, mode, content_fingerprint, status,
                  started_at, last_activity_at, pid, hostname)
                VALUES ($1, $2, $3, $4, $5, $6, 'in_progress', $7, $7, $8, $9) RETURNING id
                """, [.text(start.trainee.storable), .text(start.scenarioId.storable), .text(start.scenarioTitle.storable),
                      .text(start.language.storable), .text(start.mode.storable),
                      .text(start.contentFingerprint.storable), .date(start.startedAt),
                      .int(Int64(StoreEngineSupport.pid)), .text(StoreEngineSupport.hostname.storable)])!.int64("id")
        }
    }

    public func finishSession(_ id: Int64, summary given: SessionSummary, at: Date) throws(StoreError) {
        let summary = given.asStored
        guard summary.status != .inProgress else {
            throw .failed("session \(id) cannot be finished as in_progress")
        }
        try write { c in
            guard let row = try c.row("SELECT status FROM sessions WHERE id = $1 FOR UPDATE", [.int(id)]) else {
                throw StoreError.unknownSession(String(id))
            }
            let status = try row.string("status")
            guard status == "in_progress" || status == "interrupted" else {
                throw StoreError.failed("session \(id) is already \(status)")
            }
            let changed = try c.execute("""
                UPDATE sessions SET status = $2, ending_id = $3, outcome = $4, debrief = $5, overall = $6, empathy = $7,
                  accuracy = $8, response_time = $9, finished_at = $10, last_activity_at = GREATEST(last_activity_at, $10)
                WHERE id = $1
                """, [.int(id), .text(summary.status.rawValue), .optional(summary.endingId.storable),
                      .optional(summary.outcome?.rawValue), .optional(summary.debrief.storable),
                      .optional(summary.overall), .optional(summary.scores[.empathy]),
                      .optional(summary.scores[.accuracy]), .optional(summary.scores[.responseTime]), .date(at)])
            if changed == 0 { throw StoreError.denied(location: location, detail: "session \(id) may not be changed") }
        }
    }

    public func bestScore(trainee: String, scenario: String) throws(StoreError) -> Double? {
        try read { c in
            try c.row("""
                SELECT MAX(overall) AS best FROM sessions
                WHERE trainee = $1 AND scenario_id = $2 AND status = 'completed' AND overall IS NOT NULL
                """, [.text(trainee.storable), .text(scenario.storable)])?.double("best")
        }
    }

    public func bestScores(trainee: String) throws(StoreError) -> [String: Double] {
        try read { c in
            var best: [String: Double] = [:]
            for row in try c.rows("""
                SELECT scenario_id, MAX(overall) AS best FROM sessions
                WHERE trainee = $1 AND status = 'completed' AND overall IS NOT NULL GROUP BY scenario_id
                """, [.text(trainee.storable)]) {
                best[try row.string("scenario_id")] = try row.double("best")
            }
            return best
        }
    }

    public func sessions(trainee: String?, scenario: String?, limit: Int?) throws(StoreError) -> [StoredSession] {
        try read { c in
            var conditions: [String] = []
            var values: [SQLValue] = []
            if let trainee {
                values.append(.text(trainee.storable))
                conditions.append("trainee = $\(values.count)")
            }
            if let scenario {
                values.append(.text(scenario.storable))
                conditions.append("scenario_id = $\(values.count)")
            }
            var sql = "SELECT \(Self.sessionColumns) FROM sessions"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY started_at DESC, id DESC"
            if let limit {
                values.append(.int(max(0, limit)))
                sql += " LIMIT $\(values.count)"
            }
            return try c.rows(sql, values).map(Self.storedSession)
        }
    }

    public func session(_ id: Int64) throws(StoreError) -> StoredSession? {
        try read { c in try c.row("SELECT \(Self.sessionColumns) FROM sessions WHERE id = $1", [.int(id)]).map(Self.storedSession) }
    }

    /// Supervisors and others who may not change sessions mark none (the trainee's own
    /// next session, or a manager's, will).
    public func markInterruptedSessions() throws(StoreError) -> Int {
        do {
            return try markInterruptedSessions(now: Date())
        } catch .denied {
            return 0
        }
    }

    /// Sessions in progress whose process is gone: on this machine, its pid no longer runs;
    /// on another, nothing was heard from it for 24 hours. Only rows this login may change.
    func markInterruptedSessions(now: Date) throws(StoreError) -> Int {
        try write { c in
            let open = try c.rows("""
                SELECT id, pid, hostname, last_activity_at FROM sessions WHERE status = 'in_progress' FOR UPDATE
                """)
            var gone: [Int64] = []
            for row in open {
                let pid = Int32(truncatingIfNeeded: try row.int("pid"))
                let silent = now.timeIntervalSince(try row.date("last_activity_at") ?? now)
                let isGone = try row.string("hostname") == StoreEngineSupport.hostname
                    ? pid != StoreEngineSupport.pid && !StoreEngineSupport.isAlive(pid: pid)
                    : silent > StoreEngineSupport.foreignSessionTimeout
                if isGone { gone.append(try row.int64("id")) }
            }
            guard !gone.isEmpty else { return 0 }
            return try c.execute("UPDATE sessions SET status = 'interrupted' WHERE id = ANY($1)", [.ints(gone)])
        }
    }

    static let sessionColumns = """
        id, trainee, scenario_id, scenario_title, language, mode, content_fingerprint, status, started_at,
        last_activity_at, finished_at, ending_id, outcome, debrief, overall, empathy, accuracy, response_time,
        turn_count, pid, hostname
        """

    static func storedSession(_ row: Row) throws -> StoredSession {
        let id = try row.int64("id")
        let statusText = try row.string("status")
        guard let status = SessionSummary.Status(rawValue: statusText) else {
            throw StoreError.failed("session \(id) has an unknown status '\(statusText)'")
        }
        var scores: [FrontlineModel.Dimension: Double] = [:]
        scores[.empathy] = try row.double("empathy")
        scores[.accuracy] = try row.double("accuracy")
        scores[.responseTime] = try row.double("response_time")
        return StoredSession(
            id: id, trainee: try row.string("trainee"), scenarioId: try row.string("scenario_id"),
            scenarioTitle: try row.string("scenario_title"), language: try row.string("language"),
            mode: try row.string("mode"), contentFingerprint: try row.string("content_fingerprint"), status: status,
            startedAt: try row.value("started_at"), lastActivityAt: try row.value("last_activity_at"),
            finishedAt: try row.date("finished_at"), endingId: try row.optional("ending_id"),
            outcome: try row.optional("outcome", as: String.self).flatMap(Ending.Outcome.init(rawValue:)),
            debrief: try row.optional("debrief"), overall: try row.double("overall"), scores: scores,
            turnCount: try row.int("turn_count"), pid: Int32(truncatingIfNeeded: try row.int("pid")),
            hostname: try row.string("hostname"))
    }
}

extension String {
    var storable: String { StoreEngineSupport.storable(self) }
}

extension Optional<String> {
    var storable: String? { StoreEngineSupport.storable(self) }
}
#endif
