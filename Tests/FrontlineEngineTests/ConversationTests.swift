import Testing
@testable import FrontlineEngine
@testable import FrontlineModel

@Suite struct ConversationTests {
    func refund(clock: ManualClock = ManualClock(), seed: Int = 0) -> Conversation {
        Conversation(scenario: TestCatalog.scenario("refund-request"), grader: TestCatalog.grader(), clock: clock, seed: seed)
    }

    @Test func opensWithTheStartTurnsCustomerLine() {
        var conversation = refund()
        let events = conversation.start()
        guard case .customerSays(let turn, let line)? = events.first else { Issue.record("no opening line"); return }
        #expect(turn == "opening")
        #expect(TestCatalog.scenario("refund-request").turn("opening")!.customer.contains(line))
        #expect(conversation.currentTurn?.id == "opening")
    }

    @Test func theSeedPicksTheCustomerVariant() {
        var a = refund(seed: 0), b = refund(seed: 1)
        _ = a.start(); _ = b.start()
        #expect(a.currentLine != b.currentLine)
    }

    @Test func aGoodReplyBranchesOnWhatItSaidAndCalmsTheCustomer() {
        let clock = ManualClock()
        var conversation = refund(clock: clock)
        _ = conversation.start()
        clock.advance(by: 12)
        let events = conversation.reply("I'm so sorry the blender arrived cracked, Dana. Could you share your order number so I can sort it out?")
        guard case .graded(let record, _)? = events.first else { Issue.record("not graded"); return }
        #expect(record.timings.sent == 12)
        #expect(record.next == "order-found")
        #expect(conversation.currentTurn?.id == "order-found")
        #expect(conversation.patience > 60)
        #expect(events.contains { if case .patienceChanged(60, _) = $0 { true } else { false } })
        #expect(conversation.met.contains("ask-order"))
    }

    @Test func aCriticalReplyTakesTheCriticalBranch() {
        var conversation = refund()
        _ = conversation.start()
        let events = conversation.reply("No problem, I'll refund you right now.")
        guard case .graded(let record, _)? = events.first else { Issue.record("not graded"); return }
        #expect(record.grade.criticalFailure)
        #expect(record.overall <= 40)
        #expect(conversation.currentTurn?.id == "angry-about-promise")
        #expect(conversation.patience < 60)
    }

    @Test func reachesAnEndingWithASummary() {
        var conversation = refund()
        _ = conversation.start()
        _ = conversation.reply("Sorry about that, Dana. What's your order number?")
        let events = conversation.reply("Thank you. You don't need to send it back; a photo is enough. You'll get a full refund within 5-7 business days.")
        guard case .ended(let summary)? = events.last else { Issue.record("did not end"); return }
        #expect(summary.endingId == "resolved")
        #expect(summary.outcome == .resolved)
        #expect(summary.turns == 2)
        #expect(summary.status == .completed)
        #expect(events.contains { if case .customerSays("resolved", _) = $0 { true } else { false } })
        #expect(conversation.isOver)
        #expect(conversation.reply("anything") == [])
    }

    @Test func silenceNudgesThenTheCustomerGivesUp() {
        let clock = ManualClock()
        var conversation = refund(clock: clock)
        _ = conversation.start()
        let interval = conversation.secondsUntilNudge!
        #expect(interval == 60) // twice the 30 s chat target
        clock.advance(by: interval - 1)
        #expect(conversation.tick().isEmpty)
        clock.advance(by: 1)
        let first = conversation.tick()
        #expect(first.first == .nudged(line: "Hello? Are you still there?", nudge: 1))
        #expect(conversation.patience == 50)
        #expect(conversation.secondsUntilNudge == interval)
        for _ in 0..<2 {
            clock.advance(by: interval)
            _ = conversation.tick()
        }
        #expect(conversation.patience == 30)
        clock.advance(by: interval)
        let last = conversation.tick()
        guard case .ended(let summary)? = last.last else { Issue.record("customer did not give up"); return }
        #expect(summary.endingId == "hung-up")
    }

    @Test func firstKeystrokeIsTimedApartFromSending() {
        let clock = ManualClock()
        var conversation = refund(clock: clock)
        _ = conversation.start()
        clock.advance(by: 3)
        conversation.keystroke()
        clock.advance(by: 9)
        conversation.keystroke()
        guard case .graded(let record, _)? = conversation.reply("Sorry! What is your order number?").first else { Issue.record("not graded"); return }
        #expect(record.timings.firstKeystroke == 3)
        #expect(record.timings.sent == 12)
    }

    @Test func markShownRestartsTheResponseClock() {
        let clock = ManualClock()
        var conversation = refund(clock: clock)
        _ = conversation.start()
        clock.advance(by: 5)
        conversation.markShown()
        clock.advance(by: 2)
        guard case .graded(let record, _)? = conversation.reply("What is your order number?").first else { Issue.record("not graded"); return }
        #expect(record.timings.sent == 2)
    }

    @Test func hintsCostPointsAndAreRecorded() {
        var withHint = refund(), without = refund()
        _ = withHint.start(); _ = without.start()
        let hint = withHint.hint()
        guard case .hint(let tip)? = hint.first else { Issue.record("no hint"); return }
        #expect(tip.contains("order number"))
        let reply = "Sorry about that. What's your order number?"
        guard case .graded(let a, _)? = withHint.reply(reply).first, case .graded(let b, _)? = without.reply(reply).first else {
            Issue.record("not graded"); return
        }
        #expect(a.hintsUsed == 1 && b.hintsUsed == 0)
        #expect(a.overall == max(0, b.overall - Conversation.hintCost))
    }

    @Test func abandoningKeepsWhatWasGraded() {
        var conversation = refund()
        _ = conversation.start()
        _ = conversation.reply("Sorry. What is your order number?")
        let events = conversation.abandon()
        guard case .ended(let summary)? = events.first else { Issue.record("not ended"); return }
        #expect(summary.status == .abandoned)
        #expect(summary.turns == 1)
        #expect(summary.endingId == nil)
    }

    @Test func patienceRunningOutEndsAtTheHangUpEnding() {
        var conversation = refund()
        _ = conversation.start()
        var ended: SessionSummary?
        for _ in 0..<10 where ended == nil {
            for event in conversation.reply("Calm down. It's our policy.") {
                if case .ended(let summary) = event { ended = summary }
            }
        }
        #expect(ended?.endingId == "hung-up")
        #expect(conversation.patience == 0 || ended?.endingId == "hung-up")
    }
}
