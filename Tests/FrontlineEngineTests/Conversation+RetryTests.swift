import Testing
@testable import FrontlineEngine
@testable import FrontlineModel

/// `/retry`: the conversation rewinds to the customer's last line exactly as it was before
/// the reply, keeps the first attempt, and goes on from the new answer.
@Suite struct ConversationRetryTests {
    func refund(clock: ManualClock = ManualClock()) -> Conversation {
        Conversation(scenario: TestCatalog.scenario("refund-request"), grader: TestCatalog.grader(), clock: clock, seed: 0)
    }

    @Test func retryRewindsToTheCustomersLastLineAndTheNewAnswerDecides() {
        let clock = ManualClock()
        var conversation = refund(clock: clock)
        _ = conversation.start()
        let opening = conversation.currentLine
        _ = conversation.reply("Sorry about that, Dana. What's your order number?")
        #expect(conversation.currentTurn?.id == "order-found")
        let patienceAfterGood = conversation.patience

        // A bad second reply, taken back.
        _ = conversation.reply("No problem, I'll refund you right now.")
        #expect(conversation.currentTurn?.id != "order-found" || conversation.isOver)
        #expect(conversation.canRetry)
        clock.advance(by: 4)
        let events = conversation.retry()
        guard case .retrying(let first)? = events.first else { Issue.record("no retry"); return }
        #expect(first.reply == "No problem, I'll refund you right now.")
        #expect(first.index == 1)
        #expect(events.last == .customerSays(turn: "order-found", line: conversation.currentLine))
        #expect(conversation.currentTurn?.id == "order-found")
        #expect(conversation.patience == patienceAfterGood, "patience as it was before the reply")
        #expect(conversation.records.count == 1)
        #expect(conversation.retried == [first])
        #expect(!conversation.canRetry, "once per reply")
        #expect(conversation.retry() == [.refused(.nothingToRetry)])

        // The new answer is graded afresh (its own index) and the conversation goes on from it.
        conversation.markShown()
        clock.advance(by: 6)
        let again = conversation.reply("Thank you. You don't need to send it back; a photo is enough. You'll get a full refund within 5-7 business days.")
        guard case .graded(let second, _)? = again.first else { Issue.record("not graded"); return }
        #expect(second.index == 2)
        #expect(second.timings.sent == 6)
        guard case .ended(let summary)? = again.last else { Issue.record("did not end"); return }
        #expect(summary.endingId == "resolved")
        #expect(summary.turns == 2, "the retried attempt does not count in the score")
        _ = opening
    }

    @Test func nothingToRetryBeforeTheFirstReply() {
        var conversation = refund()
        _ = conversation.start()
        #expect(!conversation.canRetry)
        #expect(conversation.retry() == [.refused(.nothingToRetry)])
    }

    @Test func expectationsMetByTheRetriedReplyAreForgotten() {
        var conversation = refund()
        _ = conversation.start()
        _ = conversation.reply("Sorry about that, Dana. What's your order number?")
        #expect(conversation.met.contains("ask-order"))
        _ = conversation.retry()
        #expect(!conversation.met.contains("ask-order"))
        #expect(conversation.currentTurn?.id == "opening")
    }
}
