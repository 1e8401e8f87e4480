import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// Narrowing a review: names checked against the store and the shipped content, tracks
/// expanded to their scenarios, and a mistyped name answered with "did you mean".
@Suite struct ReviewFilterResolverTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// A store where Ava played refund-request once.
    static func store() throws -> any ProgressStore {
        let store = try StoreLocation(try StoreIntentTests.folder() + "/progress.sqlite").open(.write)
        _ = try store.startSession(SessionStart(trainee: "Ava", scenarioId: "refund-request", scenarioTitle: "Refund", language: "en",
                                                mode: "coach", contentFingerprint: "0", startedAt: Date(timeIntervalSince1970: 1_000)))
        return store
    }

    func resolve(trainee: String? = nil, scenarios: [String] = [], track: String? = nil, loads: inout Int) throws -> ReviewFilter {
        var count = 0
        defer { loads = count }
        return try ReviewFilterResolver(trainee: trainee, scenarios: scenarios, track: track)
            .resolve(since: nil, until: nil, in: try Self.store()) {
                count += 1
                return CatalogLoader.load(root: Self.content).catalog
            }
    }

    @Test func aTraineeAloneNeedsNoContent() throws {
        var loads = 0
        let filter = try resolve(trainee: "Ava", loads: &loads)
        #expect(filter.trainee == "Ava" && filter.scenarios == nil)
        #expect(loads == 0)
    }

    @Test func anUnknownTraineeIsAnsweredWithTheClosestName() {
        var loads = 0
        #expect(throws: SessionError("no such trainee 'Eva'; did you mean 'Ava'?")) { try resolve(trainee: "Eva", loads: &loads) }
    }

    @Test func scenariosMayBeStoredOrOnDiskAndAreLoadedOnce() throws {
        var loads = 0
        let filter = try resolve(scenarios: ["refund-request, late-delivery", "angry-caller"], loads: &loads)
        #expect(filter.scenarios == ["refund-request", "late-delivery", "angry-caller"])
        #expect(loads == 1)
        #expect(throws: SessionError.self) { try resolve(scenarios: ["refund-requets"], loads: &loads) }
    }

    @Test func aTrackBecomesItsScenariosAndNarrowsAScenarioList() throws {
        var loads = 0
        let track = try resolve(track: "new-hire", loads: &loads)
        #expect(track.scenarios?.isSuperset(of: ["refund-request", "late-delivery", "billing-error"]) == true)
        let both = try resolve(scenarios: ["refund-request", "late-delivery-fa"], track: "new-hire", loads: &loads)
        #expect(both.scenarios == ["refund-request"])
        #expect(throws: ReviewFilterResolver.InvalidOption.self) { try resolve(track: " , ", loads: &loads) }
    }
}
