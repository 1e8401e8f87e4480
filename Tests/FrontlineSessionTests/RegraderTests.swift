import Foundation
import Testing
import FrontlineEngine
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import FrontlineStore
@testable import FrontlineSession

/// Regrading replays stored turns as play graded them: a nudged reply by the clock's one
/// rule, and a retried attempt without carrying what it said forward.
@Suite struct RegraderTests {
    static let catalog = CatalogLoader.load(root: RegradeRunTests.repository.path).catalog
    let regrader = Regrader(catalog: catalog, library: GraderLibrary(catalog: catalog))

    static let session = StoredSession(
        id: 1, trainee: "t", scenarioId: "refund-request", scenarioTitle: "T", language: "en", mode: "coach",
        contentFingerprint: "x", status: .completed, startedAt: Date(timeIntervalSince1970: 0),
        lastActivityAt: Date(timeIntervalSince1970: 0), finishedAt: nil, endingId: nil, outcome: nil, debrief: nil,
        overall: nil, scores: [:], turnCount: 2, pid: 1, hostname: "h")

    func turn(_ index: Int, _ turnId: String, _ reply: String, sent: Double = 5, nudges: Int = 0, retried: Bool = false) -> StoredTurn {
        StoredTurn(id: Int64(index + 1), sessionId: 1, index: index, turnId: turnId, customerLine: "Hi", reply: reply,
                   shownAt: Date(timeIntervalSince1970: 0), firstKeystrokeSeconds: nil, sentSeconds: sent, scores: [:],
                   gradeOverall: 0, overall: 0, criticalFailure: false, gradeMessage: nil, hintsUsed: 0, patienceBefore: 60,
                   patienceAfter: 60, nudges: nudges, next: "", findings: [], retried: retried)
    }

    @Test func aNudgedTurnCannotRegradeToFullResponseTime() throws {
        // Long enough (about 250 characters) that its length allowance stretches the target past 70 s.
        let reply = "I'm so sorry the blender arrived cracked, Dana, that is a horrible thing to find when you open a box you were looking forward to. Could you share your order number with me so I can look into it right away and sort it out for you today?"
        let nudged = try regrader.regrade(Self.session, turns: [turn(0, "opening", reply, sent: 70, nudges: 1)]).get()
        let quiet = try regrader.regrade(Self.session, turns: [turn(0, "opening", reply, sent: 70, nudges: 0)]).get()
        #expect(try #require(quiet.first?.grade.scores[.responseTime]) == 100)
        #expect(try #require(nudged.first?.grade.scores[.responseTime]) < 100)
    }

    @Test func aRetriedAttemptDoesNotCountAsSaid() throws {
        // The retried attempt asked for the order number; the new attempt did not.
        let turns = [turn(0, "opening", "Sorry, Dana. What's your order number?", retried: true),
                     turn(1, "opening", "Sorry about that, Dana.")]
        let regraded = try regrader.regrade(Self.session, turns: turns).get()
        let second = try #require(regraded.last)
        #expect(!second.grade.metExpectations.contains("ask-order"))
        #expect(regraded.first?.grade.metExpectations.contains("ask-order") == true)
    }
}
