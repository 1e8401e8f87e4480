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

    @Test func templateIdsFollowTheLoadersRule() {
        #expect(ScenarioTemplate.isValidId("late-refund_2"))
        #expect(!ScenarioTemplate.isValidId("2-late"))
        #expect(!ScenarioTemplate.isValidId("Late"))
    }
}
