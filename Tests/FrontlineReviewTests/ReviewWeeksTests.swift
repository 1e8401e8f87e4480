import Foundation
import FrontlineReview
import Testing

@Suite("Trend weeks")
struct ReviewWeeksTests {
    let monday = Date(timeIntervalSince1970: 1_782_086_400) // Monday 2026-06-22, 00:00 UTC

    @Test("a week runs from Monday 00:00 UTC to the next Monday, counted from 1970-01-05")
    func weekNumbers() {
        let week = ReviewWeeks.week(of: monday)
        #expect(ReviewWeeks.start(week) == monday)
        #expect(ReviewWeeks.week(of: monday.addingTimeInterval(-1)) == week - 1)
        #expect(ReviewWeeks.week(of: monday.addingTimeInterval(7 * 86_400 - 1)) == week)
        #expect(ReviewWeeks.start(0) == Date(timeIntervalSince1970: 4 * 86_400))
    }

    @Test("a damaged date far in the future or not a number does not trap")
    func boundedDates() {
        #expect(ReviewWeeks.week(of: Date(timeIntervalSince1970: .nan)) == ReviewWeeks.week(of: Date(timeIntervalSince1970: 0)))
        #expect(ReviewWeeks.week(of: Date(timeIntervalSince1970: 1e300)) > 0)
    }

    @Test("the trend ends with the latest session's week and starts no earlier than the first's")
    func trendRange() {
        let last = monday.addingTimeInterval(3 * 86_400)
        let anchor = ReviewWeeks.week(of: last)
        #expect(ReviewWeeks.trend(first: monday.addingTimeInterval(-70 * 86_400), last: last, count: 4) == anchor - 3...anchor)
        #expect(ReviewWeeks.trend(first: monday.addingTimeInterval(-7 * 86_400), last: last, count: 26) == anchor - 1...anchor)
        #expect(ReviewWeeks.recent(8, endingWith: anchor) == anchor - 7...anchor)
    }

    @Test("weeks without scored sessions are points without an average")
    func points() {
        let sums = [10: WeekSum(sessions: 2, sum: 150), 11: WeekSum(sessions: 0, sum: 0)]
        let points = sums.points(9...11)
        #expect(points.map(\.sessions) == [0, 2, 0])
        #expect(points.map(\.average) == [nil, 75, nil])
        #expect(points.map(\.weekStart) == [ReviewWeeks.start(9), ReviewWeeks.start(10), ReviewWeeks.start(11)])
    }
}
