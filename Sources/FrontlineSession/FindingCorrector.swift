import Foundation
import FrontlineGrader
import FrontlineModel
import FrontlineStore

/// What a supervisor's correction of one finding, or override of a dimension, does to a
/// turn's scores: the dimension's score from the corrected findings and the turn's overall,
/// by the rubrics of the session's language (the grader's arithmetic, not a regrade).
public struct FindingCorrector {
    public let catalog: Catalog
    public let session: StoredSession
    public let turn: StoredTurn
    /// The turn's annotations so far (earlier corrections and overrides count).
    public let earlier: [Annotation]

    public init(catalog: Catalog, session: StoredSession, turn: StoredTurn, earlier: [Annotation]) {
        self.catalog = catalog
        self.session = session
        self.turn = turn
        self.earlier = earlier
    }

    public var grader: Grader? {
        let rubrics = catalog.rubrics(for: session.language)
        guard !rubrics.isEmpty else { return nil }
        return Grader(rubrics: rubrics, language: catalog.language(session.language)
                      ?? LanguagePack(language: session.language, name: session.language))
    }

    /// The criterion as the content describes it: the scenario turn's expectation, a rubric
    /// criterion of the language, or failing both (content changed since) the stored finding.
    public func definition(_ id: String) throws -> CriterionDefinition {
        let expectations = catalog.scenario(session.scenarioId)?.turn(turn.turnId)?.expectations ?? []
        if let e = expectations.first(where: { $0.id == id }) {
            return CriterionDefinition(id: id, name: e.name, dimension: .accuracy, source: .expectation, points: e.points,
                                       isPenalty: e.kind == .forbidden, isCritical: e.isCritical)
        }
        let rubrics = catalog.rubrics(for: session.language)
        for rubric in rubrics {
            if let c = rubric.criteria.first(where: { $0.id == id }) {
                return CriterionDefinition(id: id, name: c.name, dimension: rubric.dimension, source: .rubric, points: c.points,
                                           isPenalty: c.isPenalty, isCritical: c.isCritical)
            }
        }
        if let f = turn.findings.map(\.finding).first(where: { $0.criterionId == id && $0.outcome != .measured }) {
            let penalty = f.outcome == .triggered
            return CriterionDefinition(id: id, name: f.name, dimension: f.dimension, source: f.source,
                                       points: penalty ? -f.points : f.possible, isPenalty: penalty, isCritical: f.isCritical)
        }
        let known = expectations.map(\.id) + rubrics.flatMap { $0.criteria.map(\.id) } + turn.findings.map(\.finding.criterionId)
        throw SessionError("turn \(turn.index + 1) of session \(session.id) has no criterion '\(id)'"
                        + id.didYouMean(Array(Set(known)).sorted(),
                                        otherwise: "; see the criteria with: frontline transcript \(session.id)"))
    }

    /// The correction, the dimension's corrected score and the turn's overall after it.
    public func correct(_ id: String, met: Bool) throws -> (CriterionCorrection, score: Double, turnOverall: Double) {
        guard let grader else { throw SessionError("no rubrics for language '\(session.language)': cannot score a correction") }
        let criterion = try definition(id)
        guard turn.scores[criterion.dimension] != nil else {
            throw SessionError("\(criterion.dimension.rawValue) did not apply to turn \(turn.index + 1), so '\(id)' cannot be corrected there")
        }
        let original = turn.findings.map(\.finding)
        var current = original
        for (other, correction) in earlier.effectiveCorrections where other != id {
            if let definition = try? definition(other) { current = current.corrected(definition, met: correction.met) }
        }
        let corrected = current.corrected(criterion, met: met)
        let rescored = grader.scores(of: corrected, applicable: Set(turn.scores.keys))
        let score = rescored.scores[criterion.dimension] ?? 0
        var scores = effectiveScores()
        scores[criterion.dimension] = score
        let correction = CriterionCorrection(criterionId: id, name: criterion.name, dimension: criterion.dimension,
                                             graderMet: original.says(met: criterion), met: met)
        return (correction, score, afterHints(grader.overall(of: scores, critical: rescored.critical)))
    }

    /// The turn's overall with these overrides on top of the earlier ones; nil without rubrics.
    public func overall(overriding overrides: [FrontlineModel.Dimension: Double]) -> Double? {
        guard let grader else { return nil }
        var scores = effectiveScores()
        for (dimension, score) in overrides where scores[dimension] != nil { scores[dimension] = score }
        return afterHints(grader.overall(of: scores, critical: turn.criticalFailure))
    }

    /// The grader's scores with the latest override or correction of each dimension.
    public func effectiveScores() -> [FrontlineModel.Dimension: Double] {
        var scores = turn.scores
        for (dimension, override) in earlier.effectiveOverrides where scores[dimension] != nil { scores[dimension] = override.score }
        return scores
    }

    /// The overall the trainee saw: the hint cost the turn paid still applies.
    public func afterHints(_ overall: Double) -> Double {
        max(0, min(100, overall - max(0, turn.gradeOverall - turn.overall)))
    }
}
