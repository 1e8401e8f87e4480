import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// `Diagnostics`, the per-file collector: where a node is (1-based, clamped onto the text),
/// errors and warnings in the order raised, `hasErrors`, the names of definitions that did
/// not decode; and `Node.kindDescription`, the words wrong-type messages name a value by.
@Suite struct DiagnosticsTests {
    static let path = "Scenarios/x.yaml"

    static func collector(_ text: String) throws -> (Diagnostics, FrontlineLoader.YAMLDocument) {
        let source = SourceText(path: path, text: text)
        return (Diagnostics(source: source), try YAMLDocument.compose(source).get())
    }

    @Test func aNodeIsLocatedOneBasedInItsFile() throws {
        let (diagnostics, document) = try Self.collector("id: a\ncustomer:\n  name: «جان»\n  patience: 40\n")
        #expect(diagnostics.file == Self.path)
        #expect(diagnostics.location(document.root) == SourceLocation(file: Self.path, line: 1, column: 1))
        let customer = try #require(document.root["customer"])
        #expect(diagnostics.location(customer) == SourceLocation(file: Self.path, line: 3, column: 3))
        let patience = try #require(customer["patience"])
        #expect(diagnostics.location(patience) == SourceLocation(file: Self.path, line: 4, column: 13))
    }

    @Test func columnsCountUnicodeScalars() throws {
        let (diagnostics, document) = try Self.collector("vārds: «سلام» x\nnext: 1\n")
        let next = try #require(document.root["next"])
        #expect(diagnostics.location(next).column == 7)
        let name = try #require(document.root["vārds"])
        #expect(diagnostics.location(name).column == 8, "'vārds: ' is seven scalars")
    }

    @Test func errorsAndWarningsAreKeptInOrderWithTheirSeverity() throws {
        let (diagnostics, document) = try Self.collector("a: 1\nb: 2\n")
        #expect(!diagnostics.hasErrors)
        #expect(diagnostics.items.isEmpty)
        let b = try #require(document.root["b"])
        diagnostics.warning(.invalidValue, "only a warning", at: b)
        #expect(!diagnostics.hasErrors, "warnings are not errors")
        diagnostics.error(.wrongType, "an error", at: document.root)
        diagnostics.add(.warning(.unknownKey, "added", at: nil))
        #expect(diagnostics.hasErrors)
        #expect(diagnostics.items.map(\.severity) == [.warning, .error, .warning])
        #expect(diagnostics.items.map(\.code) == [.invalidValue, .wrongType, .unknownKey])
        #expect(diagnostics.items.map(\.message) == ["only a warning", "an error", "added"])
        #expect(diagnostics.items[0].location == SourceLocation(file: Self.path, line: 2, column: 4))
        #expect(diagnostics.items[1].location == SourceLocation(file: Self.path, line: 1, column: 1))
        #expect(diagnostics.items[2].location == nil)
    }

    @Test func brokenNamesAreKeptByKind() throws {
        let (diagnostics, _) = try Self.collector("a: 1\n")
        #expect(diagnostics.brokenNames.isEmpty)
        diagnostics.broken(.expectation, "ask-order")
        diagnostics.broken(.turn, "opening")
        diagnostics.broken(.turn, "opening")
        #expect(diagnostics.brokenNames == ["expectation:ask-order", "turn:opening"])
        #expect(diagnostics.brokenNames.contains(.expectation, "ask-order"))
        #expect(diagnostics.brokenNames.contains(.turn, "opening"))
        #expect(!diagnostics.brokenNames.contains(.turn, "ask-order"), "the kind is part of the name")
        #expect(!diagnostics.brokenNames.contains(.ending, "opening"))
        #expect(!diagnostics.brokenNames.contains(.fact, "ask-order"))
    }

    @Test(arguments: [("n: 3", "a number"), ("n: -12", "a number"), ("n: ~", "nothing (null)"), ("n:", "nothing (null)"),
                      ("n: null", "nothing (null)"), ("n: '3'", "text"), ("n: \"null\"", "text"), ("n: hello", "text"),
                      ("n: Jānis", "text"), ("n: [1, 2]", "a list"), ("n: []", "a list"), ("n: {a: 1}", "a mapping"),
                      ("n: |\n  block", "text")])
    func kindDescriptionNamesWhatAValueIs(_ line: String, _ kind: String) throws {
        let (_, document) = try Self.collector(line + "\n")
        let node = try #require(document.root["n"])
        #expect(node.kindDescription == kind)
    }

    @Test func aPlainDecimalIsCalledANumber() throws {
        let (_, document) = try Self.collector("n: 3.5\n")
        let node = try #require(document.root["n"])
        #expect(node.kindDescription == "a number")
    }
}
