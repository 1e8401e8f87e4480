import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

@Suite struct MappingReaderTests {
    static func reader(_ text: String) throws -> (MappingReader, Diagnostics) {
        let source = SourceText(path: "x.yaml", text: text)
        let document = try YAMLDocument.compose(source).get()
        let collector = Diagnostics(source: source)
        return (MappingReader(document.root, what: "x", known: ["points", "weight", "seconds"], diagnostics: collector)!, collector)
    }

    /// The range check worked, but its message converted the value to Int and trapped.
    @Test(arguments: [("points: 1e19", "1e+19"), ("weight: .inf", "inf"), ("seconds: -.inf", "-inf"), ("points: 1e400", "inf")])
    func numbersBeyondIntGetALocatedRangeError(_ line: String, _ shown: String) throws {
        let (reader, collector) = try Self.reader("id: a\n" + line + "\n")
        let key = String(line.prefix { $0 != ":" })
        #expect(reader.number(key, range: 0...86_400) == nil)
        let diagnostic = try #require(collector.items.first)
        #expect(diagnostic.code == .invalidValue)
        #expect(diagnostic.location?.line == 2)
        #expect(diagnostic.message.hasSuffix("found \(shown)"), "\(diagnostic.message)")
    }

    /// A 500 KB block scalar where a number belongs was quoted whole: a 35,713-line error.
    @Test func aHugeValueIsQuotedAsAShortExcerptOnOneLine() throws {
        let block = String(repeating: "  fourteen words of filler text that go on and on and on\n", count: 9_000)
        let (reader, collector) = try Self.reader("points: |\n" + block + "weight: 1\n")
        #expect(reader.number("points") == nil)
        let message = try #require(collector.items.first?.message)
        #expect(!message.contains("\n"), "one line")
        #expect(message.count < 200, "\(message.count) characters")
        #expect(message.contains("fourteen words of filler text") && message.contains("…"))
    }

    @Test func controlCharactersInAValueAreShownNotSent() throws {
        let (reader, collector) = try Self.reader("points: \"\\e[2Jten\"\n")
        #expect(reader.number("points") == nil)
        #expect(collector.items.first?.message.contains("'\\u{1B}[2Jten'") == true, "\(collector.items.map(\.message))")
    }
}
