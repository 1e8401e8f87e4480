import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

extension SQLiteStore {
    /// Records one answered turn and its findings in one transaction, committed before
    /// this returns.
    public func recordTurn(session: Int64, _ record: TurnRecord, shownAt: Date) throws(StoreError) {
        try write { db in
            guard var session = try SessionRow.fetchOne(db, key: session) else {
                throw StoreError.unknownSession(String(session))
            }
            switch session.sessionStatus {
            case .inProgress: break
            // Whoever marked it interrupted was wrong: its process is answering.
            case .interrupted: session.status = SessionSummary.Status.inProgress.rawValue
            default: throw StoreError.failed("session \(session.id!) is already \(session.status)")
            }
            if try TurnRow.filter(TurnRow.Columns.sessionId == session.id!
                                  && TurnRow.Columns.turnIndex == record.index).fetchCount(db) > 0 {
                throw StoreError.failed("turn \(record.index) of session \(session.id!) is already recorded")
            }
            var turn = TurnRow(session: session.id!, record: record, shownAt: shownAt)
            try turn.insert(db)
            if let facets = FacetScores.storable(record.grade.facets) {
                try db.execute(sql: "UPDATE turns SET facets = ? WHERE id = ?", arguments: [facets, turn.id!])
            }
            for (position, finding) in record.grade.findings.enumerated() {
                var row = FindingRow(turn: turn.id!, session: session.id!, position: position, finding: finding)
                try row.insert(db)
            }
            session.turnCount += 1
            // The scores so far: a session with a graded reply always has them, finished or not.
            let sofar = StoreEngineSupport.scoresSoFar(try Row.fetchAll(db, sql: """
                SELECT overall, empathy, accuracy, response_time FROM turns WHERE session_id = ? ORDER BY turn_index
                """, arguments: [session.id!]).map { row in
                    var scores: [FrontlineModel.Dimension: Double] = [:]
                    scores[.empathy] = row[1]
                    scores[.accuracy] = row[2]
                    scores[.responseTime] = row[3]
                    return (row[0], scores)
                })
            session.overall = sofar.overall
            session.empathy = sofar.scores[.empathy]
            session.accuracy = sofar.scores[.accuracy]
            session.responseTime = sofar.scores[.responseTime]
            session.lastActivityAt = max(session.lastActivityAt,
                                         StoreEngineSupport.sentAt(shownAt: shownAt, seconds: record.timings.sent))
            try session.update(db)
        }
    }

    /// Marks a recorded turn of a session still being played as retried.
    public func markRetried(session: Int64, turnIndex: Int) throws(StoreError) {
        try write { db in
            guard let row = try SessionRow.fetchOne(db, key: session) else { throw StoreError.unknownSession(String(session)) }
            guard [.inProgress, .interrupted].contains(row.sessionStatus) else {
                throw StoreError.failed("session \(session) is already \(row.status); its turns can no longer be retried")
            }
            try db.execute(sql: "UPDATE turns SET retried = 1 WHERE session_id = ? AND turn_index = ?", arguments: [session, turnIndex])
            if db.changesCount == 0 { throw StoreError.failed("turn \(turnIndex) of session \(session) is not recorded, so it cannot be marked as retried") }
        }
    }

    /// The session's turns in order, each with its findings in the grader's order.
    public func turns(session: Int64) throws(StoreError) -> [StoredTurn] {
        let (turnRows, findingRows, retried, facets) = try read { db in
            let turns = try TurnRow.filter(TurnRow.Columns.sessionId == session)
                .order(TurnRow.Columns.turnIndex).fetchAll(db)
            let findings = try FindingRow.filter(FindingRow.Columns.sessionId == session)
                .order(FindingRow.Columns.turnId, FindingRow.Columns.position).fetchAll(db)
            let retried = try Int.fetchSet(db, sql: "SELECT turn_index FROM turns WHERE session_id = ? AND retried", arguments: [session])
            var facets: [Int64: [String: Double]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT id, facets FROM turns WHERE session_id = ? AND facets IS NOT NULL", arguments: [session]) {
                facets[row["id"]] = FacetScores.parse(row["facets"])
            }
            return (turns, findings, retried, facets)
        }
        var findingsByTurn: [Int64: [StoredFinding]] = [:]
        for row in findingRows {
            findingsByTurn[row.turnId, default: []].append(try row.stored())
        }
        return try turnRows.map { row throws(StoreError) in
            try row.stored(findings: findingsByTurn[row.id ?? -1] ?? [], retried: retried.contains(row.turnIndex),
                           facets: facets[row.id ?? -1])
        }
    }
}
