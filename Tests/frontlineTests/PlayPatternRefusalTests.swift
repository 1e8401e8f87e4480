import Foundation
import Testing

/// `frontline play`, `regrade` and `grade` refuse content whose rubric has a pattern that
/// does not compile, naming the file, line and column, instead of scoring without it.
@Suite struct PlayPatternRefusalTests {
    @Test func aBadRubricPatternRefusesToPlay() throws {
        let content = Binary.repository.appendingPathComponent("Tests/FrontlineCheckTests/Fixtures/bad-rubric-pattern")
        let folder = try Binary.temporaryFolder()
        let result = try Binary.run(["play", "fixture", "--trainee", "t", "--store", folder.appendingPathComponent("p.sqlite").path],
                                    input: "Hello!\n", environment: ["FRONTLINE_CONTENT": content.path, "XDG_STATE_HOME": folder.path])
        #expect(result.status != 0)
        #expect(result.err.contains("Rubrics/en/empathy.yaml:9:21: error: in phrase '(good morning|good day': '(' is never closed with ')' [FL0020]"), "\(result.err)")
        #expect(!result.out.contains("Sam Doe:"), "the conversation never starts")
    }

    @Test func regradeAndGradeRefuseItToo() throws {
        let content = Binary.repository.appendingPathComponent("Tests/FrontlineCheckTests/Fixtures/bad-rubric-pattern")
        let folder = try Binary.temporaryFolder()
        let environment = ["FRONTLINE_CONTENT": content.path, "XDG_STATE_HOME": folder.path]
        let located = "Rubrics/en/empathy.yaml:9:21: error: in phrase '(good morning|good day': '(' is never closed with ')' [FL0020]"
        let regrade = try Binary.run(["regrade", "--store", folder.appendingPathComponent("p.sqlite").path], environment: environment)
        #expect(regrade.status != 0)
        #expect(regrade.err.contains(located), "\(regrade.err)")
        let input = folder.appendingPathComponent("in.jsonl")
        try #"{"id": 1, "reply": "hello"}"#.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.jsonl")
        let grade = try Binary.run(["grade", "-i", input.path, "-o", output.path], environment: environment)
        #expect(grade.status != 0)
        #expect(grade.err.contains(located), "\(grade.err)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written")
    }
}
