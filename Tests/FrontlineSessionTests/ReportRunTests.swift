import Foundation
import FrontlineLocale
import FrontlineModel
import FrontlineReports
import FrontlineStore
import Testing
@testable import FrontlineSession

/// `frontline report` as one call: the page from a store (with review and calibration of
/// the same sessions), the page without a store, the notice for a trainee who matches
/// nobody, and which language each part of the page is asked for.
@Suite struct ReportRunTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)

    func run(trainee: String? = nil, since: Date? = nil, store: (any ProgressStore)?,
             asked: inout [String?]) throws -> ReportRun.Page {
        let run = ReportRun(query: ReportQuery(trainee: trainee, since: since), filters: ReportData.Filters(trainee: trainee),
                            now: Self.now, timeZone: TimeZone(identifier: "UTC")!)
        var languages: [String?] = []
        let page = try run.run(store, storePath: "/tmp/progress.sqlite") { languages.append($0); return .english }
        asked = languages
        return page
    }

    @Test func thePageCoversTheStoresSessionsWithTheirReview() throws {
        var asked: [String?] = []
        let page = try run(store: try RegradeRunTests.store(), asked: &asked)
        #expect(page.data.sessions.map(\.trainee) == ["Ava"])
        #expect(page.data.turnCount == 1)
        #expect(page.data.review?.sessions.total == 1)
        #expect(page.data.calibration?.gradedTurns == 1)
        #expect(page.data.generatedAt == Self.now)
        #expect(page.summary == "1 trainee, 1 session, 1 turn")
        #expect(page.html.hasPrefix("<!DOCTYPE html>") && page.html.contains("Ava"))
        #expect(page.notice == nil)
        // The transcript in its session's language; a team page's language is the caller's.
        #expect(asked == ["en", nil])
    }

    @Test func oneTraineesPageIsInTheirSessionsLanguage() throws {
        var asked: [String?] = []
        _ = try run(trainee: "Ava", store: try RegradeRunTests.store(), asked: &asked)
        #expect(asked == ["en", "en"])
    }

    @Test func withoutAStoreThePageSaysThereIsNoData() throws {
        var asked: [String?] = []
        let page = try run(store: nil, asked: &asked)
        #expect(page.data.sessions.isEmpty && page.data.review == nil)
        #expect(page.summary == "0 trainees, 0 sessions, 0 turns")
        #expect(page.html.contains("/tmp/progress.sqlite"))
        #expect(asked == [nil])
    }

    @Test func aTraineeWhoMatchesNobodyIsProbablyATypo() throws {
        var asked: [String?] = []
        let page = try run(trainee: "Avaa", store: try RegradeRunTests.store(), asked: &asked)
        #expect(page.data.sessions.isEmpty)
        #expect(page.notice == "frontline: no sessions for trainee 'Avaa'; did you mean 'Ava'?; the report says so.")
        // A known trainee with nothing in the dates is not a typo.
        let later = try run(trainee: "Ava", since: Self.now, store: try RegradeRunTests.store(), asked: &asked)
        #expect(later.data.sessions.isEmpty && later.notice == nil)
    }
}
