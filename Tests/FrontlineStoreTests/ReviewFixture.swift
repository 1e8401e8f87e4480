import Foundation
import FrontlineModel
@testable import FrontlineStore

/// Sessions with chosen trainees, scenarios, times and scores, recorded the way `play` does.
enum ReviewFixture {
    /// Monday 2025-12-29 09:20 UTC (week 2921 of the review's weeks).
    static let monday = Fixture.start

    static func day(_ n: Double, hour: Double = 0) -> Date { monday.addingTimeInterval(n * 86_400 + hour * 3600) }

    @discardableResult
    static func play(_ store: any TestableStore, trainee: String = "Ava", scenario: String = "refund-late-parcel",
                     at: Date = monday, overall: Double? = 70, empathy: Double? = 70, accuracy: Double? = 80,
                     turns: Int = 2, status: SessionSummary.Status = .completed,
                     record: (Int) -> TurnRecord = { Fixture.turn($0) }) throws -> Int64 {
        let id = try store.startSession(Fixture.session(trainee: trainee, scenario: scenario, startedAt: at))
        for index in 0..<turns {
            try store.recordTurn(session: id, record(index), shownAt: at.addingTimeInterval(Double(60 * (index + 1))))
        }
        if status != .inProgress {
            var scores: [FrontlineModel.Dimension: Double] = [.responseTime: 90]
            scores[.empathy] = empathy
            scores[.accuracy] = accuracy
            try store.finishSession(id, summary: SessionSummary(status: status, endingId: nil, outcome: nil, debrief: nil,
                                                                overall: overall, scores: scores, turns: turns),
                                    at: at.addingTimeInterval(600))
        }
        return id
    }

    /// Misses per criterion counted straight from the findings (a turn counts once).
    static func bruteForceMisses(_ store: any TestableStore, where condition: String = "true") throws -> [String: Int] {
        let ids = try store.column(sql: """
            SELECT f.criterion_id FROM findings f JOIN sessions s ON s.id = f.session_id
            WHERE f.outcome IN ('missed', 'triggered') AND \(condition)
            GROUP BY f.turn_id, f.criterion_id ORDER BY f.criterion_id
            """)
        var counts: [String: Int] = [:]
        for id in ids { counts[id ?? "", default: 0] += 1 }
        return counts
    }

    static func rollupByDay(_ store: any TestableStore) throws -> [String: Int] {
        let ids = try store.column(sql: "SELECT criterion_id FROM daily_misses ORDER BY criterion_id")
        let counts = try store.column(sql: "SELECT misses FROM daily_misses ORDER BY criterion_id")
        var result: [String: Int] = [:]
        for (id, count) in zip(ids, counts) { result[id ?? "", default: 0] += Int(count ?? "0") ?? 0 }
        return result.filter { $0.value != 0 }
    }

    /// A rollup keyed by criterion (and more), summed per criterion, zeros dropped.
    static func rollup(_ store: any TestableStore, _ table: String) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for pair in try store.column(sql: "SELECT criterion_id || '=' || misses FROM \(table)") {
            let parts = (pair ?? "").split(separator: "=")
            result[String(parts[0]), default: 0] += Int(parts[1]) ?? 0
        }
        return result.filter { $0.value != 0 }
    }

    /// Misses per trainee and criterion, from the findings and from `trainee_misses`.
    static func traineeMisses(_ store: any TestableStore) throws -> ([String?], [String?]) {
        let expected = try store.column(sql: """
            SELECT trainee || '/' || criterion_id || '/' || name || '=' || COUNT(*) FROM (
              SELECT DISTINCT s.trainee, f.turn_id, f.criterion_id, f.name FROM findings f JOIN sessions s ON s.id = f.session_id
              WHERE f.outcome IN ('missed', 'triggered')) AS per_turn
            GROUP BY trainee, criterion_id, name ORDER BY 1
            """)
        let rollup = try store.column(sql: """
            SELECT trainee || '/' || criterion_id || '/' || name || '=' || misses FROM trainee_misses WHERE misses <> 0 ORDER BY 1
            """)
        return (rollup, expected)
    }

    static func rollupBySession(_ store: any TestableStore) throws -> [String: Int] {
        let ids = try store.column(sql: "SELECT criterion_id FROM session_misses ORDER BY criterion_id")
        let counts = try store.column(sql: "SELECT misses FROM session_misses ORDER BY criterion_id")
        var result: [String: Int] = [:]
        for (id, count) in zip(ids, counts) { result[id ?? "", default: 0] += Int(count ?? "0") ?? 0 }
        return result.filter { $0.value != 0 }
    }

    /// A turn whose dismissive penalty is said twice (two findings, one turn).
    static func doublePenaltyTurn(_ index: Int) -> TurnRecord {
        var record = Fixture.turn(index)
        var extra = record.grade.findings[1]
        extra.points = -5
        extra.note = "said again: half the penalty"
        record.grade.findings.insert(extra, at: 2)
        return record
    }
}
