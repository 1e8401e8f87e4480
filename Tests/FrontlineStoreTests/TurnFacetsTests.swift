import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// Each turn keeps its empathy facets; review and progress read their means.
@Suite("Turn facets")
struct TurnFacetsTests {
    static func turn(_ index: Int, warmth: Double, courtesy: Double?) -> TurnRecord {
        var record = Fixture.turn(index)
        var facets = ["warmth": warmth, "listening": 20.0]
        facets["courtesy"] = courtesy
        record.grade.facets = facets
        return record
    }

    @Test("facets are stored per turn, read back, and averaged per trainee without retried attempts", arguments: StoreKind.allCases)
    func storedAndAveraged(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            try store.recordTurn(session: id, Self.turn(0, warmth: 20, courtesy: 100), shownAt: Fixture.shownAt(0))
            try store.markRetried(session: id, turnIndex: 0)
            try store.recordTurn(session: id, Self.turn(1, warmth: 100, courtesy: nil), shownAt: Fixture.shownAt(1))
            try store.recordTurn(session: id, Self.turn(2, warmth: 60, courtesy: 80), shownAt: Fixture.shownAt(2))
            var old = Fixture.turn(3)
            old.grade.facets = nil // graded before facets
            try store.recordTurn(session: id, old, shownAt: Fixture.shownAt(3))
            let turns = try store.turns(session: id)
            #expect(turns.map(\.facets) == [["warmth": 20, "listening": 20, "courtesy": 100],
                                              ["warmth": 100, "listening": 20], ["warmth": 60, "listening": 20, "courtesy": 80], nil])
            let trainee = try #require(turns.isEmpty ? nil : try store.session(id)?.trainee)
            let averages = try store.facetAverages(ReviewFilter())
            #expect(averages[trainee] == ["warmth": 80, "listening": 20, "courtesy": 80], "the retried attempt is left out")
            let review = try store.review(ReviewFilter(trainee: trainee), options: ReviewOptions())
            #expect(review.trainees.first?.facets == ["warmth": 80, "listening": 20, "courtesy": 80])
            #expect(try store.exportPage(ReviewFilter(), after: nil).first?.turns.map(\.facets).first == ["warmth": 20, "listening": 20, "courtesy": 100])
        }
    }

    @Test("bulk sessions keep their turns' facets, and reviews average them", arguments: StoreKind.allCases)
    func bulk(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let records = [Self.turn(0, warmth: 40, courtesy: 100), Self.turn(1, warmth: 80, courtesy: nil)]
            try store.insertBulk([BulkSession(start: Fixture.session(trainee: "Bulk"), summary: SessionSummary.of(records, status: .completed, ending: nil),
                                              finishedAt: Fixture.shownAt(3), turns: records.enumerated().map { ($1, Fixture.shownAt($0)) })])
            #expect(try store.facetAverages(ReviewFilter(trainee: "Bulk"))["Bulk"] == ["warmth": 60, "listening": 20, "courtesy": 100])
            #expect(try store.facetAverages(ReviewFilter(trainee: "Nobody")).isEmpty)
        }
    }

    @Test("migrating a store from before the sums fills them from its turns, retried attempts left out")
    func backfill() throws {
        let store = try SQLiteStore.inMemory(upTo: "v8-turn-facets")
        let id = try store.startSession(Fixture.session())
        try store.recordTurn(session: id, Self.turn(0, warmth: 20, courtesy: 100), shownAt: Fixture.shownAt(0))
        try store.markRetried(session: id, turnIndex: 0)
        try store.recordTurn(session: id, Self.turn(1, warmth: 100, courtesy: nil), shownAt: Fixture.shownAt(1))
        try store.recordTurn(session: id, Self.turn(2, warmth: 60, courtesy: 80), shownAt: Fixture.shownAt(2))
        try store.migrateToLatest()
        #expect(try store.facetAverages(ReviewFilter())["Ava"] == ["warmth": 80, "listening": 20, "courtesy": 80])
        // And the triggers keep them from then on.
        try store.recordTurn(session: id, Self.turn(3, warmth: 40, courtesy: nil), shownAt: Fixture.shownAt(3))
        #expect(try store.facetAverages(ReviewFilter())["Ava"]?["warmth"] == 66.7)
        #expect(try store.column(sql: "SELECT warmth_turns || ':' || listening_turns || ':' || exploring_turns || ':' || courtesy_turns FROM sessions")
                == ["3:3:0:1"])
    }
}
