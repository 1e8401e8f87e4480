
import FrontlineModel

/// The scoring arithmetic of docs/authoring.md for one dimension: the applicable rewards
/// (capped at full marks) not earned take their share of full marks off 100, down to a
/// neutral start; then penalties, clamped to 0–100; a critical failure sets it to 0.
struct DimensionTally {
    var fullMarks: Double?
    var neutral: Double
    var available = 0.0
    var earned = 0.0
    var penalties = 0.0
    var critical = false

    init(fullMarks: Double?, neutral: Double = 0) {
        self.fullMarks = fullMarks
        self.neutral = neutral
    }

    /// Where a dimension starts before rewards and penalties: tone (empathy) starts at a
    /// neutral 20 so a rude reply scores below a plain one; accuracy and response time at 0.
    static func neutralStart(_ dimension: Dimension) -> Double {
        dimension == .empathy ? 20 : 0
    }

    mutating func add(_ finding: Finding) {
        add(outcome: finding.outcome, isCritical: finding.isCritical, points: finding.points, possible: finding.possible)
    }

    /// The same from a finding's numbers (without copying the finding).
    @inline(__always)
    mutating func add(outcome: Finding.Outcome, isCritical: Bool, points: Double, possible: Double) {
        if isCritical && (outcome == .missed || outcome == .triggered) { critical = true }
        switch outcome {
        case .met, .missed, .measured:
            available += possible
            earned += points
        case .triggered:
            penalties += -points
        }
    }

    /// The share of what the moment called for that was earned: of the applicable
    /// rewards (at most full marks of them), the points left unearned cost their share of
    /// full marks, from 100 down to the neutral start. Nothing applicable: 100. Then
    /// penalties.
    /// Everything the moment called for was earned: a miss here cost nothing.
    var isFull: Bool {
        earned >= min(fullMarks ?? available, available)
    }

    var score: Double {
        if critical { return 0 }
        let marks = fullMarks ?? available
        let called = min(marks, available)
        let shortfall = max(0, called - earned)
        let base = marks > 0 ? 100 - (100 - neutral) * shortfall / marks : 100
        return (max(0, min(100, base - penalties)) * 10).rounded() / 10
    }
}
