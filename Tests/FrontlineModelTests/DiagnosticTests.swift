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
