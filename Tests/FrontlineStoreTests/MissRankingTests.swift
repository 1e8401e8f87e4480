import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Most-missed by weight")
struct MissRankingTests {
    typealias F = ReviewFixture

    @Test("the scenario's expectations and critical penalties come first, each by the points its misses cost",
          arguments: StoreKind.allCases)
    func ranking(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            // Every fixture turn: acknowledge met, dismissive (critical penalty, −10) triggered,
            // refund-window (expectation, 30) missed; tone criteria missed on every turn added below.
            _ = try F.play(store, turns: 3) { index in
                var turn = Fixture.turn(index)
                turn.grade.findings.append(Finding(dimension: .empathy, criterionId: "use-name", name: "Use the name",
                                                   outcome: .missed, source: .rubric, points: 0, possible: 5))
                turn.grade.findings.append(Finding(dimension: .empathy, criterionId: "warmth", name: "Warmth",
                                                   outcome: .missed, source: .rubric, points: 0, possible: 20))
                return turn
            }
            let misses = try store.review(ReviewFilter()).misses
            #expect(misses.map(\.criterionId) == ["refund-window", "dismissive", "warmth", "use-name"])
            #expect(misses[0].pointsLost == 90 && misses[0].weight == 30 && misses[0].source == .expectation)
            #expect(misses[1].pointsLost == 30 && misses[3].pointsLost == 15)
            let filtered = try store.review(ReviewFilter(since: F.day(-1)))
            #expect(filtered.misses.map(\.criterionId) == misses.map(\.criterionId), "the same order from the per-day rollup")
        }
    }
}
