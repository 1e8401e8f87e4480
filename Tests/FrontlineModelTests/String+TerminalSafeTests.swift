import Testing
@testable import FrontlineModel

@Suite struct StringTerminalSafeTests {
    @Test func controlCharactersAreMadeVisible() {
        #expect("a\u{1B}[2Jb".terminalSafe() == "a\\u{1B}[2Jb")
        #expect("bell\u{07} cr\r del\u{7F} csi\u{9B}".terminalSafe() == "bell\\u{7} cr\\r del\\u{7F} csi\\u{9B}")
        #expect("one\ntwo\tthree".terminalSafe() == "one\\ntwo\\tthree")
        #expect("ls\u{2028}ps\u{2029}".terminalSafe(keepingLayout: true) == "ls\\u{2028}ps\\u{2029}")
    }

    @Test func layoutKeepsLineBreaksAndTabsButNotEscapes() {
        #expect("one\ntwo\tthree".terminalSafe(keepingLayout: true) == "one\ntwo\tthree")
        #expect("x\r\ny\u{1B}]0;owned\u{07}".terminalSafe(keepingLayout: true) == "x\\r\ny\\u{1B}]0;owned\\u{7}")
    }

    @Test func ordinaryTextIsUntouched() {
        let text = "متاسفم که بسته دیر رسید — Jāni, 😢 ok"
        #expect(text.terminalSafe() == text)
    }

    @Test func excerptsAreShortAndOnOneLine() {
        let long = String(repeating: "word\n", count: 100_000)
        let excerpt = long.excerpt()
        #expect(excerpt.count == 80 && excerpt.hasSuffix("…") && !excerpt.contains("\n"))
        #expect("short".excerpt() == "short")
        #expect(String(repeating: "x", count: 80).excerpt() == String(repeating: "x", count: 80))
        #expect(String(repeating: "x", count: 81).excerpt().count == 80)
        #expect("a\u{1B}b".excerpt() == "a\\u{1B}b")
    }
}
