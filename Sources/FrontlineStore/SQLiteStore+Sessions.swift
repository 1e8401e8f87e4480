import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// Records the start of a session (status in_progress, with this process's pid and
    /// hostname) and returns its id.
    public func startSession(_ start: SessionStart) throws(StoreError) -> Int64 {
        checkpoint() // whatever earlier sessions (or a killed process) left in the log
        return try startSession(start, process: process)
    }

    /// `startSession` as if another process had started it: for tests of interrupted sessions.
    func startSession(_ start: SessionStart, process: ProcessIdentity) throws(StoreError) -> Int64 {
        try write { db in
            var row = SessionRow(start, process: process)
            try row.insert(db)
            return row.id!
        }
    }

    /// Records how the session ended: ending, outcome, final scores and status.
    public func finishSession(_ id: Int64, summary given: SessionSummary, at: Date) throws(StoreError) {
        let summary = given.asStored
        guard summary.status != .inProgress else {
            throw .failed("session \(id) cannot be finished as in_progress")
        }
        try write { db in
            guard var row = try SessionRow.fetchOne(db, key: id) else { throw StoreError.unknownSession(String(id)) }
            guard row.sessionStatus == .inProgress || row.sessionStatus == .interrupted else {
                throw StoreError.failed("session \(id) is already \(row.status)")
            }
            row.status = summary.status.rawValue
            row.endingId = summary.endingId.storable
            row.outcome = summary.outcome?.rawValue
            row.debrief = summary.debrief.storable
            row.overall = summary.overall
            row.empathy = summary.scores[.empathy]
            row.accuracy = summary.scores[.accuracy]
            row.responseTime = summary.scores[.responseTime]
            row.finishedAt = at
            row.lastActivityAt = max(row.lastActivityAt, at)
            try row.update(db)
        }
        checkpoint()
    }

    /// Copies the write-ahead log back into the file. Runs between sessions, never inside
    /// a turn's commit; PASSIVE, so it never waits for another trainee's reader.
    func checkpoint() {
        guard path != ":memory:" else { return }
        _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }

    /// The best overall score of the trainee's completed sessions of a scenario.
    public func bestScore(trainee: String, scenario: String) throws(StoreError) -> Double? {
        try read { db in
            try Double.fetchOne(db, sql: """
                SELECT MAX(overall) FROM sessions
                WHERE trainee = ? AND scenario_id = ? AND status = 'completed' AND overall IS NOT NULL
                """, arguments: [trainee.storable, scenario.storable])
        }
    }

    /// The best overall score of the trainee's completed sessions, by scenario id.
    public func bestScores(trainee: String) throws(StoreError) -> [String: Double] {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT scenario_id, MAX(overall) AS best FROM sessions
                WHERE trainee = ? AND status = 'completed' AND overall IS NOT NULL
                GROUP BY scenario_id
                """, arguments: [trainee.storable])
            var best: [String: Double] = [:]
            for row in rows { best[row["scenario_id"]] = row["best"] }
            return best
        }
    }

    /// Sessions, newest first, optionally of one trainee and/or one scenario.
    public func sessions(trainee: String? = nil, scenario: String? = nil, limit: Int? = nil) throws(StoreError)
        -> [StoredSession]
    {
        let rows = try read { db in
            var request = SessionRow.all()
            if let trainee { request = request.filter(SessionRow.Columns.trainee == trainee.storable) }
            if let scenario { request = request.filter(SessionRow.Columns.scenarioId == scenario.storable) }
            request = request.order(SessionRow.Columns.startedAt.desc, Column("id").desc)
            if let limit { request = request.limit(max(0, limit)) }
            return try request.fetchAll(db)
        }
        return try rows.map { row throws(StoreError) in try row.stored() }
    }

    public func session(_ id: Int64) throws(StoreError) -> StoredSession? {
        try read { db in try SessionRow.fetchOne(db, key: id) }?.stored()
    }
}
