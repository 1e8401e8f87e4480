import Foundation
import FrontlineSession
import Testing
@testable import FrontlineTerminal

/// What `frontline regrade` prints: one row per score that was there before and after,
/// the change to one decimal (±0 under 0.05), skipped sessions, and whether it was saved.
@Suite struct RegradeTallyTextTests {
    static func tally() -> RegradeTally {
        var tally = RegradeTally()
        tally.turns = 3
        tally.changed = 1
        tally.before["empathy"] = .init(sum: 120, count: 3)
        tally.after["empathy"] = .init(sum: 150, count: 3)
        tally.before["overall"] = .init(sum: 180, count: 3)
        tally.after["overall"] = .init(sum: 180.1, count: 3)
        tally.before["accuracy"] = .init(sum: 90, count: 1) // no "after": not shown
        return tally
    }

    @Test func eachScoreBeforeAndAfterWithItsChange() {
        let text = Self.tally().render(style: TerminalStyle(enabled: false), saved: true)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.first == "Regraded 3 turns; 1 of them scored differently.")
        #expect(text.contains("empathy    40.0   50.0   +10.0"), "\(text)")
        #expect(text.contains("overall    60.0   60.0      ±0"), "a change under 0.05 is none")
        #expect(!text.contains("accuracy"), "a score without an after is left out")
        #expect(lines.last == "New scores were saved beside the original ones.")
    }

    @Test func aDryRunSaysNothingWasSavedAndNamesWhatWasSkipped() {
        var tally = Self.tally()
        tally.turns = 1
        tally.skipped[.scenarioGone] = 2
        tally.skipped[.languageGone] = 1
        let text = tally.render(style: TerminalStyle(enabled: false), saved: false)
        #expect(text.hasPrefix("Regraded 1 turn; "))
        #expect(text.contains("Skipped 2 session(s) whose scenario no longer exists."))
        #expect(text.contains("Skipped 1 session(s) whose language has no rubrics now."))
        #expect(text.hasSuffix("Dry run: nothing was saved."))
    }
}
