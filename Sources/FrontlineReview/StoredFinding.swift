import FrontlineModel

/// One finding of a stored turn.
public struct StoredFinding: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// Order within the turn, from 0, as the grader listed them.
    public var position: Int
    public var dimension: FrontlineModel.Dimension
    public var criterionId: String
    public var name: String
    public var outcome: Finding.Outcome
    public var source: Finding.Source
    public var points: Double
    public var possible: Double
    public var isCritical: Bool
    public var evidence: Evidence?
    public var tip: String?
    public var note: String?

    public init(id: Int64, position: Int, dimension: FrontlineModel.Dimension, criterionId: String, name: String,
                outcome: Finding.Outcome, source: Finding.Source, points: Double, possible: Double, isCritical: Bool,
                evidence: Evidence?, tip: String?, note: String?) {
        self.id = id
        self.position = position
        self.dimension = dimension
        self.criterionId = criterionId
        self.name = name
        self.outcome = outcome
        self.source = source
        self.points = points
        self.possible = possible
        self.isCritical = isCritical
        self.evidence = evidence
        self.tip = tip
        self.note = note
    }

    /// The finding as the grader made it.
    public var finding: Finding {
        Finding(dimension: dimension, criterionId: criterionId, name: name, outcome: outcome, source: source,
                points: points, possible: possible, isCritical: isCritical, evidence: evidence, tip: tip, note: note)
    }
}
