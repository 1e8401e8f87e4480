import Foundation

/// Content folders for end-to-end tests: the shipped rubrics plus a scenario made for the test.
enum ContentFixture {
    /// A scenario whose customer nudges after 2 seconds of silence.
    static func quickNudge(in folder: URL) throws -> URL {
        let content = folder.appendingPathComponent("content")
        let scenarios = content.appendingPathComponent("Scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: content.appendingPathComponent("Rubrics").path) {
            try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("Rubrics"),
                                             to: content.appendingPathComponent("Rubrics"))
        }
        try """
            id: quick-nudge
            title: A router that keeps dropping
            channel: chat
            language: en
            customer:
              name: Sam Lee
              patience: 50
            silence:
              nudge_after: 2s
              nudges: ["Hello? Are you still there?"]
              give_up_after: 5
            turns:
              opening:
                customer: My router keeps dropping the connection every few minutes.
                next: follow-up
              follow-up:
                customer: Is it fixed yet?
                next: done
            endings:
              done:
                outcome: resolved
                debrief: Done.
              hung-up:
                outcome: hung_up
                debrief: Sam gave up waiting.
            """.write(to: scenarios.appendingPathComponent("quick-nudge.yaml"), atomically: true, encoding: .utf8)
        return content
    }

    /// A scenario whose customer nudges after 1 second with lines of its own and leaves
    /// after two unanswered nudges.
    static func quickGiveUp(in folder: URL) throws -> URL {
        let content = try quickNudge(in: folder)
        try """
            id: quick-give-up
            title: A customer who will not wait
            channel: chat
            language: en
            customer:
              name: Kim Park
              patience: 80
            silence:
              nudge_after: 1s
              nudges: ["Hello?", "Anyone?"]
              give_up_after: 2
              ending: hung-up
            turns:
              opening:
                customer: My card was charged twice for the same order.
                next: done
            endings:
              done:
                outcome: resolved
                debrief: Done.
              hung-up:
                outcome: hung_up
                customer: Forget it, I will call my bank.
                debrief: Kim gave up waiting.
            """.write(to: content.appendingPathComponent("Scenarios/quick-give-up.yaml"), atomically: true, encoding: .utf8)
        return content
    }
}
