import Foundation
import Testing
@testable import frontline

/// `frontline new scenario ID --language fa` writes a pair that passes `check` (#16).
@Suite struct NewCommandTests {
    @Test(arguments: ["fa", "lv", "en"])
    func theNewScenarioAndWalkthroughPassCheck(_ language: String) throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try Binary.run(["new", "scenario", "first-try", "--language", language, "--output", folder.path])
        #expect(made.status == 0, "\(made.out)\(made.err)")
        #expect(made.out.contains("checked 2 files: no problems"), "\(made.out)")
        let scenario = folder.appendingPathComponent("first-try.yaml").path
        let text = try String(contentsOfFile: scenario, encoding: .utf8)
        #expect(text.contains("language: \(language)"))
        // The first line names the schema, relative to where the file is.
        let first = text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("# yaml-language-server: $schema=") && first.hasSuffix("schemas/scenario.schema.json"), "\(first)")
        let reference = String(first.dropFirst("# yaml-language-server: $schema=".count))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(reference).standardizedFileURL.path))
        // And `check --strict` of the file alone agrees: no error, no warning.
        let checked = try Binary.run(["check", "--strict", scenario])
        #expect(checked.status == 0, "\(checked.out)\(checked.err)")
        #expect(checked.out.contains("checked 2 files: no problems"))
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("mine.yaml").path
        try "id: mine\n".write(toFile: path, atomically: true, encoding: .utf8)
        let made = try Binary.run(["new", "scenario", "mine", "--output", folder.path])
        #expect(made.status != 0)
        #expect(made.err.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "id: mine\n")
    }

    @Test func anInvalidIdIsRefusedWithAnExample() throws {
        let made = try Binary.run(["new", "scenario", "Late Refund", "--output", "/nonexistent"])
        #expect(made.status != 0)
        #expect(made.err.contains("'Late Refund' is not a valid scenario id"))
    }

    @Test func relativePathsClimbToTheCommonFolder() {
        #expect(NewScenarioWriter.relativePath(from: "/srv/c/Scenarios", to: "/srv/c/schemas/scenario.schema.json") == "../schemas/scenario.schema.json")
        #expect(NewScenarioWriter.relativePath(from: "/srv/c", to: "/srv/c/schemas/x.json") == "schemas/x.json")
    }

    /// `frontline schema --output` writes the five schemas, the same as the committed ones.
    @Test func schemaWritesTheCommittedSchemas() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try Binary.run(["schema", "--output", folder.path])
        #expect(written.status == 0, "\(written.err)")
        for kind in ["scenario", "walkthrough", "rubric", "language", "track"] {
            let made = try String(contentsOf: folder.appendingPathComponent("\(kind).schema.json"), encoding: .utf8)
            let committed = try String(contentsOf: Binary.repository.appendingPathComponent("schemas/\(kind).schema.json"), encoding: .utf8)
            #expect(made == committed, "\(kind)")
        }
    }

    @Test func templateIdsFollowTheLoadersRule() {
        #expect(ScenarioTemplate.isValidId("late-refund_2"))
        #expect(!ScenarioTemplate.isValidId("2-late"))
        #expect(!ScenarioTemplate.isValidId("Late"))
    }
}
