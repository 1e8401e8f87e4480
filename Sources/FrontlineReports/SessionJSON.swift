import Foundation
import FrontlineModel
import FrontlineReview

/// A session with its turns, findings and annotations as JSON: `frontline transcript
/// --format json` and each element of `frontline export --format json`.
public enum SessionJSON {
    struct Session: Encodable {
        var id: Int64
        var trainee: String
        var scenarioId: String
        var scenarioTitle: String
        var language: String
        var mode: String
        var contentFingerprint: String
        var status: String
        var startedAt: Date
        var lastActivityAt: Date
        var finishedAt: Date?
        var endingId: String?
        var outcome: String?
        var debrief: String?
        var overall: Double?
        var scores: ScoreAverages
        var turnCount: Int
        var turns: [Turn]
    }

    struct Turn: Encodable {
        /// From 1, as transcripts show it and `frontline annotate` takes it.
        var turn: Int
        var turnId: String
        var customerLine: String
        var reply: String
        var shownAt: Date
        var firstKeystrokeSeconds: Double?
        var sentSeconds: Double
        /// The grader's scores.
        var scores: ScoreAverages
        /// The latest supervisor override per dimension, where there is one.
        var supervisorScores: ScoreAverages?
        var gradeOverall: Double
        var overall: Double
        var criticalFailure: Bool
        var gradeMessage: String?
        var hintsUsed: Int
        var patienceBefore: Int
        var patienceAfter: Int
        var nudges: Int
        var next: String
        /// A first attempt answered again with `/retry`; the next turn is the new attempt.
        var retried: Bool
        /// The empathy facets' scores (warmth, listening, exploring, courtesy); absent before facets.
        var facets: [String: Double]?
        var findings: [Finding]
        var annotations: [Annotation]
    }

    struct Finding: Encodable {
        var position: Int
        var dimension: FrontlineModel.Dimension
        var criterionId: String
        var name: String
        var outcome: String
        var source: String
        var points: Double
        var possible: Double
        var isCritical: Bool
        var evidence: Evidence?
        var tip: String?
        var note: String?
    }

    struct Annotation: Encodable {
        var id: Int64
        var supervisor: String
        var createdAt: Date
        var note: String?
        var override: ScoreOverride?
    }

    static func scores(_ values: [FrontlineModel.Dimension: Double], overall: Double? = nil) -> ScoreAverages {
        ScoreAverages(overall: overall, empathy: values[.empathy], accuracy: values[.accuracy],
                      responseTime: values[.responseTime])
    }

    static func value(_ exported: ExportedSession) -> Session {
        let s = exported.session
        let byTurn = Dictionary(grouping: exported.annotations, by: \.turnIndex)
        let turns = exported.turns.map { t -> Turn in
            let annotations = byTurn[t.index] ?? []
            let overrides = annotations.effectiveOverrides
            return Turn(
                turn: t.index + 1, turnId: t.turnId, customerLine: t.customerLine, reply: t.reply, shownAt: t.shownAt,
                firstKeystrokeSeconds: t.firstKeystrokeSeconds, sentSeconds: t.sentSeconds, scores: scores(t.scores),
                supervisorScores: overrides.isEmpty ? nil : scores(overrides.mapValues(\.score)),
                gradeOverall: t.gradeOverall, overall: t.overall, criticalFailure: t.criticalFailure,
                gradeMessage: t.gradeMessage, hintsUsed: t.hintsUsed, patienceBefore: t.patienceBefore,
                patienceAfter: t.patienceAfter, nudges: t.nudges, next: t.next, retried: t.retried, facets: t.facets,
                findings: t.findings.map { f in
                    Finding(position: f.position, dimension: f.dimension, criterionId: f.criterionId, name: f.name,
                            outcome: f.outcome.rawValue, source: f.source.rawValue, points: f.points, possible: f.possible,
                            isCritical: f.isCritical, evidence: f.evidence, tip: f.tip, note: f.note)
                },
                annotations: annotations.map { a in
                    Annotation(id: a.id, supervisor: a.supervisor, createdAt: a.createdAt, note: a.note, override: a.override)
                })
        }
        return Session(
            id: s.id, trainee: s.trainee, scenarioId: s.scenarioId, scenarioTitle: s.scenarioTitle, language: s.language,
            mode: s.mode, contentFingerprint: s.contentFingerprint, status: s.status.rawValue, startedAt: s.startedAt,
            lastActivityAt: s.lastActivityAt, finishedAt: s.finishedAt, endingId: s.endingId, outcome: s.sessionOutcome?.rawValue,
            debrief: s.debrief, overall: s.overall, scores: scores(s.scores), turnCount: s.turnCount, turns: turns)
    }

    /// One session as a pretty-printed JSON object.
    public static func render(_ exported: ExportedSession) throws -> String {
        String(decoding: try ReviewData.encoder().encode(value(exported)), as: UTF8.self)
    }

    /// One session on one line (for streaming exports).
    public static func compact(_ exported: ExportedSession) throws -> String {
        let encoder = ReviewData.encoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value(exported)), as: UTF8.self)
    }
}
