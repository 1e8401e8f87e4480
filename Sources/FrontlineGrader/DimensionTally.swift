import FrontlineModel

/// The scoring arithmetic of docs/authoring.md for one dimension: rewards earned over
/// rewards available (capped at full marks), minus penalties, clamped to 0–100; a
/// critical failure sets the dimension to 0.
struct DimensionTally {
    var fullMarks: Double?
    var available = 0.0
    var earned = 0.0
    var penalties = 0.0
    var critical = false

    init(fullMarks: Double?) { self.fullMarks = fullMarks }

    mutating func add(_ finding: Finding) {
        if finding.isCritical && (finding.outcome == .missed || finding.outcome == .triggered) { critical = true }
        switch finding.outcome {
        case .met, .missed, .measured:
            available += finding.possible
            earned += finding.points
        case .triggered:
            penalties += -finding.points
        }
    }

    var score: Double {
        if critical { return 0 }
        let cap = fullMarks.map { min($0, available) } ?? available
        let base = cap > 0 ? 100 * min(earned, cap) / cap : 100
        return (max(0, min(100, base - penalties)) * 10).rounded() / 10
    }
}
