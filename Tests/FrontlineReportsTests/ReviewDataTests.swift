import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

@Suite struct ReviewDataTests {
    typealias S = ReviewSamples

    @Test func jsonHasTheWholeReviewAndTheScope() throws {
        let text = try ReviewData.json(S.team, scope: ReviewScope(trainee: nil, since: "7d", scenarios: ["a", "b"]),
                                       generatedAt: S.monday)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["generated_at"] as? String == "2026-01-05T00:00:00.000Z")
        let scope = try #require(object["scope"] as? [String: Any])
        #expect(scope["since"] as? String == "7d" && scope["scenarios"] as? [String] == ["a", "b"])
        let review = try #require(object["review"] as? [String: Any])
        #expect((review["sessions"] as? [String: Any])?["total"] as? Int == 12)
        #expect((review["averages"] as? [String: Any])?["overall"] as? Double == 71.4)
        #expect((review["calibrated"] as? [String: Any])?["empathy"] as? Double == 62)
        let trainees = try #require(review["trainees"] as? [[String: Any]])
        #expect(trainees.map { $0["trainee"] as? String } == [S.comma, S.quotes, S.persian, S.latvian, S.newline])
        #expect((trainees[2]["stuck"] as? [String: Any])?["reason"] as? String == "below_pass_mark")
        let trend = try #require(review["trend"] as? [[String: Any]])
        #expect(trend.count == 4 && trend[0]["week_start"] as? String == "2026-01-05T00:00:00.000Z")
        #expect((review["misses"] as? [[String: Any]])?.first?["criterion_id"] as? String == "acknowledge-feelings")
        #expect(text.contains(S.persian), "Persian is written as it is, not escaped")
    }

    @Test func csvIsOneValidRowPerTrainee() {
        let text = ReviewData.csv(S.team)
        #expect(text.hasPrefix("trainee,sessions,completed,abandoned,interrupted,in_progress,turns,overall,empathy,accuracy,response_time,best,last_activity,stuck,stuck_reason,recent_scores,weekly_trend,resolved,escalated,hung_up,security_failure,unresolved,abandoned\r\n"))
        let rows = S.parseCSV(text)
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.count == 23 })
        #expect(rows.dropFirst().map { $0[0] } == [S.comma, S.quotes, S.persian, S.latvian, S.newline])
        #expect(rows[3][13] == "yes" && rows[3][14] == "below_pass_mark" && rows[3][15] == "62 58 65")
        #expect(rows[1][7] == "80" && rows[1][10] == "" && rows[1][12] == "2026-01-08T14:30:00.000Z")
        #expect(rows[1][16] == "60  70", "an empty week is an empty slot")
    }

    @Test func calibrationCSV() {
        let report = CalibrationReport(
            gradedTurns: 10, reviewedTurns: 4, overriddenTurns: 2,
            dimensions: [CalibrationRow(dimension: .empathy, deltas: [-20, 10], ofReviewedTurns: 0.5)],
            criteria: [CalibrationRow(dimension: .empathy, criterionId: "greeting", name: "Greet, \"warmly\"", outcome: .missed,
                                      deltas: [-20])])
        let rows = S.parseCSV(ReviewData.csv(report))
        #expect(rows.count == 3)
        #expect(rows[1] == ["dimension", "empathy", "", "", "", "2", "1", "1", "-5", "15", "-20", "0.5", "0", "0", "", ""])
        #expect(rows[2][0] == "criterion" && rows[2][3] == "Greet, \"warmly\"" && rows[2][4] == "missed")
    }
}
