import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

/// One session as JSON (`transcript --format json`, each element of `export --format json`):
/// snake_case keys, dates in UTC with milliseconds, turns numbered from 1, the grader's
/// scores kept beside the latest supervisor override per dimension, optional values left
/// out, text as written; pretty for a transcript, one line for a stream.
@Suite struct SessionJSONTests {
    typealias S = ReviewSamples

    static func object(_ exported: ExportedSession = S.exported) throws -> [String: Any] {
        let text = try SessionJSON.render(exported)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func turns(_ object: [String: Any]) throws -> [[String: Any]] {
        try #require(object["turns"] as? [[String: Any]])
    }

    // MARK: The session

    @Test func theSessionsFieldsInSnakeCase() throws {
        let session = try Self.object()
        #expect(session["id"] as? Int == 7)
        #expect(session["trainee"] as? String == S.comma)
        #expect(session["scenario_id"] as? String == "refund-request")
        #expect(session["scenario_title"] as? String == "A blender that arrived cracked")
        #expect(session["language"] as? String == "en")
        #expect(session["mode"] as? String == "coach")
        #expect(session["content_fingerprint"] as? String == "0123456789abcdef0123")
        #expect(session["status"] as? String == "completed")
        #expect(session["started_at"] as? String == "2026-01-05T10:00:00.000Z")
        #expect(session["last_activity_at"] as? String == "2026-01-05T10:05:00.000Z")
        #expect(session["finished_at"] as? String == "2026-01-05T10:05:00.000Z")
        #expect(session["ending_id"] as? String == "resolved")
        #expect(session["outcome"] as? String == "resolved")
        #expect(session["debrief"] as? String == "Well handled.")
        #expect(session["overall"] as? Double == 72.5)
        #expect(session["scores"] as? [String: Double] == ["empathy": 60, "accuracy": 85], "no response time: left out")
        #expect(session["turn_count"] as? Int == 2)
        #expect(session["pid"] == nil && session["hostname"] == nil, "where it was played is not exported")
    }

    @Test func aSessionInProgressHasNoEndingOutcomeOrFinish() throws {
        var exported = S.exported
        exported.session.status = .inProgress
        exported.session.finishedAt = nil
        exported.session.endingId = nil
        exported.session.outcome = nil
        exported.session.debrief = nil
        exported.session.overall = nil
        let session = try Self.object(exported)
        #expect(session["status"] as? String == "in_progress")
        for key in ["finished_at", "ending_id", "outcome", "debrief", "overall"] {
            #expect(session[key] == nil, "\(key) is left out, not null")
        }
    }

    @Test func aSessionLeftWithoutAnEndingWasAbandoned() throws {
        var exported = S.exported
        exported.session.status = .interrupted
        exported.session.outcome = nil
        exported.session.endingId = nil
        #expect(try Self.object(exported)["outcome"] as? String == "abandoned")
    }

    // MARK: Turns

    @Test func turnsAreNumberedFromOneWithTheirTimingsAndPatience() throws {
        let turns = try Self.turns(try Self.object())
        #expect(turns.map { $0["turn"] as? Int } == [1, 2])
        #expect(turns.map { $0["turn_id"] as? String } == ["opening", "order-found"])
        let first = turns[0]
        #expect(first["customer_line"] as? String == "My blender arrived cracked, \"again\".")
        #expect(first["reply"] as? String == "Sorry about that, calm down.\nWhat is your order number?")
        #expect(first["shown_at"] as? String == "2026-01-05T10:00:05.000Z")
        #expect(first["first_keystroke_seconds"] as? Double == 2.5)
        #expect(first["sent_seconds"] as? Double == 12.25)
        #expect(first["grade_overall"] as? Double == 82 && first["overall"] as? Double == 72)
        #expect(first["critical_failure"] as? Bool == true)
        #expect(first["hints_used"] as? Int == 1 && first["nudges"] as? Int == 1)
        #expect(first["patience_before"] as? Int == 60 && first["patience_after"] as? Int == 50)
        #expect(first["next"] as? String == "order-found")
        #expect(first["retried"] as? Bool == false)
        #expect(first["grade_message"] == nil && first["facets"] == nil)
        let second = turns[1]
        #expect(second["first_keystroke_seconds"] == nil, "never typed: left out")
        #expect(second["grade_message"] as? String == "no scenario facts for this turn")
        #expect(second["reply"] as? String == "متأسفم، Jānis — full refund.")
    }

    @Test func theGradersScoresAreKeptBesideTheSupervisors() throws {
        let turns = try Self.turns(try Self.object())
        #expect(turns[0]["scores"] as? [String: Double] == ["empathy": 60, "accuracy": 100, "response_time": 100])
        #expect(turns[0]["supervisor_scores"] as? [String: Double] == ["empathy": 40])
        #expect(turns[1]["supervisor_scores"] == nil, "a note alone overrides nothing")
    }

    @Test func theLatestOverridePerDimensionWins() throws {
        var exported = S.exported
        exported.annotations += [
            Annotation(id: 5, sessionId: 7, turnId: 10, turnIndex: 0, supervisor: "Lee", createdAt: S.start.addingTimeInterval(100_000),
                       note: nil, override: ScoreOverride(dimension: .empathy, graderScore: 60, score: 55, reason: "Second look.")),
            Annotation(id: 3, sessionId: 7, turnId: 10, turnIndex: 0, supervisor: "Lee", createdAt: S.start.addingTimeInterval(95_000),
                       note: nil, override: ScoreOverride(dimension: .accuracy, graderScore: 100, score: 90, reason: "Vague.")),
        ]
        let turns = try Self.turns(try Self.object(exported))
        #expect(turns[0]["supervisor_scores"] as? [String: Double] == ["empathy": 55, "accuracy": 90])
        // Every annotation is still listed, in the order stored.
        let annotations = try #require(turns[0]["annotations"] as? [[String: Any]])
        #expect(annotations.map { $0["id"] as? Int } == [1, 5, 3])
    }

    @Test func findingsAndAnnotationsAreTheTurns() throws {
        let turns = try Self.turns(try Self.object())
        let findings = try #require(turns[0]["findings"] as? [[String: Any]])
        #expect(findings.map { $0["criterion_id"] as? String } == ["sincere-apology", "greeting", "dismissive", "ask-order", "on-time"])
        let dismissive = findings[2]
        #expect(dismissive["position"] as? Int == 2)
        #expect(dismissive["dimension"] as? String == "empathy")
        #expect(dismissive["name"] as? String == "Dismissive language")
        #expect(dismissive["outcome"] as? String == "triggered")
        #expect(dismissive["source"] as? String == "rubric")
        #expect(dismissive["points"] as? Double == -10 && dismissive["possible"] as? Double == 0)
        #expect(dismissive["is_critical"] as? Bool == true)
        let evidence = try #require(dismissive["evidence"] as? [String: Any])
        #expect(evidence["start"] as? Int == 12 && evidence["end"] as? Int == 20 && evidence["text"] as? String == "calm down")
        #expect(evidence.count == 3)
        #expect(dismissive["note"] as? String == "said once")
        #expect(findings[3]["source"] as? String == "expectation" && findings[3]["tip"] == nil)
        #expect(findings[4]["dimension"] as? String == "response_time" && findings[4]["outcome"] as? String == "measured")
        #expect(findings[1]["evidence"] == nil)

        let annotation = try #require((turns[0]["annotations"] as? [[String: Any]])?.first)
        #expect(annotation["supervisor"] as? String == "O'Brien, Pat")
        #expect(annotation["created_at"] as? String == "2026-01-06T10:00:00.000Z")
        #expect(annotation["note"] == nil)
        let override = try #require(annotation["override"] as? [String: Any])
        #expect(override["dimension"] as? String == "empathy")
        #expect(override["grader_score"] as? Double == 60 && override["score"] as? Double == 40)
        #expect(override["reason"] as? String == "Told the customer to \"calm down\".")
        #expect(override.count == 4)
        let note = try #require((turns[1]["annotations"] as? [[String: Any]])?.first)
        #expect(note["note"] as? String == "لحن مناسب بود،\nولی کوتاه." && note["override"] == nil)
    }

    @Test func facetsAreWrittenWhenTheTurnHasThem() throws {
        var exported = S.exported
        exported.turns[0].facets = ["warmth": 50, "courtesy": 80]
        let turns = try Self.turns(try Self.object(exported))
        #expect(turns[0]["facets"] as? [String: Double] == ["warmth": 50, "courtesy": 80])
        #expect(turns[1]["facets"] == nil)
    }

    // MARK: The text

    @Test func renderIsPrettyWithSortedKeysAndTextAsWritten() throws {
        let text = try SessionJSON.render(S.exported)
        #expect(text.hasPrefix("{\n  \"content_fingerprint\" : \"0123456789abcdef0123\",\n  \"debrief\" : \"Well handled.\",\n"))
        #expect(text.contains("\"reply\" : \"متأسفم، Jānis — full refund.\""), "not escaped to \\u")
        #expect(!text.contains("\\/"))
    }

    @Test func compactIsOneLineWithTheSameContent() throws {
        let line = try SessionJSON.compact(S.exported)
        #expect(!line.contains("\n"))
        #expect(line.hasPrefix("{\"content_fingerprint\":\"0123456789abcdef0123\",\"debrief\":\"Well handled.\","))
        let compact = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? NSDictionary)
        let pretty = try #require(try JSONSerialization.jsonObject(with: Data(try SessionJSON.render(S.exported).utf8)) as? NSDictionary)
        #expect(compact == pretty)
    }

    @Test func aScoreThatIsNotANumberIsWrittenNotThrown() throws {
        var exported = S.exported
        exported.session.overall = .nan
        exported.turns[0].sentSeconds = .infinity
        let session = try Self.object(exported)
        #expect(session["overall"] as? String == "nan")
        #expect(try Self.turns(session)[0]["sent_seconds"] as? String == "inf")
    }
}
