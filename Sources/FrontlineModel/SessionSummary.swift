/// How the conversation ended and the scorecard.
public struct SessionSummary: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        case completed, abandoned, interrupted
        case inProgress = "in_progress"
    }

    public var status: Status
    public var endingId: String?
    public var outcome: Ending.Outcome?
    public var debrief: String?
    public var overall: Double?
    public var scores: [Dimension: Double]
    public var turns: Int

    public init(status: Status, endingId: String?, outcome: Ending.Outcome?, debrief: String?,
                overall: Double?, scores: [Dimension: Double], turns: Int) {
        self.status = status
        self.endingId = endingId
        self.outcome = outcome
        self.debrief = debrief
        self.overall = overall
        self.scores = scores
        self.turns = turns
    }

    /// Mean of the turns' overall scores, and of each dimension where it applied.
    public static func of(_ records: [TurnRecord], status: Status, ending: Ending?) -> SessionSummary {
        let overall = records.isEmpty ? nil : records.map(\.overall).reduce(0, +) / Double(records.count)
        var scores: [Dimension: Double] = [:]
        for dimension in Dimension.allCases {
            let values = records.compactMap { $0.grade.scores[dimension] }
            if !values.isEmpty { scores[dimension] = ((values.reduce(0, +) / Double(values.count)) * 10).rounded() / 10 }
        }
        return SessionSummary(status: status, endingId: ending?.id, outcome: ending?.outcome, debrief: ending?.debrief,
                              overall: overall.map { ($0 * 10).rounded() / 10 }, scores: scores, turns: records.count)
    }
}
