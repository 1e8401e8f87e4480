import Foundation
import Testing

/// `frontline play` refuses content whose rubric has a pattern that does not compile,
/// naming the file, line and column, instead of playing with the pattern dropped.
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
}
