import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// One trainee's progress read from a store: their sessions and the findings behind their
/// most-missed criteria, nothing without a store, and a mistyped name refused with a
/// suggestion only when it was typed.
@Suite struct ProgressRunTests {
    static let catalog = CatalogLoader.load(root: PlayContentTests.repository.path).catalog

    @Test func theTraineesSessionsAndMissesAreRead() throws {
        let store = try RegradeRunTests.store()
        let progress = try ProgressRun.progress(of: "Ava", named: true, in: store, catalog: Self.catalog)
        #expect(progress.trainee == "Ava" && progress.sessions == 1 && progress.completed == 1)
        #expect(progress.best["refund-request"] == 0)
        #expect(!progress.tracks.isEmpty, "the catalogue's tracks")
    }

    @Test func withoutAStoreThereIsNothingYet() throws {
        let progress = try ProgressRun.progress(of: "Ava", named: true, in: nil, catalog: Self.catalog)
        #expect(progress.sessions == 0 && progress.best.isEmpty && progress.facets == nil)
    }

    @Test func aTypedNameThatMatchesNobodyIsRefusedWithASuggestion() throws {
        let store = try RegradeRunTests.store()
        #expect(throws: SessionError("no sessions for trainee 'Avaa' yet; did you mean 'Ava'?")) {
            try ProgressRun.progress(of: "Avaa", named: true, in: store, catalog: Self.catalog)
        }
        // The login name of someone who has not played yet is a fresh start, not a mistake.
        let fresh = try ProgressRun.progress(of: "newhire", named: false, in: store, catalog: Self.catalog)
        #expect(fresh.sessions == 0)
    }
}
