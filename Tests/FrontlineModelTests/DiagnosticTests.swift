import Testing
@testable import FrontlineModel

@Suite struct DiagnosticTests {
    @Test func rendersLikeACompiler() {
        let d = Diagnostic(.error, .unknownReference, "unknown turn 'confirm_refnd'; did you mean 'confirm_refund'?",
                           at: SourceLocation(file: "Scenarios/refund.yaml", line: 12, column: 15),
                           sourceLine: "        goto: confirm_refnd")
        #expect(d.rendered == """
            Scenarios/refund.yaml:12:15: error: unknown turn 'confirm_refnd'; did you mean 'confirm_refund'? [FL0012]
                        goto: confirm_refnd
                              ^
            """)
    }

    @Test func everyCodeIsUniqueAndDescribed() {
        let codes = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(codes).count == codes.count)
        #expect(DiagnosticCode.allCases.allSatisfy { !$0.summary.isEmpty })
    }
}

@Suite struct DiagnosticWindowTests {
    @Test func longLinesAreWindowedAroundTheCaret() {
        let line = String(repeating: "[", count: 500)
        let (shown, caret) = Diagnostic.window(line, column: 300)
        #expect(shown.hasPrefix("…") && shown.hasSuffix("…"))
        #expect(shown.count <= 102)
        #expect(caret == 51)
    }

    /// A line with an ESC sequence in it was printed as it was: the terminal ran it.
    @Test func controlCharactersInTheQuotedLineAreShownAndTheCaretStaysPut() {
        let (shown, caret) = Diagnostic.window("a: \u{1B}[2Jx", column: 8)
        #expect(shown == "a: \\u{1B}[2Jx")
        #expect(caret == 12, "under the x")
        let d = Diagnostic(.error, .invalidValue, "bad \u{07}", at: SourceLocation(file: "odd\u{1B}]0;t.yaml", line: 1, column: 1))
        #expect(!d.rendered.contains("\u{1B}") && !d.rendered.contains("\u{07}"))
    }

    @Test func tabsAreExpandedBeforeTheCaretIsPlaced() {
        let (shown, caret) = Diagnostic.window("\tkey: value", column: 7)
        #expect(shown == "    key: value")
        #expect(caret == 9)
    }
}
