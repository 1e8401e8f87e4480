import Foundation
import Testing
import FrontlineModel
import FrontlineStore

/// Coaching in a real terminal (tmux): `/retry`, exam mode's transcript, a nudge followed
/// by a late reply, the customer leaving while the prompt is up, and a long Persian line.
@Suite(.serialized, .enabled(if: TmuxDriver.available, "tmux is not installed (scripts/setup installs it)"))
struct CoachingEndToEndTests {
    let folder: URL
    let store: String

    init() throws {
        folder = try Binary.temporaryFolder()
        store = folder.appendingPathComponent("progress.sqlite").path
    }

    func play(_ scenario: String, _ tmux: TmuxDriver, content: URL? = nil, extra: String = "", width: Int = 100) throws {
        // Logical order on screen (PersianDisplayTests covers the visual order tmux needs).
        var env = ["XDG_STATE_HOME": folder.path, "FRONTLINE_STORE": store, "FRONTLINE_BIDI": "off"]
        if let content { env["FRONTLINE_CONTENT"] = content.path }
        try tmux.start("\(Binary.path) play \(scenario) --trainee e2e --seed 0 \(extra)", in: Binary.repository, environment: env, width: width)
    }

    func lines(_ screen: String) -> [String] { screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func retryShowsBothAttemptsAndKeepsTheFirstMarked() throws {
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("refund-request", tmux)
        try tmux.waitFor("Dana: Hi. My blender arrived today")
        try tmux.type("ok what is the order")
        try tmux.send("Enter")
        try tmux.waitFor("Overall")
        try tmux.type("/retry")
        try tmux.send("Enter")
        try tmux.waitFor("Answer again. Your first attempt")
        try tmux.type("I'm so sorry the blender arrived cracked, Dana. Could you share your order number so I can sort it out?")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("It's KX-20931")
        #expect(screen.contains("First attempt (retried)"))
        #expect(screen.contains("Second attempt"))
        #expect(screen.contains("“ok what is the order”"))
        try tmux.send("C-d")
        try tmux.waitFor("FRONTLINE-EXITED 0")

        let saved = try SQLiteStore(path: store)
        let session = try #require(try saved.sessions(trainee: "e2e", scenario: "refund-request", limit: 1).first)
        let turns = try saved.turns(session: session.id)
        #expect(turns.map(\.retried) == [true, false])
        #expect(turns.first?.reply == "ok what is the order")
        #expect(turns.last?.next == "order-found")
        let transcript = try Binary.run(["transcript", "last", "--store", store])
        #expect(transcript.status == 0, "\(transcript.err)")
        #expect(transcript.out.contains("retried (answered again in the next turn)"))
    }

    @Test func examModeShowsNoScoreBeforeTheEndAndHasNoRetry() throws {
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("refund-request", tmux, extra: "--mode exam")
        try tmux.waitFor("Dana: Hi. My blender arrived today")
        try tmux.type("Sorry about that, Dana. What is your order number?")
        try tmux.send("Enter")
        try tmux.waitFor("It's KX-20931")
        try tmux.type("/transcript")
        try tmux.send("Enter")
        try tmux.waitFor("you: Sorry about that")
        try tmux.type("/retry")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("no retry in exam mode")
        #expect(!screen.contains("Overall"), "no score anywhere before the end")
        #expect(!lines(screen).contains { $0.contains("you: Sorry about that") && $0.contains("[") })
        try tmux.send("C-d")
        let end = try tmux.waitFor("FRONTLINE-EXITED 0")
        #expect(end.contains("Scorecard:"), "the scores come at the end")
    }

    @Test func aReplyAfterANudgeDoesNotScoreFullResponseTime() throws {
        let content = try ContentFixture.quickNudge(in: folder)
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("quick-nudge", tmux, content: content)
        try tmux.waitFor("Sam: My router keeps dropping")
        try tmux.waitFor("Hello? Are you still there?", timeout: 10)
        try tmux.type("I am sorry to hear that, Sam. I will check the line now.")
        try tmux.send("Enter")
        try tmux.waitFor("Is it fixed yet?")
        try tmux.send("C-d")
        try tmux.waitFor("FRONTLINE-EXITED 0")
        let saved = try SQLiteStore(path: store)
        let session = try #require(try saved.sessions(trainee: "e2e", scenario: "quick-nudge", limit: 1).first)
        let turn = try #require(try saved.turns(session: session.id).first)
        #expect(turn.nudges >= 1)
        #expect(turn.sentSeconds < 30, "well inside the 30 s chat target")
        #expect(try #require(turn.scores[.responseTime]) < 100, "but the customer had nudged")
        #expect(turn.findings.contains { $0.note?.contains("the customer nudged after") == true })
    }

    @Test func theCustomersLastWordsDoNotLandOnThePrompt() throws {
        let content = try ContentFixture.quickGiveUp(in: folder)
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("quick-give-up", tmux, content: content)
        try tmux.waitFor("Kim: My card was charged twice")
        let screen = try tmux.waitFor("FRONTLINE-EXITED 0", timeout: 15)
        let all = lines(screen)
        #expect(all.contains { $0.hasPrefix("Kim: Hello?") })
        #expect(all.contains { $0.hasPrefix("Kim: Anyone?") }, "the second nudge is a different sentence")
        let last = try #require(all.firstIndex { $0.contains("Forget it, I will call my bank.") })
        #expect(all[last].hasPrefix("Kim: Forget it"), "not printed onto the prompt: \(all[last])")
        #expect(!all[last...].contains { $0.hasPrefix("you>") }, "no stray prompt after the customer left")
        #expect(screen.contains("Why: Kim left after 2 unanswered nudges."))
    }

    @Test func aLongPersianCustomerLineWrapsAtWordBoundaries() throws {
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("late-delivery-fa", tmux, width: 50)
        let screen = try tmux.waitFor("شما>")   // the Persian interface's prompt
        let all = lines(screen)
        let first = try #require(all.firstIndex { $0.contains("سلام. سفارشم") })
        let line = "سلام. سفارشم قرار بود سه روز پیش برسه و هنوز هیچ خبری نیست! پس‌فردا تولد مادرمه."
        let prefix = try #require(all[first].components(separatedBy: "سلام.").first)
        var words: [String] = []
        var index = first
        while index < all.count, words.joined(separator: " ") != line {
            let text = index == first ? String(all[index].dropFirst(prefix.count)) : all[index]
            #expect(text.terminalWidth + (index == first ? prefix.terminalWidth : 0) <= 50, "within the 50 columns: \(all[index])")
            words += text.split(separator: " ").map(String.init)
            index += 1
        }
        #expect(index - first >= 2, "the line was wrapped")
        #expect(words.joined(separator: " ") == line, "only spaces became line breaks; no word was cut")
        #expect(all[first + 1].hasPrefix(String(repeating: " ", count: prefix.terminalWidth)), "continuations align under the words")
        try tmux.send("C-d")
        try tmux.waitFor("FRONTLINE-EXITED 0")
    }
}
