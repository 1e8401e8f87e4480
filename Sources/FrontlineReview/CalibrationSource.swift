/// What the calibration report reads from a store engine over the sessions a filter selects.
public protocol CalibrationSource {
    /// Turns in scope (all graded turns of the filtered sessions).
    func gradedTurns() throws -> Int
    /// Turns in scope with at least one note or override.
    func reviewedTurns() throws -> Int
    /// The latest override of each turn and dimension in scope.
    func effectiveOverrides() throws -> [EffectiveOverride]
    /// The latest correction of each turn and criterion in scope.
    func effectiveCorrections() throws -> [EffectiveCorrection]
    /// On how many turns in scope the grader assessed each of these criteria.
    func assessedTurns(_ criteria: Set<String>) throws -> [String: Int]
}

extension CalibrationReport {
    /// How often and by how much supervisors disagree with the grader, from `source`.
    public static func assemble(from source: some CalibrationSource) throws -> CalibrationReport {
        let graded = try source.gradedTurns()
        let reviewed = try source.reviewedTurns()
        let overrides = try source.effectiveOverrides()
        let corrections = try source.effectiveCorrections()
        let assessed = try source.assessedTurns(Set(corrections.map(\.correction.criterionId)))
        return CalibrationArithmetic.report(graded: graded, reviewed: reviewed, overrides: overrides,
                                            corrections: corrections, assessed: assessed)
    }
}
