import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension ReviewQuery {
    /// The criteria missed (or penalties triggered) in scope, per criterion. The team's over
    /// all time come from the all-time rollup; with dates, from the per-day rollup for the
    /// whole UTC days in range (names looked up afterwards, `moreMissNames`) plus the
    /// per-session rollup for the sessions on partial days at either end (exact for any
    /// instant bounds); one trainee's over all time from the per-trainee rollup, with
    /// filters from the per-session rollup through the trainee index.
    func missTallies() throws -> [String: MissTally] {
        var tallies: [String: MissTally] = [:]
        func add(_ cursor: RowCursor) throws {
            while let row = try cursor.next() {
                let id: String = row["criterion_id"]
                let n: Int = row["n"]
                tallies[id, default: MissTally(dimension: row["dimension"], outcome: row["outcome"])].turns += n
                if let name: String = row["name"] { tallies[id]!.names[name, default: 0] += n }
            }
        }
        if isWholeHistoryOfTeam {
            try add(try Row.fetchCursor(db, sql: """
                SELECT criterion_id, name, MAX(dimension) AS dimension, MAX(outcome) AS outcome, SUM(misses) AS n
                FROM criterion_misses GROUP BY criterion_id, name
                """))
        } else if let trainee = filter.trainee, filter.scenarios == nil, filter.since == nil, filter.until == nil {
            try add(try Row.fetchCursor(db, sql: """
                SELECT criterion_id, name, MAX(dimension) AS dimension, MAX(outcome) AS outcome, SUM(misses) AS n
                FROM trainee_misses WHERE trainee = ? GROUP BY criterion_id, name
                """, arguments: [trainee.storable]))
        } else if let whole = dailyRange {
            try add(dailyMisses(from: whole.from, to: whole.to))
            if let since = filter.since, let from = whole.from, since < from {
                try add(sessionMisses(.sessions(filter, since: since, until: from)))
            }
            if let until = filter.until, let to = whole.to, to < until {
                try add(sessionMisses(.sessions(filter, since: to, until: until)))
            }
        } else {
            try add(sessionMisses(condition))
        }
        return tallies
    }

    /// The whole UTC days the per-day rollup answers for, when it does.
    private var dailyRange: (from: Date?, to: Date?)? {
        guard filter.trainee == nil, !isWholeHistoryOfTeam else { return nil }
        return Self.wholeDays(since: filter.since, until: filter.until)
    }

    /// One finding's weight of the criterion (an index lookup).
    func missWeight(_ criterionId: String) throws -> MissRanking.Weight? {
        let sample = try db.cachedStatement(sql: MissRanking.weightSQL("?"))
        guard let row = try Row.fetchOne(sample, arguments: [criterionId]),
              let source = Finding.Source(rawValue: row[0]) else { return nil }
        return MissRanking.Weight(source: source, possible: row[1], points: row[2], isCritical: row[3])
    }

    /// The per-day rollup's names of a listed criterion (it was read without them).
    func moreMissNames(_ criterionId: String, into names: inout [String: Int]) throws {
        if let days = dailyRange { try dailyNames(criterionId, from: days.from, to: days.to, into: &names) }
    }

    private func sessionMisses(_ condition: SQLCondition) throws -> RowCursor {
        try Row.fetchCursor(db, sql: """
            SELECT m.criterion_id AS criterion_id, m.name AS name, MAX(m.dimension) AS dimension,
              MAX(m.outcome) AS outcome, SUM(m.misses) AS n
            FROM sessions s JOIN session_misses m ON m.session_id = s.id
            WHERE \(condition.sql) GROUP BY m.criterion_id, m.name
            """, arguments: condition.arguments)
    }

    /// The per-day rollup in range, read in its (criterion) order without sorting; names
    /// are looked up afterwards for the few criteria listed.
    private func dailyMisses(from: Date?, to: Date?) throws -> RowCursor {
        let where_ = dailyCondition(from: from, to: to)
        return try Row.fetchCursor(db, sql: """
            SELECT d.criterion_id AS criterion_id, NULL AS name, MAX(d.dimension) AS dimension,
              MAX(d.outcome) AS outcome, SUM(d.misses) AS n
            FROM daily_misses d WHERE \(where_.sql) GROUP BY d.criterion_id
            """, arguments: where_.arguments)
    }

    private func dailyNames(_ criterion: String, from: Date?, to: Date?, into names: inout [String: Int]) throws {
        let where_ = dailyCondition(from: from, to: to)
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.name AS name, SUM(d.misses) AS n FROM daily_misses d
            WHERE d.criterion_id = ? AND \(where_.sql) GROUP BY d.name
            """, arguments: StatementArguments([criterion]) + where_.arguments)
        for row in rows { names[row["name"], default: 0] += row["n"] as Int }
    }

    private func dailyCondition(from: Date?, to: Date?) -> SQLCondition {
        var parts: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        if let from {
            parts.append("d.day >= ?")
            values.append(Self.day(from))
        }
        if let to {
            parts.append("d.day < ?")
            values.append(Self.day(to))
        }
        if let scenarios = filter.scenarios {
            parts.append(scenarios.isEmpty ? "0"
                         : "d.scenario_id IN (\(Array(repeating: "?", count: scenarios.count).joined(separator: ",")))")
            values.append(contentsOf: scenarios.sorted().map { $0.storable })
        }
        return SQLCondition(sql: parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments: StatementArguments(values))
    }

    /// The whole UTC days inside [since, until): nil when there is none.
    static func wholeDays(since: Date?, until: Date?) -> (from: Date?, to: Date?)? {
        let from = since.map { date in
            let midnight = floorToDay(date)
            return midnight < date ? midnight.addingTimeInterval(86_400) : midnight
        }
        let to = until.map(floorToDay)
        if let from, let to, from >= to { return nil }
        return (from, to)
    }

    static func floorToDay(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / 86_400).rounded(.down) * 86_400)
    }

    /// "YYYY-MM-DD" in UTC, as SQLite's date() writes it.
    static func day(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970 // bounded: a damaged store's date must not trap
        let days = Int(((interval.isNaN ? 0 : min(max(interval, -1e14), 1e14)) / 86_400).rounded(.down))
        // Civil-from-days (Howard Hinnant's algorithm), so no formatter is needed.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ n: Int, _ width: Int) -> String {
            let text = String(n)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }
}
