import Foundation
import Testing
import FrontlineGrader
@testable import FrontlineEngine
@testable import FrontlineModel

/// One turn-grading path: a reply played, regraded from what the store keeps, or graded
/// on its own gets the same grade, hints charged by one rule.
@Suite struct TurnGradingTests {
    static let scenario = TestCatalog.scenario("refund-request")

    /// A session played through the engine with a nudge, a hint and a retry.
    static func played() -> Conversation {
        let clock = ManualClock()
        var conversation = Conversation(scenario: scenario, grader: TestCatalog.grader(), clock: clock, seed: 0)
        _ = conversation.start()
        // Silent past the nudge (the tick comes exactly on time, as the stored turn assumes), then a hint.
        clock.advance(by: conversation.secondsUntilNudge ?? 0)
        _ = conversation.tick()
        clock.advance(by: 7)
        _ = conversation.hint()
        _ = conversation.reply("I'm so sorry the blender arrived cracked, Dana. Could you share your order number so I can sort it out?")
        conversation.markShown()
        clock.advance(by: 9)
        conversation.keystroke()
        clock.advance(by: 4)
        _ = conversation.reply("No problem, I'll refund you right now.")
        _ = conversation.retry()
        conversation.markShown()
        clock.advance(by: 21)
        _ = conversation.reply("Thank you. You don't need to send it back; a photo is enough. You'll get a full refund within 5-7 business days.")
        return conversation
    }

    /// The session as the store keeps it: every attempt by index, the first nudge's time dropped.
    static func stored(_ conversation: Conversation) -> [(TurnRecord, TurnGrading.StoredReply)] {
        let retried = Set(conversation.retried.map(\.index))
        return (conversation.records + conversation.retried).sorted { $0.index < $1.index }.map { record in
            (record, TurnGrading.StoredReply(
                turnId: record.turnId, customerLine: record.customerLine, text: record.reply,
                timings: Timings(firstKeystroke: record.timings.firstKeystroke, sent: record.timings.sent),
                nudges: record.nudges, hintsUsed: record.hintsUsed, retried: retried.contains(record.index)))
        }
    }

    @Test func aRegradeOfAPlayedSessionGivesThePlayedGrades() {
        let conversation = Self.played()
        let stored = Self.stored(conversation)
        #expect(stored.count == 3, "two replies and one retried attempt")
        #expect(stored.contains { $0.1.nudges > 0 } && stored.contains { $0.1.hintsUsed > 0 } && stored.contains { $0.1.retried })
        let regraded = TurnGrading(grader: TestCatalog.grader(), scenario: Self.scenario).replay(stored.map(\.1))
        for ((record, _), result) in zip(stored, regraded) {
            #expect(result.grade == record.grade, "turn \(record.index)")
            #expect(result.overall == record.overall, "turn \(record.index)")
        }
    }

    @Test func aChangedReplyIsSeenByTheComparison() {
        var stored = Self.stored(Self.played()).map(\.1)
        stored[0].text = "ok"
        let regraded = TurnGrading(grader: TestCatalog.grader(), scenario: Self.scenario).replay(stored)
        #expect(regraded[0].grade != Self.played().records[0].grade)
    }

    @Test func hintsAreChargedOnceByOneRule() {
        #expect(TurnGrading.overall(80, hints: 0) == 80)
        #expect(TurnGrading.overall(80, hints: 2) == 80 - 2 * TurnGrading.hintCost)
        #expect(TurnGrading.overall(5, hints: 1) == 0)
        #expect(Conversation.hintCost == TurnGrading.hintCost)
    }

    @Test func aReplyInAScenarioIsGradedWithItsTurnsPhaseAndExpectations() throws {
        let grader = TestCatalog.grader()
        let turn = try #require(Self.scenario.turn(Self.scenario.startTurn))
        let reply = "Sorry about that, Dana. What's your order number?"
        var context = GradingContext(customerMessage: turn.customer[0], customerName: Self.scenario.customer.name,
                                     channel: Self.scenario.channel, expectations: turn.expectations,
                                     responseTimeTarget: turn.responseTime, timings: Timings(sent: 12))
        context.phase = Self.scenario.phase(of: turn)
        let result = TurnGrading(grader: grader, scenario: Self.scenario)
            .grade(TurnGrading.Reply(reply, customerLine: turn.customer[0], turn: turn, timings: Timings(sent: 12), hintsUsed: 1))
        #expect(result.grade == grader.grade(reply, context: context))
        #expect(result.grade.metExpectations.contains("ask-order"))
        #expect(result.overall == TurnGrading.overall(result.grade.overall, hints: 1))
    }

    @Test func aReplyOutsideAScenarioHasNoPhase() {
        let grader = TestCatalog.grader()
        let reply = "I'm sorry, that sounds frustrating."
        let result = TurnGrading(grader: grader, customerName: "Ana Lind", channel: .email)
            .grade(TurnGrading.Reply(reply, customerLine: "My invoice is wrong!"))
        let context = GradingContext(customerMessage: "My invoice is wrong!", customerName: "Ana Lind", channel: .email)
        #expect(result.grade == grader.grade(reply, context: context))
        #expect(result.grade.scores[.responseTime] == nil, "no timings: response time is not graded")
    }

    @Test func theNudgeIntervalIsTheScenariosOrTheFactorTimesTheTarget() throws {
        let grading = TurnGrading(grader: TestCatalog.grader(), scenario: Self.scenario)
        let expected = Self.scenario.silence.nudgeAfter ?? Grader.nudgeFactor * grading.responseTarget(nil)
        #expect(grading.nudgeInterval(nil) == expected)
        #expect(grading.responseTarget(42) == 42)
    }
}
