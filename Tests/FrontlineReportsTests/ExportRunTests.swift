import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

/// An export written a page at a time: only what the format needs is asked for, every
/// session is written once and in order, and a store's failure stops it where it happened.
@Suite struct ExportRunTests {
    typealias S = ReviewSamples

    /// Sessions 1…n (copies of the sample, renumbered), served in pages like a store.
    final class Pages: SessionPages {
        struct Failure: Error {}
        let sessions: [ExportedSession]
        var asked: [(after: Int64?, limit: Int, content: ExportContent)] = []
        var failAfter: Int64?

        init(_ count: Int) {
            sessions = (1...max(1, count)).prefix(count).map { id in
                var copy = S.exported
                copy.session.id = Int64(id)
                return copy
            }
        }

        func exportPage(_ filter: ReviewFilter, after: Int64?, limit: Int, content: ExportContent) throws(Failure) -> [ExportedSession] {
            asked.append((after, limit, content))
            if let failAfter, (after ?? 0) >= failAfter { throw Failure() }
            return Array(sessions.filter { $0.session.id > (after ?? 0) }.prefix(limit))
        }
    }

    func export(_ run: ExportRun, _ pages: Pages) throws -> (text: String, count: ExportRun.Count) {
        var text = ""
        let count = try run.run(ReviewFilter(), scope: ReviewScope(), from: pages, exportedAt: S.monday) { text += $0 }
        return (text, count)
    }

    @Test func everySessionIsWrittenOnceInOrderAcrossPages() throws {
        var run = ExportRun(format: .json)
        run.pageSize = 2
        let pages = Pages(5)
        let (text, count) = try export(run, pages)
        #expect(count == ExportRun.Count(sessions: 5, turns: 5 * S.exported.session.turnCount))
        #expect(pages.asked.map(\.after) == [nil, 2, 4, 5], "pages of two, then the empty page that ends it")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let ids = (object["sessions"] as? [[String: Any]])?.map { $0["id"] as? Int }
        #expect(ids == [1, 2, 3, 4, 5])
    }

    @Test func onlyWhatTheTableNeedsIsRead() throws {
        #expect(ExportRun(format: .csv, table: .sessions).content == [])
        #expect(ExportRun(format: .csv, table: .findings).content == [.turns, .findings])
        #expect(ExportRun(format: .csv, table: .annotations).content == [.turns, .annotations])
        #expect(ExportRun(format: .csv).content == .everything)
        #expect(ExportRun(format: .json).content == .everything)
        let pages = Pages(1)
        _ = try export(ExportRun(format: .csv, table: .sessions), pages)
        #expect(pages.asked.allSatisfy { $0.content == [] && $0.limit == 200 })
    }

    @Test func aCSVStartsWithItsHeaderAndTheByteOrderMarkWhenAsked() throws {
        let plain = try export(ExportRun(format: .csv, table: .sessions), Pages(2)).text
        #expect(plain.hasPrefix(ExportCSV(table: .sessions).header))
        #expect(S.parseCSV(plain).count == 3, "the header and two sessions")
        let marked = try export(ExportRun(format: .csv, table: .sessions, bom: true), Pages(2)).text
        #expect(marked == "\u{FEFF}" + plain)
    }

    @Test func anEmptyExportIsStillADocument() throws {
        let (text, count) = try export(ExportRun(format: .json), Pages(0))
        #expect(count == ExportRun.Count())
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
        #expect(try export(ExportRun(format: .jsonl), Pages(0)).text.isEmpty)
    }

    @Test func aStoreFailureStopsTheExportWhereItHappened() throws {
        var run = ExportRun(format: .csv, table: .sessions)
        run.pageSize = 1
        let pages = Pages(3)
        pages.failAfter = 2
        var text = ""
        #expect(throws: Pages.Failure.self) {
            _ = try run.run(ReviewFilter(), scope: ReviewScope(), from: pages, exportedAt: S.monday) { text += $0 }
        }
        #expect(S.parseCSV(text).count == 3, "the header and the two sessions read before the failure")
    }
}
