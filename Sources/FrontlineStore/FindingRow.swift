import FrontlineModel
import FrontlineReview
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

    /// Read column by column: the Codable path converts every column name from snake case
    /// on every row, which made reading a big store's findings (reports, exports) take
    /// seconds. Same values, same errors for a missing or NULL required column.
    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        turnId = try row.decode(forColumn: "turn_id")
        sessionId = try row.decode(forColumn: "session_id")
        position = try row.decode(forColumn: "position")
        dimension = try row.decode(forColumn: "dimension")
        criterionId = try row.decode(forColumn: "criterion_id")
        name = try row.decode(forColumn: "name")
        outcome = try row.decode(forColumn: "outcome")
        source = try row.decode(forColumn: "source")
        points = try row.decode(forColumn: "points")
        possible = try row.decode(forColumn: "possible")
        isCritical = try row.decode(forColumn: "is_critical")
        evidenceStart = try row.decode(forColumn: "evidence_start")
        evidenceEnd = try row.decode(forColumn: "evidence_end")
        evidenceText = try row.decode(forColumn: "evidence_text")
        tip = try row.decode(forColumn: "tip")
        note = try row.decode(forColumn: "note")
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
