import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Export and bulk insert")
struct ProgressStoreExportTests {
    typealias F = ReviewFixture

    @Test("export pages through the filtered sessions in id order, each whole", arguments: StoreKind.allCases)
    func pages(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            var ids: [Int64] = []
            for n in 0..<5 {
                ids.append(try F.play(store, trainee: n % 2 == 0 ? "Whitfield, Dana" : "مریم احمدی", at: F.day(Double(n)), turns: n))
            }
            try store.annotate(AnnotationRequest(sessionId: ids[3], turnIndex: 2, supervisor: "M", note: "n"))
            var seen: [ExportedSession] = []
            var after: Int64?
            while true {
                let page = try store.exportPage(ReviewFilter(), after: after, limit: 2)
                guard let last = page.last else { break }
                #expect(page.count <= 2)
                seen += page
                after = last.session.id
            }
            #expect(seen.map(\.session.id) == ids)
            #expect(seen.map(\.turns.count) == [0, 1, 2, 3, 4])
            #expect(seen[3].turns == (try store.turns(session: ids[3])))
            #expect(seen[3].annotations.map(\.turnIndex) == [2])
            #expect(seen[2].session.trainee == "Whitfield, Dana")
            let filtered = try store.exportPage(ReviewFilter(trainee: "مریم احمدی"), after: nil, limit: 10)
            #expect(filtered.map(\.session.id) == [ids[1], ids[3]])
        }
    }

    @Test("bulk sessions come back as recorded, and keep the miss rollups like played ones", arguments: StoreKind.allCases)
    func bulk(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let records = (0..<3).map { F.doublePenaltyTurn($0) }
            let shown = (0..<3).map { F.day(0).addingTimeInterval(Double(60 * ($0 + 1))) }
            let summary = SessionSummary.of(records, status: .completed, ending: nil)
            let bulk = BulkSession(
                start: Fixture.session(trainee: "Sam \"Coach\" Lee", startedAt: F.day(0)), summary: summary,
                finishedAt: F.day(0).addingTimeInterval(900), turns: Array(zip(records, shown)).map { ($0.0, $0.1) },
                annotations: [BulkAnnotation(turnIndex: 1, supervisor: "M", at: F.day(1),
                                             override: ScoreOverride(dimension: .empathy, graderScore: 75, score: 60, reason: "r"))])
            try store.insertBulk([bulk])
            let session = try #require(try store.sessions(trainee: "Sam \"Coach\" Lee").first)
            #expect(session.status == .completed && session.turnCount == 3 && session.overall == summary.overall)
            #expect(session.lastActivityAt == F.day(0).addingTimeInterval(900) && session.hostname == "bulk")
            #expect(try store.turns(session: session.id).map(\.record) == records)
            #expect(try store.annotations(session: session.id).first?.override?.score == 60)
            // The same turns played the usual way give the same rollups.
            let played = try SQLiteStore.inMemory()
            try F.play(played, trainee: "Sam \"Coach\" Lee", at: F.day(0), turns: 3, record: F.doublePenaltyTurn)
            if kind != .postgres { #expect(try F.rollupByDay(store) == F.rollupByDay(played)) }
            #expect(try F.rollupBySession(store) == F.bruteForceMisses(store))
            #expect(try store.review(ReviewFilter()).misses == played.review(ReviewFilter()).misses)
        }
    }

    @Test("bulk sessions must not be in progress")
    func bulkRefusesInProgress() throws {
        let store = try SQLiteStore.inMemory()
        let bulk = BulkSession(start: Fixture.session(), summary: Fixture.summary(overall: nil, status: .inProgress),
                               finishedAt: nil, turns: [])
        #expect(throws: StoreError.self) { try store.insertBulk([bulk]) }
        #expect(try store.sessionCount() == 0)
    }
}
