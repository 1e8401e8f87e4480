import Foundation
import Testing
@testable import FrontlineEngine
@testable import FrontlineModel

/// Coach or exam is conversation state: the engine refuses what the mode does not allow,
/// and a graded reply carries the times the store keeps.
@Suite struct PracticeModeTests {
    func refund(_ mode: PracticeMode, clock: ManualClock = ManualClock()) -> Conversation {
        Conversation(scenario: TestCatalog.scenario("refund-request"), grader: TestCatalog.grader(), clock: clock, seed: 0, mode: mode)
    }

    @Test func examModeRefusesHintsAndChargesNothing() {
        var conversation = refund(.exam)
        _ = conversation.start()
        #expect(conversation.hint() == [.refused(.hintInExam)])
        guard case .graded(let record, _)? = conversation.reply("Sorry about that, Dana. What's your order number?").first else {
            Issue.record("not graded"); return
        }
        #expect(record.hintsUsed == 0)
    }

    @Test func coachModeGivesHints() {
        var conversation = refund(.coach)
        _ = conversation.start()
        guard case .hint? = conversation.hint().first else { Issue.record("no hint"); return }
    }

    @Test func examModeRefusesRetry() {
        var conversation = refund(.exam)
        _ = conversation.start()
        _ = conversation.reply("No problem, I'll refund you right now.")
        #expect(!conversation.canRetry)
        #expect(conversation.retry() == [.refused(.retryInExam)])
        #expect(conversation.retried.isEmpty)
    }

    @Test func theGradedEventCarriesTheStoresTimes() {
        let start = Date(timeIntervalSince1970: 1_000_000)
        let clock = ManualClock(start: 50, startDate: start)
        var conversation = refund(.coach, clock: clock)
        _ = conversation.start()
        clock.advance(by: 4)
        conversation.markShown()
        clock.advance(by: 11)
        guard case .graded(let record, let times)? = conversation.reply("Sorry about that. What's your order number?").first else {
            Issue.record("not graded"); return
        }
        #expect(times.shownAt == start.addingTimeInterval(4))
        #expect(times.sentAt == start.addingTimeInterval(15))
        #expect(times.responseSeconds == 11 && record.timings.sent == 11)
        #expect(conversation.date() == start.addingTimeInterval(15))
    }

    @Test func aRetryRestartsTheShownTime() {
        let start = Date(timeIntervalSince1970: 0)
        let clock = ManualClock(startDate: start)
        var conversation = refund(.coach, clock: clock)
        _ = conversation.start()
        clock.advance(by: 5)
        _ = conversation.reply("Sorry about that. What's your order number?")
        clock.advance(by: 3)
        _ = conversation.retry()
        clock.advance(by: 2)
        guard case .graded(_, let times)? = conversation.reply("Sorry, Dana. What's your order number?").first else {
            Issue.record("not graded"); return
        }
        #expect(times.shownAt == start.addingTimeInterval(8))
        #expect(times.responseSeconds == 2)
    }
}
