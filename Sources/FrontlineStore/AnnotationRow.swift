import Foundation
import FrontlineModel
import GRDB

/// A row of the `annotations` table (migration v2-annotations).
struct AnnotationRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "annotations"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id: Int64?
    var sessionId: Int64
    var turnId: Int64
    var supervisor: String
    var createdAt: Date
    var note: String?
    var dimension: String?
    var graderScore: Double?
    var score: Double?
    var reason: String?

    init(sessionId: Int64, turnId: Int64, supervisor: String, createdAt: Date, note: String? = nil,
         dimension: String? = nil, graderScore: Double? = nil, score: Double? = nil, reason: String? = nil) {
        self.sessionId = sessionId
        self.turnId = turnId
        self.supervisor = supervisor.storable
        self.createdAt = createdAt
        self.note = note.storable
        self.dimension = dimension
        self.graderScore = graderScore
        self.score = score
        self.reason = reason.storable
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func annotation(turnIndex: Int) throws(StoreError) -> Annotation {
        guard let id else { throw .failed("an annotation row without an id") }
        var override: ScoreOverride?
        if let dimension {
            guard let parsed = FrontlineModel.Dimension(rawValue: dimension), let graderScore, let score else {
                throw .failed("annotation \(id) has an unknown dimension '\(dimension)' or no scores")
            }
            override = ScoreOverride(dimension: parsed, graderScore: graderScore, score: score, reason: reason ?? "")
        }
        return Annotation(id: id, sessionId: sessionId, turnId: turnId, turnIndex: turnIndex, supervisor: supervisor,
                          createdAt: createdAt, note: note, override: override)
    }
}
