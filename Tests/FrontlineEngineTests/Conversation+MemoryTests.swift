import Testing
@testable import FrontlineEngine
@testable import FrontlineModel

/// The customer remembers what the trainee said: adapted lines and skipped turns.
@Suite struct ConversationMemoryTests {
    func refund(_ scenario: Scenario = TestCatalog.scenario("refund-request")) -> Conversation {
        Conversation(scenario: scenario, grader: TestCatalog.grader(), clock: ManualClock())
    }

    @Test func theCustomerAsksOnlyWhatIsStillOpen() {
        var conversation = refund()
        _ = conversation.start()
        _ = conversation.reply("Sorry, Dana. What's your order number?")
        _ = conversation.reply("Thanks. No need to send it back - a photo is enough.")
        #expect(conversation.currentTurn?.id == "confused")
        #expect(conversation.currentLine == "Okay, no need to send it back - but when do I actually get my money?")
    }

    @Test func anAnsweredQuestionIsSkipped() throws {
        // A low-scoring reply that still answers both questions: the branch sends it to
        // 'confused', whose question is already answered, so the conversation goes on.
        var scenario = TestCatalog.scenario("refund-request")
        let index = try #require(scenario.turns.firstIndex { $0.id == "order-found" })
        scenario.turns[index].branches = [Branch(target: "confused")]
        var conversation = refund(scenario)
        _ = conversation.start()
        _ = conversation.reply("What's your order number?")
        let events = conversation.reply("No need to send it back. The refund takes 5-7 business days.")
        #expect(conversation.isOver)
        #expect(!events.contains { if case .customerSays("confused", _) = $0 { true } else { false } })
    }

    @Test func withoutTheAnswersTheTurnIsAsked() {
        var conversation = refund()
        _ = conversation.start()
        _ = conversation.reply("What's your order number?")
        _ = conversation.reply("Okay.")
        #expect(conversation.currentTurn?.id == "confused")
        #expect(conversation.currentLine == "Okay... but when do I actually get my money, and do I need to return it or not?")
    }
}
