import Foundation
import Testing
import FrontlineModel
import FrontlineStore

/// The REPL driven in a real terminal (tmux), asserting on what a person sees and on
/// what the store holds afterwards.
@Suite(.serialized, .enabled(if: TmuxDriver.available, "tmux is not installed (scripts/setup installs it)"))
struct ReplEndToEndTests {
    let folder: URL
    let store: String

    init() throws {
        folder = try Binary.temporaryFolder()
        store = folder.appendingPathComponent("progress.sqlite").path
    }

    func play(_ scenario: String, _ tmux: TmuxDriver, content: URL? = nil, extra: String = "") throws {
        var env = ["XDG_STATE_HOME": folder.path, "FRONTLINE_STORE": store]
        if let content { env["FRONTLINE_CONTENT"] = content.path }
        try tmux.start("\(Binary.path) play \(scenario) --trainee e2e --seed 0 \(extra)", in: Binary.repository, environment: env)
    }

    @Test func aCompleteScenarioInCoachMode() throws {
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("refund-request", tmux)
        try tmux.waitFor("Dana: Hi. My blender arrived today")
        try tmux.type("I'm so sorry the blender arrived cracked, Dana. Could you share your order number so I can sort it out?")
        try tmux.send("Enter")
        var screen = try tmux.waitFor("It's KX-20931")
        #expect(screen.contains("Apologise sincerely — “I'm so sorry”"))
        #expect(screen.contains("Overall"))
        try tmux.type("Thank you, Dana. You don't need to send it back - a photo is enough. I'll issue a full refund; it reaches your card within 5-7 business days.")
        try tmux.send("Enter")
        screen = try tmux.waitFor("FRONTLINE-EXITED 0")
        #expect(screen.contains("Debrief: resolved"))
        #expect(screen.contains("Scorecard:"))
        #expect(!screen.contains("Model replies for the turns that went worst:"), "both turns scored 90 or more")
        #expect(!screen.contains("export crashes"), "tips are about this customer, not another scenario's")

        let saved = try SQLiteStore(path: store)
        let sessions = try saved.sessions(trainee: "e2e", scenario: "refund-request", limit: nil)
        #expect(sessions.count == 1)
        #expect(sessions.first?.status == .completed)
        #expect(sessions.first?.endingId == "resolved")
        let turns = try saved.turns(session: sessions[0].id)
        #expect(turns.count == 2)
        #expect(turns.first?.reply.hasPrefix("I'm so sorry the blender") == true)
    }

    @Test func aNudgeArrivesMidLineAndTheHalfTypedReplySurvives() throws {
        let content = try ContentFixture.quickNudge(in: folder)
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("quick-nudge", tmux, content: content)
        try tmux.waitFor("Sam: My router keeps dropping")
        try tmux.type("I am sorry to hear th")
        let screen = try tmux.waitFor("Hello? Are you still there?", timeout: 10)
        let lines = screen.split(separator: "\n").map(String.init)
        let nudge = lines.lastIndex { $0.contains("Hello? Are you still there?") }!
        let below = lines.suffix(from: nudge + 1)
        #expect(below.contains { $0.hasPrefix("you> I am sorry to hear th") }, "the half-typed reply is redrawn under the nudge")
        try tmux.type("at, Sam. I will check the line now.")
        try tmux.send("Enter")
        try tmux.waitFor("Is it fixed yet?")
        try tmux.send("C-d")
        try tmux.waitFor("FRONTLINE-EXITED 0")
        let saved = try SQLiteStore(path: store)
        let session = try #require(try saved.sessions(trainee: "e2e", scenario: "quick-nudge", limit: 1).first)
        let turn = try #require(try saved.turns(session: session.id).first)
        #expect(turn.reply == "I am sorry to hear that, Sam. I will check the line now.")
        #expect(turn.nudges == 1)
        #expect(turn.firstKeystrokeSeconds.map { $0 < turn.sentSeconds } == true)
        #expect(session.status == .abandoned)
    }

    @Test func ctrlCClearsTheLineAndKbCompletes() throws {
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try play("refund-request", tmux)
        try tmux.waitFor("you>")
        try tmux.type("this reply is a mistake")
        try tmux.send("C-c")
        var screen = try tmux.waitFor("^C")
        try tmux.type("/kb refund-t")
        try tmux.send("Tab")
        screen = try tmux.waitFor("/kb refund-timing")
        try tmux.send("Enter")
        screen = try tmux.waitFor("5-7 business days. They")
        #expect(!screen.contains("this reply is a mistake\n"))
        try tmux.type("/quit")
        try tmux.send("Enter")
        try tmux.waitFor("[y/N]")
        try tmux.type("y")
        try tmux.send("Enter")
        screen = try tmux.waitFor("FRONTLINE-EXITED 0")
        #expect(screen.contains("Debrief: abandoned"))
        let saved = try SQLiteStore(path: store)
        let session = try #require(try saved.sessions(trainee: "e2e", scenario: "refund-request", limit: 1).first)
        #expect(session.status == .abandoned)
        #expect(try saved.turns(session: session.id).isEmpty, "Ctrl-C and commands are not replies")
    }

    @Test func aPipedRunPlaysThroughAndIsStored() throws {
        let result = try Binary.run(
            ["play", "refund-request", "--trainee", "demo", "--store", store, "--seed", "0"],
            input: "Sorry about that, Dana. What is your order number?\nThanks. You do not need to send it back; a photo is enough. Full refund within 5-7 business days.\n")
        #expect(result.status == 0, "\(result.err)")
        #expect(!result.out.contains("\u{1B}["), "no escape codes when not on a terminal")
        #expect(!result.out.contains("you>"), "no prompt echo when not on a terminal")
        #expect(result.out.contains("Debrief: resolved"))
        let saved = try SQLiteStore(path: store)
        let session = try #require(try saved.sessions(trainee: "demo", scenario: "refund-request", limit: 1).first)
        #expect(session.status == .completed)
        #expect(try saved.turns(session: session.id).count == 2)
    }

    @Test func aMistypedScenarioGetsDidYouMean() throws {
        let result = try Binary.run(["play", "refund-reqest", "--store", store])
        #expect(result.status != 0)
        #expect(result.err.contains("did you mean 'refund-request'?"))
    }
}
