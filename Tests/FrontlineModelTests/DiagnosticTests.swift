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

    @Test func tabsAreExpandedBeforeTheCaretIsPlaced() {
        let (shown, caret) = Diagnostic.window("\tkey: value", column: 7)
        #expect(shown == "    key: value")
        #expect(caret == 9)
    }
}
