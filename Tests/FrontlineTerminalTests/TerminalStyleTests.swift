import Testing
@testable import FrontlineTerminal

@Suite struct TerminalStyleTests {
    @Test func noColourWhenDisabled() {
        let style = TerminalStyle(enabled: false)
        #expect(style.bold("x") == "x")
        #expect(style.score(91) == "91")
    }

    @Test func noColourWithNoColorEvenOnATerminal() {
        #expect(!TerminalStyle.detect(fd: 0, environment: ["NO_COLOR": "1", "TERM": "xterm"]).enabled)
    }

    @Test func scoresAreColouredByBand() {
        let style = TerminalStyle(enabled: true)
        #expect(style.score(85).contains("[32m"))
        #expect(style.score(60).contains("[33m"))
        #expect(style.score(20).contains("[31m"))
    }
}
