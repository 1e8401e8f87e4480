import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineStore
import Testing
@testable import FrontlineSession

/// `frontline review` as one call: the summary or calibration in each format, what a
/// table says when nothing matches or the store is empty, and the empty review (with a
/// notice) when there is no store yet.
@Suite struct ReviewRunTests {
    static let now = Date(timeIntervalSince1970: 1_700_000_000)
    static let emptyState = "No sessions yet (store: test)."

    func run(_ format: ReviewRun.Format, calibration: Bool = false, filter: ReviewFilter = ReviewFilter(),
             scope: ReviewScope = ReviewScope(), in store: any ProgressStore) throws -> ReviewRun.Output {
        try ReviewRun(format: format, calibration: calibration, width: 120)
            .run(filter, scope: scope, in: store, now: Self.now) { Self.emptyState }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func aTableNamesEachTraineeAndEndsInOneNewline() throws {
        let output = try run(.table, in: try RegradeRunTests.store())
        #expect(output.text.contains("Ava"))
        #expect(output.text.hasSuffix("\n") && !output.text.hasSuffix("\n\n"))
        #expect(output.notice == nil)
    }

    @Test func jsonCarriesTheScopeAndTheInjectedTime() throws {
        let scope = ReviewScope(trainee: "Ava", since: "7d")
        let output = try run(.json, filter: ReviewFilter(trainee: "Ava"), scope: scope, in: try RegradeRunTests.store())
        let document = try Self.json(output.text)
        #expect(document["generated_at"] as? String == ReviewFormat.iso(Self.now))
        #expect((document["scope"] as? [String: Any])?["since"] as? String == "7d")
        let review = try #require(document["review"] as? [String: Any])
        #expect((review["trainees"] as? [[String: Any]])?.first?["trainee"] as? String == "Ava")
        #expect(document["calibration"] == nil)
    }

    @Test func csvIsTheRowsAsTheyAre() throws {
        let output = try run(.csv, in: try RegradeRunTests.store())
        let lines = output.text.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines.last == "", "a header, a row, and CRLF after each")
        #expect(lines.first?.hasPrefix("trainee,sessions,completed") == true)
        #expect(lines.dropFirst().first?.hasPrefix("Ava,1,1,0,0,0,1,") == true)
    }

    @Test func calibrationReplacesTheSummaryInEveryFormat() throws {
        let store = try RegradeRunTests.store()
        let document = try Self.json(try run(.json, calibration: true, in: store).text)
        #expect((document["calibration"] as? [String: Any])?["graded_turns"] as? Int == 1)
        #expect(document["review"] == nil)
        #expect(try run(.csv, calibration: true, in: store).text.hasPrefix("level,dimension,criterion_id"))
        #expect(!(try run(.table, calibration: true, in: store).text.contains("No sessions match")))
    }

    @Test func aTableThatMatchesNothingSaysWhatThereIs() throws {
        let store = try RegradeRunTests.store()
        let later = ReviewFilter(trainee: "Ava", since: Self.now)
        let own = try run(.table, filter: later, scope: ReviewScope(trainee: "Ava", since: "today"), in: store).text
        #expect(own.hasPrefix("No sessions match (since today). Ava has 1 session in all, the latest active "))
        #expect(own.hasSuffix("; widen the filters (or drop them) to see them.\n"))
        let team = try run(.table, filter: ReviewFilter(since: Self.now), scope: ReviewScope(since: "today"), in: store).text
        #expect(team.hasPrefix("No sessions match (since today). The store has 1 session, the latest active "))
        // JSON and CSV stay machine-readable: an empty review, not a sentence.
        let json = try Self.json(try run(.json, filter: later, in: store).text)
        #expect((json["review"] as? [String: Any])?["trainees"] as? [Any] != nil)
    }

    @Test func anEmptyStoreGetsTheFirstStepsText() throws {
        let store = try StoreLocation(try StoreIntentTests.folder() + "/empty.sqlite").open(.write)
        #expect(try run(.table, in: store) == ReviewRun.Output(text: Self.emptyState + "\n"))
    }

    @Test func withoutAStoreTheReviewIsEmptyAndSaysWhy() throws {
        let options = ReviewOptions(passMark: 55, stuckAfter: 4)
        func empty(_ format: ReviewRun.Format, calibration: Bool = false) throws -> ReviewRun.Output {
            try ReviewRun(format: format, calibration: calibration, options: options)
                .withoutStore(scope: ReviewScope(trainee: "Ava"), path: "/tmp/none.sqlite", now: Self.now) { Self.emptyState }
        }
        #expect(try empty(.table) == ReviewRun.Output(text: Self.emptyState + "\n"))
        let json = try empty(.json)
        #expect(json.notice == "frontline: no sessions yet (no progress store at /tmp/none.sqlite)")
        let review = try #require(try Self.json(json.text)["review"] as? [String: Any])
        #expect(review["pass_mark"] as? Double == 55 && review["stuck_after"] as? Int == 4)
        #expect((review["trainees"] as? [Any])?.isEmpty == true)
        let csv = try empty(.csv)
        #expect(csv.text.components(separatedBy: "\r\n") == [csv.text.components(separatedBy: "\r\n")[0], ""], "the header alone")
        #expect(csv.notice != nil)
        #expect(try Self.json(try empty(.json, calibration: true).text)["calibration"] != nil)
    }
}
