import Testing
@testable import FrontlineModel

@Suite struct TerminalWidthTests {
    @Test func countsColumnsNotCharacters() {
        #expect("abc".terminalWidth == 3)
        #expect("日本".terminalWidth == 4)
        #expect("می‌خواهم".terminalWidth == 7) // the zero-width non-joiner takes no column
        #expect("e\u{301}".terminalWidth == 1)
    }

    @Test func truncatesAndPadsByColumns() {
        #expect("Whitfield".truncated(toWidth: 5) == "Whit…")
        #expect("ab".padded(toWidth: 4) == "ab  ")
        #expect("日本".padded(toWidth: 5) == "日本 ")
    }
}

@Suite struct TerminalWidthEscapeTests {
    @Test func colourSequencesTakeNoColumns() {
        #expect("\u{1B}[1m\u{1B}[32mok\u{1B}[0m".terminalWidth == 2)
    }
}
