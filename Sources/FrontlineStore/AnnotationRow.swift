import Foundation
import FrontlineModel
import FrontlineReview
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
    // v5-criterion-corrections
    var criterionId: String?
    var criterionName: String?
    var graderMet: Bool?
    var met: Bool?
    var turnOverall: Double?

    init(sessionId: Int64, turnId: Int64, supervisor: String, createdAt: Date, draft: AnnotationDraft) {
        self.init(sessionId: sessionId, turnId: turnId, supervisor: supervisor, createdAt: createdAt, note: draft.note,
                  dimension: draft.override?.dimension.rawValue, graderScore: draft.override?.graderScore,
                  score: draft.override?.score, reason: draft.override?.reason)
        criterionId = draft.correction?.criterionId.storable
        criterionName = draft.correction?.name.storable
        graderMet = draft.correction?.graderMet
        met = draft.correction?.met
        turnOverall = draft.turnOverall
    }

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
        var correction: CriterionCorrection?
        if let criterionId, let override, let graderMet, let met {
            correction = CriterionCorrection(criterionId: criterionId, name: criterionName ?? criterionId,
                                             dimension: override.dimension, graderMet: graderMet, met: met)
        }
        return Annotation(id: id, sessionId: sessionId, turnId: turnId, turnIndex: turnIndex, supervisor: supervisor,
                          createdAt: createdAt, note: note, override: override, correction: correction,
                          turnOverall: turnOverall)
    }
}
