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
}
