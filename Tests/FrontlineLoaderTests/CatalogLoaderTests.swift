import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

@Suite struct CatalogLoaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func loadsTheShippedContent() {
        let result = CatalogLoader.load(root: Self.repository.path)
        #expect(result.catalog.scenarios.count >= 9)
        #expect(Set(result.catalog.rubricLanguages).isSuperset(of: ["en", "fa", "lv"]))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    }

    /// Content folders that share one set of rubrics through a symbolic link load them
    /// (a linked folder used to be taken for an empty one: "rubrics exist for: none").
    @Test func aRubricsFolderThatIsASymbolicLinkIsFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("Scenarios"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("Rubrics"),
                                                   withDestinationURL: Self.repository.appendingPathComponent("Rubrics"))
        try FileManager.default.copyItem(at: Self.repository.appendingPathComponent("Scenarios/refund-request.yaml"),
                                         to: folder.appendingPathComponent("Scenarios/refund-request.yaml"))
        let result = CatalogLoader.load(root: folder.path)
        #expect(Set(result.catalog.rubricLanguages) == ["en", "fa", "lv"])
        #expect(result.catalog.rubrics.allSatisfy { $0.source.path.hasPrefix(folder.path + "/Rubrics/") }, "files keep the path given")
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
    }

    @Test func anEditedRubricReplacesTheShippedOneOfTheSameLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let edited = folder.appendingPathComponent("empathy.yaml")
        try """
            dimension: empathy
            language: en
            weight: 0.4
            criteria:
              - id: only-one
                name: Only one
                tip: A tip.
                points: 10
                say: ["hello"]
                examples: { match: ["hello"], no_match: ["bye"] }
            """.write(to: edited, atomically: true, encoding: .utf8)
        let result = CatalogLoader.load(paths: [edited.path], context: [Self.repository.appendingPathComponent("Rubrics").path])
        let empathy = result.catalog.rubrics.filter { $0.language == "en" && $0.dimension == .empathy }
        #expect(empathy.count == 1)
        #expect(empathy.first?.criteria.map(\.id) == ["only-one"])
        #expect(result.catalog.rubrics(for: "en").count == 3, "the other shipped rubrics still give context")
    }

    @Test func locationsPointAtKeysAndValues() throws {
        let source = SourceText(path: "x.yaml", text: "id: a\nlanguage: en\n")
        let document = try YAMLDocument.compose(source).get()
        let collector = Diagnostics(source: source)
        let reader = MappingReader(document.root, what: "x", known: ["id", "language"], diagnostics: collector)!
        #expect(reader.valueLocations["language"]?.description == "x.yaml:2:11")
    }
}
