import Testing
@testable import FrontlineTerminal

@Suite struct CompletionTests {
    @Test func completesCommandsAfterASlash() {
        #expect(PracticeSession.complete(line: "/h", word: "/h", topics: []) == ["/help", "/hint"])
        #expect(PracticeSession.complete(line: "/q", word: "/q", topics: []) == ["/quit"])
    }

    @Test func completesKnowledgeTopicsAfterKb() {
        let topics = ["refund-window", "refund-timing", "order-lookup"]
        #expect(PracticeSession.complete(line: "/kb ref", word: "ref", topics: topics) == ["refund-window", "refund-timing"])
        #expect(PracticeSession.complete(line: "/kb ", word: "", topics: topics) == topics)
    }

    @Test func ordinaryRepliesAreNotCompleted() {
        #expect(PracticeSession.complete(line: "I am so", word: "so", topics: ["sorry"]).isEmpty)
    }
}
