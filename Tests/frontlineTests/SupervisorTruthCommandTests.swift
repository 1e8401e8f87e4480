import Foundation
import FrontlineModel
import FrontlineStore
import Testing

/// `annotate --criterion`, `review --calibration`, `export --format jsonl --calibration`,
/// `dispute` and the truth about a silent call, end to end on real played sessions.
@Suite struct SupervisorTruthCommandTests {
    typealias R = ReviewCommandTests

    /// The first rubric criterion the grader found missed on turn 1 of session 1.
    static func missedCriterion(_ store: String) throws -> (trainee: String, id: String) {
        let progress = try SQLiteStore(path: store)
        defer { try? progress.close() }
        let session = try #require(try progress.session(1))
        let finding = try #require(try progress.turns(session: 1).first?.findings.first { $0.outcome == .missed && $0.source == .rubric })
        return (session.trainee, finding.criterionId)
    }

    @Test func aCorrectedFindingMovesItsDimensionAndBecomesAGraderTestCase() throws {
        let store = try R.store()
        let (_, id) = try Self.missedCriterion(store)
        let added = try Binary.run(["annotate", "1", "1", "--criterion", id, "--met", "--reason", "it was there", "--store", store,
                                    "--supervisor", "Pat"])
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("(\(id)): missed → met;") && added.out.contains("the grader's finding is kept"))
        let again = try Binary.run(["annotate", "1", "1", "--criterion", id, "--met", "--reason", "r", "--store", store])
        #expect(again.status == 0, "a later correction of the same criterion replaces the earlier one: \(again.err)")

        let calibration = try Binary.run(["review", "--calibration", "--store", store])
        #expect(calibration.out.contains("Per criterion: supervisors' corrections"))
        #expect(calibration.out.split(separator: "\n").contains { $0.contains(id) && $0.contains(" 1 ") }, "\(calibration.out)")

        let export = try Binary.run(["export", "--format", "jsonl", "--calibration", "--store", store])
        #expect(export.status == 0, "\(export.err)")
        let lines = export.out.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect((object["met"] as? [String])?.contains(id) == true)
        #expect(object["scenario"] as? String == "refund-request" && object["reply"] is String && object["customer"] is String)
        #expect(object["turn"] is String)
    }

    @Test func aCorrectionThatNamesNoCriterionOrAgreesWithTheGraderIsRefused() throws {
        let store = try R.store()
        let (_, id) = try Self.missedCriterion(store)
        let unknown = try Binary.run(["annotate", "1", "1", "--criterion", "no-such-thing", "--met", "--reason", "r", "--store", store])
        #expect(unknown.status != 0 && unknown.err.contains("has no criterion 'no-such-thing'"))
        let same = try Binary.run(["annotate", "1", "1", "--criterion", id, "--missed", "--reason", "r", "--store", store])
        #expect(same.status != 0 && same.err.contains("already found '\(id)' missed"))
        let both = try Binary.run(["annotate", "1", "1", "--criterion", id, "--reason", "r", "--store", store])
        #expect(both.status != 0 && both.err.contains("--met or --missed"))
    }

    @Test func aTraineeDisputesTheirTurnAndAnAnnotationSettlesIt() throws {
        let store = try R.store()
        let (trainee, _) = try Self.missedCriterion(store)
        let other = try Binary.run(["dispute", "1", "1", "--reason", "r", "--trainee", "Somebody Else", "--store", store])
        #expect(other.status != 0 && other.err.contains("you can dispute only your own turns"))
        let disputed = try Binary.run(["dispute", "1", "1", "--reason", "I did apologise", "--trainee", trainee, "--store", store])
        #expect(disputed.status == 0, "\(disputed.err)")
        let review = try Binary.run(["review", "--store", store])
        #expect(review.out.contains("Open disputes (1)") && review.out.contains("I did apologise"))
        _ = try Binary.run(["annotate", "1", "1", "--note", "You did; noted.", "--store", store])
        #expect(!(try Binary.run(["review", "--store", store])).out.contains("Open disputes"))
        let transcript = try Binary.run(["transcript", "1", "--store", store])
        #expect(transcript.out.contains("⚑ dispute") && transcript.out.contains("(settled): I did apologise"))
    }

    /// `/dispute` right after a reply, in the REPL: the same dispute a supervisor sees in review.
    @Test func aTraineeDisputesFromTheConversation() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("progress.sqlite").path
        let played = try Binary.run(["play", "refund-request", "--trainee", "ria", "--store", store, "--seed", "0"],
                                    input: "/dispute\nOrder number?\n/dispute\n/dispute I asked for it plainly\n")
        #expect(played.status == 0, "\(played.err)")
        #expect(played.out.contains("Nothing to dispute yet"))
        #expect(played.out.contains("Say why, e.g. /dispute"))
        #expect(played.out.contains("Turn 1 is disputed (dispute 1)"))
        let review = try Binary.run(["review", "--store", store])
        #expect(review.out.contains("Open disputes (1)") && review.out.contains("I asked for it plainly"))
    }

    @Test func aCustomerWhoHungUpBeforeAnyReplyIsNotOnTrack() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("silent.sqlite").path
        let script = folder.appendingPathComponent("silent.txt")
        try "@30m\n".write(to: script, atomically: true, encoding: .utf8)
        let played = try Binary.run(["play", "refund-request", "--script", script.path, "--trainee", "Omar", "--store", store])
        #expect(played.status == 0, "\(played.err)")
        let review = try Binary.run(["review", "--trainee", "Omar", "--store", store])
        #expect(!review.out.contains("on track"))
        #expect(review.out.contains("needs attention: latest session (1) ended hung up before any reply"), "\(review.out)")
        #expect(review.out.contains("abandoned  hung up"))
        let progress = try SQLiteStore(path: store)
        let session = try #require(try progress.session(1))
        #expect(session.status == .abandoned && session.outcome == .hungUp)
        #expect(session.lastActivityAt <= Date(), "a script's half hour of silence is not stored in the future")
    }
}
