import Foundation
import FrontlineModel
import FrontlineReview

extension AnnotationRequest {
    /// The note and reason trimmed, after the checks every engine makes before writing.
    package func validated() throws(AnnotationError) -> (note: String?, reason: String?) {
        let note = self.note?.trimmingCharacters(in: .whitespacesAndNewlines)
        let reason = self.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if (note ?? "").isEmpty && overrides.isEmpty && correction == nil { throw .nothingToAdd }
        if (!overrides.isEmpty || correction != nil) && (reason ?? "").isEmpty { throw .reasonRequired }
        for (dimension, score) in overrides where !(0...100).contains(score) || !score.isFinite {
            throw .scoreOutOfRange(dimension, score)
        }
        if let correction {
            if correction.met == correction.graderMet { throw .agreesWithGrader(correction.criterionId, met: correction.met) }
            guard let score = correctedScore, (0...100).contains(score) else {
                throw .scoreOutOfRange(correction.dimension, correctedScore ?? .nan)
            }
        }
        if let turnOverall, !(0...100).contains(turnOverall) { throw .scoreOutOfRange(.empathy, turnOverall) }
        return (note, reason)
    }

    /// The rows to add, given the turn's grader scores: a note, one per override, one for
    /// a correction (an override of its dimension carrying the criterion).
    package func drafts(graderScores: [FrontlineModel.Dimension: Double]) throws(AnnotationError) -> [AnnotationDraft] {
        let (note, reason) = try validated()
        var drafts: [AnnotationDraft] = []
        if let note, !note.isEmpty { drafts.append(AnnotationDraft(note: note.storable)) }
        for (dimension, score) in overrides.sorted(by: { $0.key < $1.key }) {
            guard let graderScore = graderScores[dimension] else { throw .notApplicable(dimension, turn: turnIndex) }
            drafts.append(AnnotationDraft(override: ScoreOverride(dimension: dimension, graderScore: graderScore, score: score,
                                                                  reason: (reason ?? "").storable),
                                          turnOverall: turnOverall))
        }
        if let correction, let score = correctedScore {
            guard let graderScore = graderScores[correction.dimension] else {
                throw .notApplicable(correction.dimension, turn: turnIndex)
            }
            drafts.append(AnnotationDraft(override: ScoreOverride(dimension: correction.dimension, graderScore: graderScore,
                                                                  score: score, reason: (reason ?? "").storable),
                                          correction: correction, turnOverall: turnOverall))
        }
        return drafts
    }
}

/// One annotation row to insert, the same on every engine.
package struct AnnotationDraft: Sendable {
    package var note: String?
    package var override: ScoreOverride?
    package var correction: CriterionCorrection?
    package var turnOverall: Double?

    package init(note: String? = nil, override: ScoreOverride? = nil, correction: CriterionCorrection? = nil,
                turnOverall: Double? = nil) {
        self.note = note
        self.override = override
        self.correction = correction
        self.turnOverall = turnOverall
    }
}
