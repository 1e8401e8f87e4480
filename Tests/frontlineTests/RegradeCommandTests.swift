import Foundation
import Testing
import FrontlineStore

/// After a content change, regrade re-scores stored replies, reports how the averages
/// moved, and keeps the grader's original scores.
@Suite struct RegradeCommandTests {
    @Test func regradingAfterAScenarioChangeMovesAccuracyAndKeepsTheOriginal() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("p.sqlite").path
        let played = try Binary.run(["play", "refund-request", "--trainee", "rg", "--store", store, "--seed", "0"],
                                    input: "Sorry, Dana. What is your order number?\n")
        #expect(played.status == 0, "\(played.err)")

        // A copy of the content in which asking for the order number no longer counts.
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for part in ["Rubrics", "Scenarios"] {
            try FileManager.default.copyItem(at: Binary.repository.appendingPathComponent(part), to: content.appendingPathComponent(part))
        }
        let scenario = content.appendingPathComponent("Scenarios/refund-request.yaml")
        let text = try String(contentsOf: scenario, encoding: .utf8)
        try text.replacingOccurrences(of: "\"order (number|id|reference|confirmation|no)\"", with: "\"zzz never said\"")
            .write(to: scenario, atomically: true, encoding: .utf8)

        let result = try Binary.run(["regrade", "--store", store], environment: ["FRONTLINE_CONTENT": content.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Regraded 1 turn; 1 of them scored differently."))
        let accuracy = try #require(result.out.split(separator: "\n").first { $0.hasPrefix("accuracy") })
        #expect(accuracy.contains("100.0") && accuracy.contains("-"), "accuracy fell: \(accuracy)")

        let saved = try SQLiteStore(path: store)
        let session = try #require(try saved.sessions(trainee: "rg", scenario: nil, limit: 1).first)
        let turn = try #require(try saved.turns(session: session.id).first)
        #expect(turn.scores[.accuracy] == 100, "the original score is kept")
        let regraded = try saved.regradedOverall(session: session.id)
        #expect(regraded[turn.id].map { $0 < turn.overall } == true)
    }

    @Test func withNoStoreThereIsNothingToRegrade() throws {
        let folder = try Binary.temporaryFolder()
        let result = try Binary.run(["regrade", "--store", folder.appendingPathComponent("none.sqlite").path])
        #expect(result.status == 0)
        #expect(result.out.contains("nothing to regrade"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none.sqlite").path))
    }
}
