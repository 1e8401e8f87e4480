import Foundation
import Testing
@testable import FrontlineReports

@Suite struct DateFilterTests {
    let tehran = TimeZone(identifier: "Asia/Tehran")!
    /// Sun 22 Nov 2026, 12:00 UTC (15:30 in Tehran).
    let now = Date(timeIntervalSince1970: 1_795_348_800)
    var dates: DateFilter { DateFilter(timeZone: tehran, now: now) }

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func aDayIsTheWholeLocalDay() throws {
        #expect(try dates.instant("2026-11-01", as: .since) == utc("2026-10-31T20:30:00Z"))
        #expect(try dates.instant("2026-11-01", as: .until) == utc("2026-11-01T20:30:00Z"))
        #expect(try dates.instant(" 2026-3-5 ", as: .since) == utc("2026-03-04T20:30:00Z"))
        let (since, until) = try dates.range(since: "2026-11-01", until: "2026-11-01")
        #expect(until!.timeIntervalSince(since!) == 86_400, "since and until the same day is that day")
    }

    @Test func theWaysPeopleSayRecently() throws {
        let today = utc("2026-11-21T20:30:00Z")
        #expect(try dates.instant("today", as: .since) == today)
        #expect(try dates.instant("Today", as: .until) == today.addingTimeInterval(86_400))
        #expect(try dates.instant("yesterday", as: .since) == today.addingTimeInterval(-86_400))
        #expect(try dates.instant("yesterday", as: .until) == today)
        #expect(try dates.instant("7d", as: .since) == today.addingTimeInterval(-7 * 86_400))
        #expect(try dates.instant("2w", as: .since) == today.addingTimeInterval(-14 * 86_400))
        #expect(try dates.instant("7 days ago", as: .since) == today.addingTimeInterval(-7 * 86_400))
        #expect(try dates.instant("1 week", as: .since) == today.addingTimeInterval(-7 * 86_400))
        #expect(try dates.instant("0d", as: .since) == today)
    }

    @Test func moments() throws {
        #expect(try dates.instant("2026-11-01T14:30", as: .since) == utc("2026-11-01T11:00:00Z"))
        #expect(try dates.instant("2026-11-01 14:30:15", as: .until) == utc("2026-11-01T11:00:15Z"))
        #expect(try dates.instant("2026-11-01T14:30Z", as: .since) == utc("2026-11-01T14:30:00Z"))
        #expect(try dates.instant("2026-11-01T14:30+02:00", as: .since) == utc("2026-11-01T12:30:00Z"))
    }

    @Test("unreadable values are quoted back with what would work", arguments: [
        "2026-13-01", "2026-02-30", "last tuesday", "7x", "d", "", "26-11-01", "2026-11-01T25:00", "-3d",
    ])
    func unreadable(value: String) {
        #expect(throws: DateFilter.Problem(option: "since", value: value)) { try dates.instant(value, as: .since) }
        let message = DateFilter.Problem(option: "since", value: value).description
        #expect(message.hasPrefix("--since '\(value)' is not a date"))
        #expect(message.contains("2026-11-01") && message.contains("7d") && message.contains("yesterday"))
    }

    @Test func sinceMustComeBeforeUntil() throws {
        #expect(throws: DateFilter.RangeProblem.self) { try dates.range(since: "today", until: "yesterday") }
        #expect(throws: DateFilter.Problem.self) { try dates.range(since: "soon", until: nil) }
        let open = try dates.range(since: nil, until: nil)
        #expect(open.since == nil && open.until == nil)
        #expect("\(DateFilter.RangeProblem(since: "today", until: "yesterday"))"
                == "--since 'today' is not before --until 'yesterday', so no session could match")
    }
}
