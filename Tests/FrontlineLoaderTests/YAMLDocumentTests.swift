import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// `YAMLDocument.compose`: a text becomes a node tree or exactly one located diagnostic —
/// an empty file, a syntax error (with advice for tabs and broken indentation, pointed at
/// the line where the indentation broke), a duplicate key (at its second occurrence), an
/// undefined alias, a control character, a document that expands past the node budget.
@Suite struct YAMLDocumentTests {
    static let path = "Scenarios/x.yaml"

    static func failure(_ text: String) throws -> Diagnostic {
        switch YAMLDocument.compose(SourceText(path: path, text: text)) {
        case .success: throw Failure.composed
        case .failure(let diagnostic): return diagnostic
        }
    }

    enum Failure: Error { case composed }

    static func place(_ diagnostic: Diagnostic) -> String {
        diagnostic.location.map { "\($0.line):\($0.column)" } ?? "nowhere"
    }

    @Test func aValidDocumentKeepsItsSourceAndRoot() throws {
        let text = "id: refund\ntitle: «بازپرداخت»\nsteps: [a, b]\n"
        let document = try YAMLDocument.compose(SourceText(path: Self.path, text: text)).get()
        #expect(document.source.text == text)
        #expect(document.source.path == Self.path)
        #expect(document.root["title"]?.string == "«بازپرداخت»")
        #expect(document.root["steps"]?.array().count == 2)
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func anEmptyFileIsOneErrorAtItsStart(_ text: String) throws {
        let diagnostic = try Self.failure(text)
        #expect(diagnostic.code == .missingKey)
        #expect(diagnostic.message == "the file is empty")
        #expect(diagnostic.location == SourceLocation(file: Self.path, line: 1, column: 1))
    }

    @Test func aTabIndentingAContinuedValueIsASyntaxErrorWithAdvice() throws {
        let diagnostic = try Self.failure("a:\n  b: one\n\ttwo\n")
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.message == "YAML syntax: found a tab character that violates indentation (while scanning a plain scalar)"
            + "; YAML indents with spaces only: replace the tab with spaces")
        #expect(Self.place(diagnostic) == "3:1")
    }

    @Test func aTabIndentingAKeyGetsTheSameAdvice() throws {
        let diagnostic = try Self.failure("a:\n  b: 1\n\tc: 2\n")
        #expect(diagnostic.code == .yamlSyntax)
        #expect(Self.place(diagnostic) == "3:1")
        #expect(diagnostic.message.hasSuffix("; YAML indents with spaces only: replace the tab with spaces"), "\(diagnostic.message)")
    }

    @Test func aKeyIndentedByOneLessIsReportedWhereItStands() throws {
        let text = "customer:\n  name: Dana\n situation: late\n"
        let diagnostic = try Self.failure(text)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.message == "YAML syntax: did not find expected key (while parsing a block mapping); "
            + "check this line's indentation (the keys of one mapping start in the same column) and its quotes")
        #expect(Self.place(diagnostic) == "3:2")
    }

    @Test func aDedentThatSwallowsLinesIsReportedWhereTheIndentationBroke() throws {
        let text = """
            a:
              b:
                c: 1
              d:
                  x: 1
                e: 2

            """
        let diagnostic = try Self.failure(text)
        #expect(diagnostic.code == .yamlSyntax)
        #expect(Self.place(diagnostic) == "4:3", "the line of 'd', not the line of 'e' where YAML stopped: \(diagnostic.message)")
        #expect(diagnostic.message == "YAML syntax: the indentation breaks here: 'd' is indented 2 spaces, less than the keys around it "
            + "('e' on line 6 is indented 4, and YAML stopped there: did not find expected key); indent the keys of one mapping alike, with spaces")
    }

    @Test func anUnclosedQuoteIsLocated() throws {
        let diagnostic = try Self.failure("title: \"never closed\nid: x\n")
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.message.hasPrefix("YAML syntax: "))
        #expect(diagnostic.message.contains("quoted scalar"), "\(diagnostic.message)")
        #expect((diagnostic.location?.line ?? 0) >= 1 && (diagnostic.location?.line ?? 99) <= 3)
    }

    @Test func aDuplicateKeyIsReportedAtItsSecondOccurrence() throws {
        let top = try Self.failure("id: a\ntitle: t\nid: b\n")
        #expect(top.code == .duplicateKey)
        #expect(top.message == "duplicate key 'id' (each key may appear once in a mapping)")
        #expect(Self.place(top) == "3:1")

        let text = "customer:\n  name: Jānis\n  patience: 5\n  name: Pēteris\n"
        let nested = try Self.failure(text)
        #expect(nested.message == "duplicate key 'name' (each key may appear once in a mapping)")
        #expect(Self.place(nested) == TextPlace.of("name", in: text, occurrence: 2))
    }

    @Test func aQuotedDuplicateKeyIsFoundToo() throws {
        let diagnostic = try Self.failure("\"id\": a\ntitle: t\n'id': b\n")
        #expect(diagnostic.code == .duplicateKey)
        #expect(Self.place(diagnostic) == "3:1")
    }

    @Test func anUndefinedAliasIsLocated() throws {
        let diagnostic = try Self.failure("id: a\ntitle: *nowhere\n")
        #expect(diagnostic.code == .yamlSyntax)
        #expect(diagnostic.message.contains("found undefined alias"), "\(diagnostic.message)")
        #expect(Self.place(diagnostic) == "2:8")
    }

    @Test func aControlCharacterIsAReaderErrorAtItsByte() throws {
        let diagnostic = try Self.failure("id: a\ntitle: ā\u{07}\n")
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.message.hasPrefix("YAML cannot read the text: "), "\(diagnostic.message)")
        #expect(diagnostic.location?.line == 2)
    }

    @Test func aDocumentThatExpandsPastTheBudgetIsRefused() throws {
        let ten = { (item: String) in "[" + Array(repeating: item, count: 10).joined(separator: ", ") + "]" }
        let text = """
            a: &a \(ten("x"))
            b: &b \(ten("*a"))
            c: &c \(ten("*b"))
            d: &d \(ten("*c"))
            e: \(ten("*d"))

            """
        let diagnostic = try Self.failure(text)
        #expect(diagnostic.code == .tooManyNodes)
        #expect(diagnostic.message.contains("more than \(YAMLDocument.maximumNodes) values"), "\(diagnostic.message)")
        #expect((1...5).contains(diagnostic.location?.line ?? 0))

        let underBudget = text.components(separatedBy: "\n").prefix(4).joined(separator: "\n") + "\n"
        #expect(throws: Never.self) { try YAMLDocument.compose(SourceText(path: Self.path, text: underBudget)).get() }
    }
}
