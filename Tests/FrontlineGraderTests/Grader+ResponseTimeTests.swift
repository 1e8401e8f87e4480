import Testing
import FrontlineGrader
import FrontlineModel

@Suite struct GraderResponseTimeTests {
    let grader = ShippedContent.english

    func time(_ reply: String, _ seconds: Double, _ channel: Channel = .chat, target: Double? = nil) -> Finding? {
        grader.grade(reply, context: GradingContext(channel: channel, responseTimeTarget: target, timings: Timings(sent: seconds)))
            .findings.first { $0.dimension == .responseTime }
    }

    @Test func longerRepliesGetMoreTime() throws {
        let rubric = try #require(grader.rubric(.responseTime))
        let chat = try #require(rubric.targets[.chat])
        let short = "ok"
        let long = String(repeating: "We have checked the order history carefully. ", count: 4)
        // Same delay: just past the short reply's target, within the long one's.
        let delay = chat + rubric.allowancePerCharacter * Double(short.count) + 5
        #expect(try #require(time(short, delay)).points < 100)
        #expect(try #require(time(long, delay)).points == 100)
        #expect(try #require(time(long, delay)).note?.contains("characters") == true)
    }

    @Test func fallsLinearlyToZero() throws {
        let rubric = try #require(grader.rubric(.responseTime))
        let target = 10 + rubric.allowancePerCharacter * 2
        let full = try #require(time("ok", target, target: 10))
        #expect(full.points == 100 && full.tip == nil)
        let half = try #require(time("ok", 2 * target, target: 10))
        #expect(abs(half.points - 50) < 0.11)
        let none = try #require(time("ok", 3 * target + 1, target: 10))
        #expect(none.points == 0 && none.tip != nil)
    }

    @Test func withoutTimingsThereIsNoScore() {
        #expect(grader.grade("ok", context: GradingContext()).scores[.responseTime] == nil)
    }
}

/// The clock's one rule on the grader's side: full marks end at the customer's first nudge.
@Suite struct GraderNudgeRuleTests {
    let grader = ShippedContent.english

    func time(_ reply: String, sent: Double, nudged: Double?) -> Finding? {
        grader.grade(reply, context: GradingContext(channel: .chat, timings: Timings(sent: sent, nudged: nudged)))
            .findings.first { $0.dimension == .responseTime }
    }

    @Test func aReplyAfterTheNudgeLosesFullMarksWhateverItsLength() throws {
        let long = String(repeating: "We have checked the order history carefully. ", count: 7)
        let free = try #require(time(long, sent: 95, nudged: nil))
        #expect(free.points == 100, "the length allowance alone would give full marks")
        let nudged = try #require(time(long, sent: 95, nudged: 60))
        #expect(nudged.points < 100)
        #expect(nudged.points > 50, "it falls linearly from the nudge, not to zero")
        #expect(try #require(time(long, sent: 60.5, nudged: 60)).points < 100, "just after the nudge is already below full")
    }

    @Test func aReplyBeforeTheNudgeIsNotAffected() throws {
        #expect(try #require(time("ok", sent: 10, nudged: 60)).points == 100)
    }
}
