import Foundation
import Testing
@testable import FrontlineLoader

/// `IndentationHint`: from the line libyaml reported "did not find expected key" on, back to
/// the line whose dedent broke the mapping (a shallower line with deeper ones between);
/// nothing when the reported line is itself the odd one, or no such line lies after the
/// mapping's own line. And `indentation`, which skips blank and comment lines.
@Suite struct IndentationHintTests {
    static func source(_ text: String) -> SourceText { SourceText(path: "x.yaml", text: text) }

    static let broken = """
        a:
          b:
            c: 1
          d:
              x: 1

              # a comment
            e: 2

        """

    @Test func theBreakIsTheShallowerLineBeforeTheSwallowedOnes() throws {
        let hint = try #require(IndentationHint.locate(problemLine: 8, contextLine: 2, in: Self.source(Self.broken)))
        #expect(hint.line == 4)
        #expect(hint.column == 3)
        #expect(hint.message == "YAML syntax: the indentation breaks here: 'd' is indented 2 spaces, less than the keys around it "
            + "('e' on line 8 is indented 4, and YAML stopped there: did not find expected key); indent the keys of one mapping alike, with spaces")
    }

    @Test func theSearchStopsAtTheMappingsOwnLine() {
        #expect(IndentationHint.locate(problemLine: 8, contextLine: 4, in: Self.source(Self.broken)) == nil)
        #expect(IndentationHint.locate(problemLine: 8, contextLine: 3, in: Self.source(Self.broken))?.line == 4)
    }

    @Test func aReportedLineThatIsItselfTooDeepHasNoHint() {
        let text = "a:\n  b: 1\n  c: 2\n    d: 3\n"
        #expect(IndentationHint.locate(problemLine: 4, contextLine: 0, in: Self.source(text)) == nil)
    }

    @Test func aBlankCommentOrMissingReportedLineHasNoHint() {
        let text = "a:\n  b: 1\n\n  # c\n"
        #expect(IndentationHint.locate(problemLine: 3, contextLine: 0, in: Self.source(text)) == nil)
        #expect(IndentationHint.locate(problemLine: 4, contextLine: 0, in: Self.source(text)) == nil)
        #expect(IndentationHint.locate(problemLine: 40, contextLine: 0, in: Self.source(text)) == nil)
    }

    @Test func keysAreNamedUpToTheirColonAndUnicodeKeysToo() throws {
        let text = "klients:\n  vārds: Jānis\n  stāvoklis:\n      x: 1\n    pacietība: 5\n"
        let hint = try #require(IndentationHint.locate(problemLine: 5, contextLine: 0, in: Self.source(text)))
        #expect(hint.line == 3 && hint.column == 3)
        #expect(hint.message.contains("'stāvoklis' is indented 2 spaces"), "\(hint.message)")
        #expect(hint.message.contains("('pacietība' on line 5 is indented 4"), "\(hint.message)")
    }

    @Test func indentationCountsSpacesAndSkipsBlankAndCommentLines() {
        #expect(IndentationHint.indentation("key: x") == 0)
        #expect(IndentationHint.indentation("    key: x") == 4)
        #expect(IndentationHint.indentation("  - item") == 2)
        #expect(IndentationHint.indentation("\tkey: x") == 0, "a tab is not indentation")
        #expect(IndentationHint.indentation("") == nil)
        #expect(IndentationHint.indentation("     ") == nil)
        #expect(IndentationHint.indentation("  # note") == nil)
        #expect(IndentationHint.indentation("#") == nil)
        #expect(IndentationHint.indentation("  «سلام»") == 2)
    }
}
