import Testing
@testable import FrontlineTerminal

/// Who reorders right-to-left text: FRONTLINE_BIDI first, then what the terminal says it is.
@Suite struct BidiModeTests {
    @Test func theTraineesChoiceWinsEvenForAPipe() throws {
        #expect(try BidiMode.resolve(environment: ["FRONTLINE_BIDI": "visual"], outputIsTerminal: false) == .visual)
        #expect(try BidiMode.resolve(environment: ["FRONTLINE_BIDI": " Terminal ", "TMUX": "/tmp/x"], outputIsTerminal: true) == .terminal)
        #expect(try BidiMode.resolve(environment: ["FRONTLINE_BIDI": "off", "KONSOLE_VERSION": "230804"], outputIsTerminal: true) == .off)
    }

    @Test func anUnknownChoiceIsAnErrorThatQuotesItAndListsTheChoices() {
        #expect(throws: BidiModeError(value: "rtl")) { try BidiMode.resolve(environment: ["FRONTLINE_BIDI": "rtl"], outputIsTerminal: true) }
        let message = BidiModeError(value: "rtl").description
        #expect(message.contains("'rtl'") && message.contains("terminal") && message.contains("visual") && message.contains("off"))
    }

    @Test func pipesAndFilesGetLogicalOrder() throws {
        #expect(try BidiMode.resolve(environment: ["TERM": "xterm-256color"], outputIsTerminal: false) == .off)
    }

    @Test func tmuxXtermAndUnknownTerminalsGetVisualOrder() throws {
        #expect(try BidiMode.resolve(environment: ["TERM": "xterm-256color"], outputIsTerminal: true) == .visual)
        #expect(try BidiMode.resolve(environment: ["TERM": "tmux-256color", "TMUX": "/tmp/t,1,0"], outputIsTerminal: true) == .visual)
        // Inside tmux even a bidi-capable terminal outside sees tmux's cells, not our text.
        #expect(try BidiMode.resolve(environment: ["TERM": "screen", "VTE_VERSION": "7200", "TMUX": "/tmp/t"], outputIsTerminal: true) == .visual)
        #expect(try BidiMode.resolve(environment: ["TERM": "xterm-256color", "VTE_VERSION": "5202"], outputIsTerminal: true) == .visual, "VTE before 0.58 has no bidi")
        #expect(try BidiMode.resolve(environment: ["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"], outputIsTerminal: true) == .visual)
    }

    @Test func terminalsKnownToReorderAreLeftToDoIt() throws {
        for environment in [["TERM": "mlterm"], ["KONSOLE_VERSION": "230804"], ["VTE_VERSION": "7200"], ["TERM_PROGRAM": "Apple_Terminal"]] {
            #expect(try BidiMode.resolve(environment: environment, outputIsTerminal: true) == .terminal, "\(environment)")
        }
    }
}
