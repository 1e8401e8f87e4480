import Foundation
import Testing
import FrontlineLoader
import FrontlineModel

/// The rules the shipped training content must keep (foundation issue).
@Suite struct ShippedContentTests {
    static let catalog = CatalogLoader.load(root: CheckerTests.repository.path).catalog

    @Test func thereAreAtLeastNineScenariosCoveringTheKnownCases() {
        let ids = Set(Self.catalog.scenarios.map(\.id))
        #expect(ids.count >= 9)
        for required in ["angry-caller", "technical-bug", "refund-request", "account-access", "billing-error",
                         "late-delivery", "cancellation-retention", "abusive-customer", "escalation-second-line"] {
            #expect(ids.contains(required), "missing \(required)")
        }
    }

    @Test func persianAndLatvianScenariosExist() {
        #expect(Self.catalog.scenarios.contains { $0.language == "fa" })
        #expect(Self.catalog.scenarios.contains { $0.language == "lv" })
    }

    @Test(arguments: CatalogLoader.load(root: CheckerTests.repository.path).catalog.scenarios.map(\.id))
    func everyScenarioBranchesTwiceEndsTwoWaysAndHasAWalkthrough(_ id: String) throws {
        let scenario = try #require(Self.catalog.scenario(id))
        let branching = scenario.turns.filter { Set($0.branches.map(\.target)).count > 1 }
        #expect(branching.count >= 2, "\(id) branches \(branching.count) times")
        #expect(Set(scenario.endings.map(\.outcome)).count >= 2 || scenario.endings.count >= 2)
        let walkthroughs = Self.catalog.walkthroughs.filter { $0.scenario == id }
        #expect(!walkthroughs.isEmpty)
        #expect(Set(walkthroughs.map(\.ending)).count >= 2, "\(id): walkthroughs reach \(Set(walkthroughs.map(\.ending)))")
    }

    @Test func everyTrackStepNamesShippedScenarios() {
        let ids = Set(Self.catalog.scenarios.map(\.id))
        #expect(!Self.catalog.tracks.isEmpty)
        for track in Self.catalog.tracks {
            for step in track.steps { #expect(step.scenarios.allSatisfy(ids.contains)) }
        }
    }
}
