import Foundation
import Testing

/// `frontline check` as a manager runs it (#16).
@Suite struct CheckCommandTests {
    /// The README's own example: the scenario with its walkthrough, no FL0024, strict passes.
    @Test func checkingTheReadmesExampleFindsItsWalkthrough() throws {
        let checked = try Binary.run(["check", "--strict", "Scenarios/refund-request.yaml"])
        #expect(checked.status == 0, "\(checked.out)\(checked.err)")
        #expect(checked.out == "checked 2 files: no problems\n")
    }

    /// A scenario that does not parse is one error, not also its walkthroughs' and track's.
    @Test func aSyntaxErrorIsTheOnlyDiagnostic() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarios = folder.appendingPathComponent("Scenarios")
        try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent("Scenarios"), to: scenarios)
        let file = scenarios.appendingPathComponent("refund-request.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "    expect:\n      - id: ask-order\n", with: "  expect:\n      - id: ask-order\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let checked = try Binary.run(["check", "Scenarios"], environment: ["FRONTLINE_CONTENT": Binary.repository.path], directory: folder)
        #expect(checked.status == 1)
        let headers = checked.out.split(separator: "\n").filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(headers.count == 1, "\(checked.out)")
        #expect(headers.first?.hasPrefix("Scenarios/refund-request.yaml:32:3: error: YAML syntax: the indentation breaks here") == true, "\(checked.out)")
    }
}
