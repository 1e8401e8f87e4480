import Testing
import FrontlineGrader
@testable import FrontlineEngine
@testable import FrontlineModel

/// One clock: the customer nudges by the same rule that ends full marks on response time,
/// the nudges vary, and the ending says why it came.
@Suite struct ConversationClockTests {
    func conversation(_ id: String, clock: ManualClock, language: String = "en") -> Conversation {
        Conversation(scenario: TestCatalog.scenario(id), grader: TestCatalog.grader(language), clock: clock, seed: 0)
    }

    @Test func aReplyAfterANudgeCannotScoreFullResponseTime() throws {
        let clock = ManualClock()
        var conversation = conversation("refund-request", clock: clock)
        _ = conversation.start()
        clock.advance(by: 60)
        #expect(conversation.tick().first == .nudged(line: "Hello? Are you still there?", nudge: 1))
        clock.advance(by: 35)
        // Long enough that the length allowance alone would stretch the target past 95 s.
        let reply = "I'm so sorry the blender arrived cracked, Dana, that is a horrible thing to find when you open a box you were looking forward to. Could you share your order number with me so I can look into it right away and sort it out for you today?"
        guard case .graded(let record, _)? = conversation.reply(reply).first else { Issue.record("not graded"); return }
        #expect(record.timings.nudged == 60)
        let time = try #require(record.grade.findings.first { $0.dimension == .responseTime })
        #expect(time.points < time.possible)
        #expect(time.note?.contains("the customer nudged after 60 s") == true)
        #expect(try #require(record.grade.scores[.responseTime]) < 100)
    }

    @Test func withoutANudgeTheSameDelayStillScoresFull() throws {
        let clock = ManualClock()
        var conversation = conversation("refund-request", clock: clock)
        _ = conversation.start()
        clock.advance(by: 35)
        let reply = "I'm so sorry the blender arrived cracked, Dana, that is a horrible thing to find when you open a box you were looking forward to. Could you share your order number with me so I can look into it right away and sort it out for you today?"
        guard case .graded(let record, _)? = conversation.reply(reply).first else { Issue.record("not graded"); return }
        #expect(record.timings.nudged == nil)
        #expect(record.grade.scores[.responseTime] == 100)
    }

    @Test func theNudgeComesAtTheGradersFactorTimesTheTarget() {
        let clock = ManualClock()
        var conversation = conversation("refund-request", clock: clock)
        _ = conversation.start()
        let turn = conversation.currentTurn!
        #expect(conversation.nudgeInterval(turn) == Grader.nudgeFactor * conversation.responseTarget(turn))
    }

    @Test func nudgesVaryAndTheCustomerLeavesAfterThem() {
        let clock = ManualClock()
        var conversation = conversation("refund-request", clock: clock)
        _ = conversation.start()
        var lines: [String] = []
        var events: [ConversationEvent] = []
        while !conversation.isOver {
            clock.advance(by: conversation.secondsUntilNudge ?? 0)
            events = conversation.tick()
            for case .nudged(let line, _) in events { lines.append(line) }
        }
        #expect(lines.count == 3)
        #expect(Set(lines).count == 3, "three different sentences")
        #expect(conversation.endReason == .silence(nudges: 3))
    }

    @Test func aPersianCustomerNudgesInPersian() {
        let clock = ManualClock()
        var conversation = conversation("late-delivery-fa", clock: clock, language: "fa")
        _ = conversation.start()
        clock.advance(by: conversation.secondsUntilNudge ?? 0)
        guard case .nudged(let line, _)? = conversation.tick().first else { Issue.record("no nudge"); return }
        #expect(line == SilencePolicy.defaultNudges(language: "fa")[0])
    }

    @Test func theReasonIsKeptForEveryEnding() {
        let clock = ManualClock()
        var ended = conversation("refund-request", clock: clock)
        _ = ended.start()
        _ = ended.reply("Sorry about that, Dana. What's your order number?")
        _ = ended.reply("Thank you. You don't need to send it back; a photo is enough. You'll get a full refund within 5-7 business days.")
        #expect(ended.endReason == .ending)
        var left = conversation("refund-request", clock: clock)
        _ = left.start()
        _ = left.abandon()
        #expect(left.endReason == .trainee(.abandoned))
    }
}
