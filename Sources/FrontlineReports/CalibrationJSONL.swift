import Foundation
import FrontlineModel
import FrontlineReview

/// `frontline export --format jsonl --calibration`: every turn a supervisor corrected, as a
/// line of the grader's paraphrase test format (`customer`, `reply`, `scenario`, `turn`,
/// `met`, `missed`), so a team's corrections become test cases for the grader.
///
/// `met` lists what the reply does (an expectation stated, a forbidden claim made, a
/// criterion the supervisor says was met), `missed` what it does not; the scenario's
/// expectations as graded, with each supervisor's latest correction in place of the
/// grader's judgement, and every corrected rubric criterion.
public enum CalibrationJSONL {
    public static func lines(_ exported: ExportedSession) throws -> String {
        var text = ""
        for turn in exported.turns {
            let own = exported.annotations.filter { $0.turnId == turn.id }
            let corrections = own.effectiveCorrections
            guard !corrections.isEmpty else { continue }
            let (met, missed) = judged(turn.findings.map(\.finding), corrections: corrections)
            let object: [String: Any] = [
                "id": "session-\(exported.session.id)/turn-\(turn.index + 1)",
                "scenario": exported.session.scenarioId,
                "turn": turn.turnId,
                "customer": turn.customerLine,
                "reply": turn.reply,
                "met": met,
                "missed": missed,
                "corrected": corrections.keys.sorted(),
                "trainee": exported.session.trainee,
                "language": exported.session.language,
                "kind": "supervisor",
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            text += String(decoding: data, as: UTF8.self) + "\n"
        }
        return text
    }

    /// The expectation and corrected criterion ids the reply meets and misses, in the
    /// grader's order (corrections of criteria without a finding last).
    static func judged(_ findings: [Finding], corrections: [String: CriterionCorrection]) -> (met: [String], missed: [String]) {
        var order: [String] = []
        var says: [String: Bool] = [:]
        for finding in findings where finding.outcome != .measured && !finding.criterionId.hasSuffix(Finding.wrongValueSuffix) {
            guard finding.source == .expectation || corrections[finding.criterionId] != nil else { continue }
            if says[finding.criterionId] == nil { order.append(finding.criterionId) }
            says[finding.criterionId] = (says[finding.criterionId] ?? false) || finding.outcome == .met || finding.outcome == .triggered
        }
        for id in corrections.keys.sorted() where says[id] == nil { order.append(id) }
        for (id, correction) in corrections { says[id] = correction.met }
        return (order.filter { says[$0] == true }, order.filter { says[$0] == false })
    }
}
