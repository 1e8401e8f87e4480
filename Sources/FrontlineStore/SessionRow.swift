import Foundation
import FrontlineModel
import FrontlineReview
import GRDB

/// A row of the `sessions` table.
struct SessionRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "sessions"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    enum Columns {
        static let trainee = Column("trainee")
        static let scenarioId = Column("scenario_id")
        static let status = Column("status")
        static let startedAt = Column("started_at")
        static let overall = Column("overall")
    }

    var id: Int64?
    var trainee: String
    var scenarioId: String
    var scenarioTitle: String
    var language: String
    var mode: String
    var contentFingerprint: String
    var status: String
    var startedAt: Date
    var lastActivityAt: Date
    var finishedAt: Date?
    var endingId: String?
    var outcome: String?
    var debrief: String?
    var overall: Double?
    var empathy: Double?
    var accuracy: Double?
    var responseTime: Double?
    var turnCount: Int
    var pid: Int32
    var hostname: String

    init(_ start: SessionStart, process: ProcessIdentity) {
        id = nil
        trainee = start.trainee.storable
        scenarioId = start.scenarioId.storable
        scenarioTitle = start.scenarioTitle.storable
        language = start.language.storable
        mode = start.mode.storable
        contentFingerprint = start.contentFingerprint.storable
        status = SessionSummary.Status.inProgress.rawValue
        startedAt = start.startedAt
        lastActivityAt = start.startedAt
        turnCount = 0
        pid = process.pid
        hostname = process.hostname.storable
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    var sessionStatus: SessionSummary.Status? { SessionSummary.Status(rawValue: status) }

    func stored() throws(StoreError) -> StoredSession {
        guard let id else { throw .failed("a session row without an id") }
        guard let status = sessionStatus else { throw .failed("session \(id) has an unknown status '\(status)'") }
        var scores: [FrontlineModel.Dimension: Double] = [:]
        scores[.empathy] = empathy
        scores[.accuracy] = accuracy
        scores[.responseTime] = responseTime
        return StoredSession(
            id: id, trainee: trainee, scenarioId: scenarioId, scenarioTitle: scenarioTitle, language: language,
            mode: mode, contentFingerprint: contentFingerprint, status: status, startedAt: startedAt,
            lastActivityAt: lastActivityAt, finishedAt: finishedAt, endingId: endingId,
            outcome: outcome.flatMap(Ending.Outcome.init(rawValue:)), debrief: debrief, overall: overall,
            scores: scores, turnCount: turnCount, pid: pid, hostname: hostname)
    }
}
