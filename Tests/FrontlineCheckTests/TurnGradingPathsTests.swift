import Foundation
import Testing
import FrontlineEngine
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
@testable import FrontlineCheck

/// The same replies graded by play, by a regrade of what the store keeps, and by a
/// walkthrough replay get identical grades: all three grade through `TurnGrading`.
@Suite struct TurnGradingPathsTests {
    static let catalog = CatalogLoader.load(root: CheckerTests.repository.path).catalog
    static let library = GraderLibrary(catalog: catalog)
    static let replies: [(text: String, seconds: Double)] = [
        ("I'm so sorry the blender arrived cracked, Dana. Could you share your order number so I can sort it out?", 14),
        ("Thank you. You don't need to send it back; a photo is enough. You'll get a full refund within 5-7 business days.", 48),
    ]

    static func play() throws -> (records: [TurnRecord], ending: String?) {
        let scenario = try #require(catalog.scenario("refund-request"))
        let clock = ManualClock()
        var conversation = Conversation(scenario: scenario, grader: try #require(library.grader(for: "en")), clock: clock, seed: 0)
        _ = conversation.start()
        for reply in replies {
            conversation.markShown()
            clock.advance(by: reply.seconds)
            _ = conversation.reply(reply.text)
        }
        guard case .ended(let summary) = conversation.state else { return (conversation.records, nil) }
        return (conversation.records, summary.endingId)
    }

    /// A walkthrough whose every band is exactly what play scored (`shift` moves them off it).
    static func walkthrough(_ records: [TurnRecord], ending: String, shift: Double = 0) -> Walkthrough {
        let steps = zip(replies, records).map { reply, record in
            Walkthrough.Step(reply: reply.text, seconds: reply.seconds, turn: record.turnId,
                             overall: ScoreBand(record.overall + shift, record.overall + shift),
                             scores: record.grade.scores.mapValues { ScoreBand($0 + shift, $0 + shift) })
        }
        return Walkthrough(scenario: "refund-request", name: "same grades", steps: steps, ending: ending, overall: nil,
                           source: SourceFile(path: "test.walkthrough.yaml", fingerprint: ""))
    }

    @Test func aWalkthroughReplayScoresExactlyWhatPlayScored() throws {
        let (records, ending) = try Self.play()
        let scenario = try #require(Self.catalog.scenario("refund-request"))
        let grader = try #require(Self.library.grader(for: "en"))
        let runner = WalkthroughRunner(catalog: Self.catalog, library: Self.library)
        let ended = try #require(ending)
        #expect(runner.replay(Self.walkthrough(records, ending: ended), scenario: scenario, grader: grader).isEmpty)
        // The comparison can fail: bands half a point off are reported.
        #expect(!runner.replay(Self.walkthrough(records, ending: ended, shift: 0.5), scenario: scenario, grader: grader).isEmpty)
    }

    @Test func aRegradeScoresExactlyWhatPlayScored() throws {
        let (records, _) = try Self.play()
        let scenario = try #require(Self.catalog.scenario("refund-request"))
        let grading = TurnGrading(grader: try #require(Self.library.grader(for: "en")), scenario: scenario)
        let regraded = grading.replay(records.map {
            TurnGrading.StoredReply(turnId: $0.turnId, customerLine: $0.customerLine, text: $0.reply, timings: $0.timings,
                                    nudges: $0.nudges, hintsUsed: $0.hintsUsed, retried: false)
        })
        #expect(regraded.map(\.grade) == records.map(\.grade))
        #expect(regraded.map(\.overall) == records.map(\.overall))
    }
}
