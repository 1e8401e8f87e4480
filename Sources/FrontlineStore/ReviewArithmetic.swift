import Foundation
import FrontlineModel

/// Sums and counts per score, so averages can be combined across trainees.
@_spi(StoreEngine)
public struct ScoreTotals: Sendable {
    public var sums = [Double](repeating: 0, count: 4)
    public var counts = [Int](repeating: 0, count: 4)

    public init() {}

    public init(sums: [Double], counts: [Int]) {
        self.sums = sums
        self.counts = counts
    }

    public static func + (a: ScoreTotals, b: ScoreTotals) -> ScoreTotals {
        ScoreTotals(sums: zip(a.sums, b.sums).map(+), counts: zip(a.counts, b.counts).map(+))
    }

    public var averages: ScoreAverages {
        func mean(_ i: Int) -> Double? { counts[i] > 0 ? sums[i] / Double(counts[i]) : nil }
        return ScoreAverages(overall: mean(0), empathy: mean(1), accuracy: mean(2), responseTime: mean(3))
    }

    /// overall, empathy, accuracy, response_time: the order of `sums` and `counts`.
    public static let columns = ["overall", "empathy", "accuracy", "response_time"]

    public static func index(_ dimension: FrontlineModel.Dimension) -> Int {
        switch dimension {
        case .empathy: 1
        case .accuracy: 2
        case .responseTime: 3
        }
    }
}

/// The latest override of one dimension on one turn, with what its session's average needs.
@_spi(StoreEngine)
public struct EffectiveOverride: Sendable {
    public var sessionId: Int64
    public var turnId: Int64
    public var dimension: FrontlineModel.Dimension
    public var graderScore: Double
    public var score: Double
    /// The session's score in that dimension, and on how many of its turns the dimension applied.
    public var sessionScore: Double?
    public var applicableTurns: Int
    public var delta: Double { score - graderScore }
    /// The annotation's id (later ones win), the turn's overall with its scores (when the
    /// annotation carries it) and as graded, and the session's overall and turn count.
    public var annotationId: Int64
    public var turnOverall: Double?
    public var turnGraderOverall: Double?
    public var sessionOverall: Double?
    public var sessionTurns: Int

    public init(sessionId: Int64, turnId: Int64, dimension: FrontlineModel.Dimension, graderScore: Double, score: Double,
                sessionScore: Double?, applicableTurns: Int, annotationId: Int64 = 0, turnOverall: Double? = nil,
                turnGraderOverall: Double? = nil, sessionOverall: Double? = nil, sessionTurns: Int = 0) {
        self.sessionId = sessionId
        self.turnId = turnId
        self.dimension = dimension
        self.graderScore = graderScore
        self.score = score
        self.sessionScore = sessionScore
        self.applicableTurns = applicableTurns
        self.annotationId = annotationId
        self.turnOverall = turnOverall
        self.turnGraderOverall = turnGraderOverall
        self.sessionOverall = sessionOverall
        self.sessionTurns = sessionTurns
    }
}

/// The latest correction of one criterion on one turn.
@_spi(StoreEngine)
public struct EffectiveCorrection: Sendable {
    public var turnId: Int64
    public var correction: CriterionCorrection
    /// The dimension's score after it minus the grader's.
    public var delta: Double

    public init(turnId: Int64, correction: CriterionCorrection, delta: Double) {
        self.turnId = turnId
        self.correction = correction
        self.delta = delta
    }
}

/// The calibration arithmetic both engines share: what overrides and corrections do to
/// the averages, and how they are tallied per dimension and per criterion.
@_spi(StoreEngine)
public enum CalibrationArithmetic {
    /// The SQL columns an engine reads for `EffectiveOverride`, over annotations `a`,
    /// sessions `s` and turns `t`.
    public static let overrideColumns = """
        a.id AS annotation_id, a.session_id AS session_id, a.turn_id AS turn_id, a.dimension AS dimension,
        a.grader_score AS grader_score, a.score AS score, a.turn_overall AS turn_overall,
        t.overall AS turn_grader_overall, s.overall AS session_overall, s.turn_count AS session_turns,
        CASE a.dimension WHEN 'empathy' THEN s.empathy WHEN 'accuracy' THEN s.accuracy ELSE s.response_time END
          AS session_score,
        CASE a.dimension WHEN 'empathy' THEN s.empathy_turns WHEN 'accuracy' THEN s.accuracy_turns
          ELSE s.response_time_turns END AS applicable_turns
        """

    /// The averages as supervisors corrected them: each override moves its session's
    /// dimension score by delta / applicable turns, and the latest annotation of a turn
    /// that carries the turn's overall moves the session's overall by its change / the
    /// session's turns. Nil (and 0) without overrides; the overall nil when no override
    /// carries one.
    public static func calibratedAverages(_ totals: ScoreTotals, _ overrides: [EffectiveOverride]) -> (ScoreAverages?, Int) {
        guard !overrides.isEmpty else { return (nil, 0) }
        var adjusted = totals
        for override in overrides where override.sessionScore != nil && override.applicableTurns > 0 {
            adjusted.sums[ScoreTotals.index(override.dimension)] += override.delta / Double(override.applicableTurns)
        }
        var latestOverall: [Int64: EffectiveOverride] = [:]
        for override in overrides where override.turnOverall != nil && override.turnGraderOverall != nil {
            if (latestOverall[override.turnId]?.annotationId ?? .min) < override.annotationId {
                latestOverall[override.turnId] = override
            }
        }
        for override in latestOverall.values where override.sessionOverall != nil && override.sessionTurns > 0 {
            adjusted.sums[0] += (override.turnOverall! - override.turnGraderOverall!) / Double(override.sessionTurns)
        }
        var averages = adjusted.averages
        if latestOverall.isEmpty { averages.overall = nil }
        return (averages, overrides.count)
    }

    /// The report: per dimension from the overrides (a correction overrides its dimension
    /// too), per criterion from the supervisors' corrections of that criterion only, with
    /// how often it was corrected among the turns it was assessed on (`assessed`).
    public static func report(graded: Int, reviewed: Int, overrides: [EffectiveOverride],
                              corrections: [EffectiveCorrection], assessed: [String: Int]) -> CalibrationReport {
        var byDimension: [FrontlineModel.Dimension: [Double]] = [:]
        for override in overrides { byDimension[override.dimension, default: []].append(override.delta) }
        let dimensions = byDimension.keys.sorted().map { dimension in
            CalibrationRow(dimension: dimension, deltas: byDimension[dimension]!,
                           ofReviewedTurns: reviewed > 0 ? Double(byDimension[dimension]!.count) / Double(reviewed) : nil)
        }
        var byCriterion: [String: [EffectiveCorrection]] = [:]
        for correction in corrections { byCriterion[correction.correction.criterionId, default: []].append(correction) }
        let criteria = byCriterion.map { id, own in
            let first = own[0].correction
            var row = CalibrationRow(dimension: first.dimension, criterionId: id, name: first.name,
                                     outcome: nil, deltas: own.map(\.delta))
            row.toMet = own.filter { $0.correction.met }.count
            row.toMissed = own.count - row.toMet
            row.assessedTurns = max(assessed[id] ?? 0, own.count)
            row.ofAssessedTurns = Double(own.count) / Double(row.assessedTurns!)
            return row
        }.sorted {
            ($0.overrides, $0.ofAssessedTurns ?? 0, $1.criterionId ?? "") > ($1.overrides, $1.ofAssessedTurns ?? 0, $0.criterionId ?? "")
        }
        return CalibrationReport(gradedTurns: graded, reviewedTurns: reviewed,
                                 overriddenTurns: Set(overrides.map(\.turnId)).count, dimensions: dimensions,
                                 criteria: criteria)
    }
}

extension AnnotationRequest {
    /// The note and reason trimmed, after the checks every engine makes before writing.
    @_spi(StoreEngine)
    public func validated() throws(AnnotationError) -> (note: String?, reason: String?) {
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
    @_spi(StoreEngine)
    public func drafts(graderScores: [FrontlineModel.Dimension: Double]) throws(AnnotationError) -> [AnnotationDraft] {
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
@_spi(StoreEngine)
public struct AnnotationDraft: Sendable {
    public var note: String?
    public var override: ScoreOverride?
    public var correction: CriterionCorrection?
    public var turnOverall: Double?

    public init(note: String? = nil, override: ScoreOverride? = nil, correction: CriterionCorrection? = nil,
                turnOverall: Double? = nil) {
        self.note = note
        self.override = override
        self.correction = correction
        self.turnOverall = turnOverall
    }
}
