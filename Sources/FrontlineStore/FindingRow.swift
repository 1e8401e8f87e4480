import FrontlineModel
import GRDB

/// A row of the `findings` table: one criterion or expectation of one turn.
struct FindingRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "findings"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    enum Columns {
        static let turnId = Column("turn_id")
        static let sessionId = Column("session_id")
        static let position = Column("position")
    }

    var id: Int64?
    var turnId: Int64
    var sessionId: Int64
    var position: Int
    var dimension: String
    var criterionId: String
    var name: String
    var outcome: String
    var source: String
    var points: Double
    var possible: Double
    var isCritical: Bool
    var evidenceStart: Int?
    var evidenceEnd: Int?
    var evidenceText: String?
    var tip: String?
    var note: String?

    init(turn: Int64, session: Int64, position: Int, finding: Finding) {
        id = nil
        turnId = turn
        sessionId = session
        self.position = position
        dimension = finding.dimension.rawValue
        criterionId = finding.criterionId.storable
        name = finding.name.storable
        outcome = finding.outcome.rawValue
        source = finding.source.rawValue
        points = finding.points
        possible = finding.possible
        isCritical = finding.isCritical
        evidenceStart = finding.evidence?.start
        evidenceEnd = finding.evidence?.end
        evidenceText = finding.evidence?.text.storable
        tip = finding.tip.storable
        note = finding.note.storable
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    func stored() throws(StoreError) -> StoredFinding {
        guard let id else { throw .failed("a finding row without an id") }
        guard let dimension = FrontlineModel.Dimension(rawValue: dimension),
              let outcome = Finding.Outcome(rawValue: outcome),
              let source = Finding.Source(rawValue: source)
        else {
            throw .failed("finding \(id) has an unknown dimension, outcome or source ('\(dimension)', '\(outcome)', '\(source)')")
        }
        var evidence: Evidence?
        if let evidenceStart, let evidenceEnd, let evidenceText {
            evidence = Evidence(start: evidenceStart, end: evidenceEnd, text: evidenceText)
        }
        return StoredFinding(
            id: id, position: position, dimension: dimension, criterionId: criterionId, name: name, outcome: outcome,
            source: source, points: points, possible: possible, isCritical: isCritical, evidence: evidence, tip: tip,
            note: note)
    }
}
