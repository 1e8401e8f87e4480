import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

/// A row of the `turns` table: one answered turn and its grade, without the findings.
struct TurnRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "turns"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    enum Columns {
        static let sessionId = Column("session_id")
        static let turnIndex = Column("turn_index")
    }

    var id: Int64?
    var sessionId: Int64
    var turnIndex: Int
    var scenarioTurnId: String
    var customerLine: String
    var reply: String
    var shownAt: Date
    var firstKeystrokeSeconds: Double?
    var sentSeconds: Double
    var empathy: Double?
    var accuracy: Double?
    var responseTime: Double?
    var gradeOverall: Double
    var overall: Double
    var criticalFailure: Bool
    var gradeMessage: String?
    var hintsUsed: Int
    var patienceBefore: Int
    var patienceAfter: Int
    var nudges: Int
    var next: String

    init(session: Int64, record: TurnRecord, shownAt: Date) {
        id = nil
        sessionId = session
        turnIndex = record.index
        scenarioTurnId = record.turnId.storable
        customerLine = record.customerLine.storable
        reply = record.reply.storable
        self.shownAt = shownAt
        firstKeystrokeSeconds = record.timings.firstKeystroke
        sentSeconds = record.timings.sent
        empathy = record.grade.scores[.empathy]
        accuracy = record.grade.scores[.accuracy]
        responseTime = record.grade.scores[.responseTime]
        gradeOverall = record.grade.overall
        overall = record.overall
        criticalFailure = record.grade.criticalFailure
        gradeMessage = record.grade.message.storable
        hintsUsed = record.hintsUsed
        patienceBefore = record.patienceBefore
        patienceAfter = record.patienceAfter
        nudges = record.nudges
        next = record.next.storable
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The `retried` column (v7-retried-turns) is read apart, so rows are written the same
    /// on a store migrated up to any version.
    func stored(findings: [StoredFinding], retried: Bool = false, facets: [String: Double]? = nil) throws(StoreError) -> StoredTurn {
        guard let id else { throw .failed("a turn row without an id") }
        var scores: [FrontlineModel.Dimension: Double] = [:]
        scores[.empathy] = empathy
        scores[.accuracy] = accuracy
        scores[.responseTime] = responseTime
        return StoredTurn(
            id: id, sessionId: sessionId, index: turnIndex, turnId: scenarioTurnId, customerLine: customerLine,
            reply: reply, shownAt: shownAt, firstKeystrokeSeconds: firstKeystrokeSeconds, sentSeconds: sentSeconds,
            scores: scores, gradeOverall: gradeOverall, overall: overall, criticalFailure: criticalFailure,
            gradeMessage: gradeMessage, hintsUsed: hintsUsed, patienceBefore: patienceBefore,
            patienceAfter: patienceAfter, nudges: nudges, next: next, findings: findings, retried: retried,
            facets: facets)
    }
}
