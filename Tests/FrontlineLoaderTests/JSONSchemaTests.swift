import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// The schemas `frontline schema` writes come from the loader's key tables: every shipped
/// file conforms, every structural invalid fixture does not, and the committed schemas
/// are what the tables generate (#16).
@Suite struct JSONSchemaTests {
    static let repository = CatalogLoaderTests.repository

    static func kind(of path: String) -> JSONSchema.Kind? {
        let name = (path as NSString).lastPathComponent
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let value = JSONValue.fromYAML(text) else { return nil }
        if name.hasSuffix(".walkthrough.yaml") { return .walkthrough }
        if name.hasSuffix(".track.yaml") { return .track }
        if name == "language.yaml" { return .language }
        return value["dimension"] != nil ? .rubric : .scenario
    }

    static func problems(_ path: String) -> [String]? {
        guard let kind = kind(of: path), let text = try? String(contentsOfFile: path, encoding: .utf8),
              let value = JSONValue.fromYAML(text) else { return nil }
        return SchemaValidator.problems(value, JSONSchema.document(kind))
    }

    static func shippedFiles() -> [String] {
        CatalogLoader.files(in: CatalogLoader.contentFolders(root: repository.path))
    }

    @Test(arguments: shippedFiles())
    func everyShippedFileConforms(_ path: String) throws {
        let problems = try #require(Self.problems(path))
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    /// Editors find each shipped file's schema from its first line.
    @Test(arguments: shippedFiles())
    func everyShippedFileNamesItsSchemaOnItsFirstLine(_ path: String) throws {
        let kind = try #require(Self.kind(of: path))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let first = String(text.prefix { $0 != "\n" })
        let prefix = "# yaml-language-server: $schema="
        #expect(first.hasPrefix(prefix) && first.hasSuffix("schemas/\(kind.fileName)"), "\(first)")
        let target = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(String(first.dropFirst(prefix.count)))
        #expect(FileManager.default.fileExists(atPath: target.standardizedFileURL.path), "\(target.path)")
    }

    /// Structural mistakes: an unknown key, a missing key, a wrong type, a value outside a
    /// list or range, an empty phrase list, a criterion without examples.
    static let structural: Set<String> = ["FL0007", "FL0008", "FL0010", "FL0011", "FL0017", "FL0018"]

    @Test(arguments: InvalidFixtureTests.expectations().filter { structural.contains($0.code) })
    func everyStructuralInvalidFixtureDoesNot(_ fixture: InvalidFixtureTests.Expectation) throws {
        let problems = try #require(Self.problems(fixture.file), "\(fixture.file) should parse")
        #expect(!problems.isEmpty, "\(fixture.fixture) conforms to the schema but the loader rejects it")
    }

    @Test(arguments: JSONSchema.Kind.allCases)
    func theCommittedSchemasAreWhatTheKeyTablesGenerate(_ kind: JSONSchema.Kind) throws {
        let path = Self.repository.appendingPathComponent("schemas/\(kind.fileName)").path
        let committed = try String(contentsOfFile: path, encoding: .utf8)
        #expect(committed == JSONSchema.document(kind).text, "run 'swift run frontline schema' and commit schemas/")
    }

    /// What the decoders accept as keys is what the schemas list (one table for both).
    @Test func theLoadersKnownKeysAreTheTables() {
        #expect(ScenarioDecoder.keys == KeyTables.scenario.names)
        #expect(LanguagePackDecoder.keys == KeyTables.languagePack.names)
        let schema = JSONSchema.document(.rubric)
        guard case .object(let properties)? = schema["properties"]?["criteria"]?["items"]?["properties"] else {
            Issue.record("no criterion properties")
            return
        }
        #expect(properties.map(\.0) == KeyTables.criterion.names)
    }

    @Test func anUnknownKeyIsRejectedByBothTheLoaderAndTheSchema() throws {
        let text = "id: x\ntitle: X\nchannel: chat\nlanguage: en\nsilense: {}\n"
        let value = try #require(JSONValue.fromYAML(text))
        #expect(SchemaValidator.problems(value, JSONSchema.document(.scenario)).contains { $0.contains("unknown key 'silense'") })
    }

    @Test func theValidatorChecksWhatItClaims() {
        let schema = JSONSchema.document(.track)
        #expect(!SchemaValidator.problems(.object([("id", .string("t")), ("title", .string("T"))]), schema).isEmpty, "steps is required")
        let step: JSONValue = .object([("title", .string("S")), ("scenarios", .string("a")), ("pass", .object([("overall", .number(120))]))])
        let track: JSONValue = .object([("id", .string("t")), ("title", .string("T")), ("steps", .array([step]))])
        #expect(SchemaValidator.problems(track, schema).contains { $0.contains("above 100") })
    }
}
