import Foundation
import FrontlineModel
import FrontlineReview

/// `frontline export --format csv`: every session, turn, finding and annotation. With
/// `.all`, one file where each row says which `record` it is and child rows repeat the
/// session's key columns (filter a spreadsheet on `record`); otherwise one table.
public struct ExportCSV: Sendable {
    public enum Table: String, Sendable, CaseIterable {
        case all, sessions, turns, findings, annotations
    }

    public var table: Table

    public init(table: Table = .all) { self.table = table }

    static let keys = ["session_id", "trainee", "scenario_id"]
    static let sessionColumns = [
        "scenario_title", "language", "mode", "content_fingerprint", "status", "started_at", "last_activity_at",
        "finished_at", "ending_id", "outcome", "debrief", "session_overall", "session_empathy", "session_accuracy",
        "session_response_time", "turn_count",
    ]
    static let turnColumns = [
        "scenario_turn_id", "customer_line", "reply", "shown_at", "first_keystroke_seconds", "sent_seconds", "empathy",
        "accuracy", "response_time", "grade_overall", "overall", "critical_failure", "grade_message", "hints_used",
        "patience_before", "patience_after", "nudges", "next",
    ]
    static let findingColumns = [
        "finding_position", "finding_dimension", "criterion_id", "criterion_name", "finding_outcome", "source", "points",
        "possible", "is_critical", "evidence_start", "evidence_end", "evidence_text", "tip", "finding_note",
    ]
    static let annotationColumns = [
        "annotation_id", "supervisor", "annotated_at", "annotation_note", "override_dimension", "grader_score",
        "supervisor_score", "reason",
    ]

    public var columns: [String] {
        switch table {
        case .all: ["record"] + Self.keys + Self.sessionColumns + ["turn"] + Self.turnColumns + Self.findingColumns
            + Self.annotationColumns
        case .sessions: Self.keys + Self.sessionColumns
        case .turns: Self.keys + ["turn"] + Self.turnColumns
        case .findings: Self.keys + ["turn"] + Self.findingColumns
        case .annotations: Self.keys + ["turn"] + Self.annotationColumns
        }
    }

    /// The header line (CRLF-terminated).
    public var header: String { line(columns) }

    /// The rows of one session, CRLF-terminated.
    public func rows(_ exported: ExportedSession) -> String {
        var text = ""
        let s = exported.session
        let key = ["session_id": String(s.id), "trainee": s.trainee, "scenario_id": s.scenarioId]
        func emit(_ record: String, _ fields: [String: String]) {
            let merged = fields.merging(key) { a, _ in a }.merging(["record": record]) { a, _ in a }
            text += line(columns.map { merged[$0] ?? "" })
        }
        if table == .all || table == .sessions {
            emit("session", [
                "scenario_title": s.scenarioTitle, "language": s.language, "mode": s.mode,
                "content_fingerprint": s.contentFingerprint, "status": s.status.rawValue,
                "started_at": ReviewFormat.iso(s.startedAt), "last_activity_at": ReviewFormat.iso(s.lastActivityAt),
                "finished_at": ReviewFormat.iso(s.finishedAt), "ending_id": s.endingId ?? "",
                "outcome": s.sessionOutcome?.rawValue ?? "", "debrief": s.debrief ?? "",
                "session_overall": ReviewFormat.csv(s.overall), "session_empathy": ReviewFormat.csv(s.scores[.empathy]),
                "session_accuracy": ReviewFormat.csv(s.scores[.accuracy]),
                "session_response_time": ReviewFormat.csv(s.scores[.responseTime]), "turn_count": String(s.turnCount),
            ])
        }
        let byTurn = Dictionary(grouping: exported.annotations, by: \.turnIndex)
        for t in exported.turns {
            let number = String(t.index + 1)
            if table == .all || table == .turns {
                emit("turn", [
                    "turn": number, "scenario_turn_id": t.turnId, "customer_line": t.customerLine, "reply": t.reply,
                    "shown_at": ReviewFormat.iso(t.shownAt), "first_keystroke_seconds": ReviewFormat.csv(t.firstKeystrokeSeconds),
                    "sent_seconds": ReviewFormat.csv(t.sentSeconds), "empathy": ReviewFormat.csv(t.scores[.empathy]),
                    "accuracy": ReviewFormat.csv(t.scores[.accuracy]), "response_time": ReviewFormat.csv(t.scores[.responseTime]),
                    "grade_overall": ReviewFormat.csv(t.gradeOverall), "overall": ReviewFormat.csv(t.overall),
                    "critical_failure": t.criticalFailure ? "true" : "false", "grade_message": t.gradeMessage ?? "",
                    "hints_used": String(t.hintsUsed), "patience_before": String(t.patienceBefore),
                    "patience_after": String(t.patienceAfter), "nudges": String(t.nudges), "next": t.next,
                ])
            }
            if table == .all || table == .findings {
                for f in t.findings {
                    emit("finding", [
                        "turn": number, "finding_position": String(f.position), "finding_dimension": f.dimension.rawValue,
                        "criterion_id": f.criterionId, "criterion_name": f.name, "finding_outcome": f.outcome.rawValue,
                        "source": f.source.rawValue, "points": ReviewFormat.csv(f.points),
                        "possible": ReviewFormat.csv(f.possible), "is_critical": f.isCritical ? "true" : "false",
                        "evidence_start": f.evidence.map { String($0.start) } ?? "",
                        "evidence_end": f.evidence.map { String($0.end) } ?? "", "evidence_text": f.evidence?.text ?? "",
                        "tip": f.tip ?? "", "finding_note": f.note ?? "",
                    ])
                }
            }
            if table == .all || table == .annotations {
                for a in byTurn[t.index] ?? [] {
                    emit("annotation", [
                        "turn": number, "annotation_id": String(a.id), "supervisor": a.supervisor,
                        "annotated_at": ReviewFormat.iso(a.createdAt), "annotation_note": a.note ?? "",
                        "override_dimension": a.override?.dimension.rawValue ?? "",
                        "grader_score": ReviewFormat.csv(a.override?.graderScore),
                        "supervisor_score": ReviewFormat.csv(a.override?.score), "reason": a.override?.reason ?? "",
                    ])
                }
            }
        }
        return text
    }

    /// Fields escaped by `CSVWriter`, CRLF at the end.
    func line(_ fields: [String]) -> String {
        fields.map(CSVWriter.escape).joined(separator: ",") + "\r\n"
    }
}

/// `frontline export --format json`: one object, its sessions written one at a time.
public enum ExportJSON {
    public static func opening(scope: ReviewScope, exportedAt: Date = Date()) throws -> String {
        let scopeJSON = String(decoding: try {
            let encoder = ReviewData.encoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return try encoder.encode(scope)
        }(), as: UTF8.self)
        return "{\"format\":\"frontline-export\",\"version\":1,\"exported_at\":\"\(ReviewFormat.iso(exportedAt))\","
            + "\"scope\":\(scopeJSON),\"sessions\":[\n"
    }

    public static func session(_ exported: ExportedSession, first: Bool) throws -> String {
        (first ? "" : ",\n") + (try SessionJSON.compact(exported))
    }

    public static let closing = "\n]}\n"
}
