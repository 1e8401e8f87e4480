import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// The miss rollups (migration v2-annotations) always agree with the findings they count.
@Suite("Miss rollups")
struct MissRollupTests {
    typealias F = ReviewFixture

    static func populate(_ store: any TestableStore) throws -> [Int64] {
        var ids: [Int64] = []
        for n in 0..<6 {
            ids.append(try F.play(store, trainee: ["Ava", "Ben"][n % 2], scenario: ["a", "b", "c"][n % 3],
                                  at: F.day(Double(n / 2), hour: Double(n)), turns: 1 + n % 3,
                                  record: n % 2 == 0 ? F.doublePenaltyTurn : { Fixture.turn($0) }))
        }
        return ids
    }

    @Test("the triggers count each turn once per criterion", arguments: StoreKind.allCases)
    func triggers(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            _ = try Self.populate(store)
            let expected = try F.bruteForceMisses(store)
            #expect(expected["dismissive"] == 12 && expected["refund-window"] == 12)
            #expect(try F.rollupBySession(store) == expected)
            if kind != .postgres { // SQLite keeps day and all-time rollups too
                #expect(try F.rollupByDay(store) == expected)
                #expect(try F.rollup(store, "criterion_misses") == expected)
            }
            let (rollup, byTrainee) = try F.traineeMisses(store)
            #expect(rollup == byTrainee && !rollup.isEmpty)
        }
    }

    @Test("deleting sessions or turns takes their misses back out")
    func deletions() throws {
        let store = try SQLiteStore.inMemory()
        let ids = try Self.populate(store)
        try store.execute(sql: "DELETE FROM sessions WHERE id = \(ids[0])")
        try store.execute(sql: "DELETE FROM turns WHERE session_id = \(ids[4]) AND turn_index = 1")
        try store.execute(sql: "DELETE FROM findings WHERE session_id = \(ids[2]) AND criterion_id = 'dismissive' AND points = -5")
        try store.execute(sql: "UPDATE sessions SET trainee = 'Cai' WHERE id = \(ids[1])")
        let expected = try F.bruteForceMisses(store)
        #expect(try F.rollupByDay(store) == expected)
        #expect(try F.rollupBySession(store) == expected)
        #expect(try F.rollup(store, "criterion_misses") == expected)
        let (rollup, byTrainee) = try F.traineeMisses(store)
        #expect(rollup == byTrainee)
        try store.execute(sql: "DELETE FROM sessions")
        #expect(try F.rollup(store, "criterion_misses").isEmpty && F.rollup(store, "trainee_misses").isEmpty)
        #expect(try F.rollupByDay(store).isEmpty && F.rollupBySession(store).isEmpty)
    }

    @Test("migrating a v1 store fills the rollups from its findings")
    func backfill() throws {
        let store = try SQLiteStore.inMemory(upTo: "v1-sessions-turns-findings")
        _ = try Self.populate(store)
        #expect(try store.column(sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'daily_misses'") == ["0"])
        try store.migrateToLatest()
        let expected = try F.bruteForceMisses(store)
        #expect(try F.rollupByDay(store) == expected)
        #expect(try F.rollupBySession(store) == expected)
        #expect(try F.rollup(store, "criterion_misses") == expected)
        let (rollup, byTrainee) = try F.traineeMisses(store)
        #expect(rollup == byTrainee)
        // And keeps them from then on.
        try F.play(store, trainee: "Cai", at: F.day(9))
        #expect(try F.rollupByDay(store) == F.bruteForceMisses(store))
        #expect(try store.review(ReviewFilter()).misses.first?.turns == 14)
    }
}
