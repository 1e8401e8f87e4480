import Foundation
import FrontlineEngine
import FrontlineModel
import Testing
@testable import FrontlineTerminal

/// The REPL says what the engine decided: in exam mode `/hint` and `/retry` are refused
/// in the terminal's words, in coach mode they work.
@Suite struct PracticeSessionModeTests {
    func play(_ mode: PracticeSession.Mode, script: String) throws -> String {
        let scenario = try #require(ShippedFeedbackTests.catalog.scenario("refund-request"))
        let grader = try #require(ShippedFeedbackTests.library.grader(for: "en"))
        let clock = ManualClock()
        var printed: [String] = []
        let session = PracticeSession(
            scenario: scenario, grader: grader, mode: mode, trainee: "t",
            editor: ScriptEditor(entries: try ScriptEditor.parse(script), clock: clock, output: { printed.append($0) }),
            recorder: nil, clock: clock, style: TerminalStyle(enabled: false), width: 80, seed: 0,
            output: { printed.append($0) })
        try session.run()
        return printed.joined(separator: "\n")
    }

    static let script = "/hint\n@10s Sorry about that, Dana. What's your order number?\n/retry\n"

    @Test func examModeRefusesHintsAndRetries() throws {
        let text = try play(.exam, script: Self.script)
        #expect(text.contains("Hints are off in exam mode."))
        #expect(text.contains("There is no retry in exam mode"))
        #expect(!text.contains("Hint:"))
    }

    @Test func coachModeGivesThemAndRefusesOnlyWhatCannotBeDone() throws {
        let text = try play(.coach, script: "/retry\n" + Self.script)
        #expect(text.contains("Nothing to retry"))
        #expect(text.contains("Hint:"))
        #expect(text.contains("Answer again."))
        #expect(!text.contains("exam mode"))
    }
}
