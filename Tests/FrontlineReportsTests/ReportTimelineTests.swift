import Foundation
import Testing
@testable import FrontlineReports

/// The trend charts' time axis: where days become weeks and weeks months, buckets that
/// follow the report's time zone (midnights, Mondays, summer time), which bucket a moment
/// falls in, and the tick and tooltip labels.
@Suite struct ReportTimelineTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let monday = Date(timeIntervalSince1970: 1_740_960_000) // Mon 3 Mar 2025 00:00 UTC
    static let day = 86_400.0

    static func at(_ days: Double, hours: Double = 0) -> Date { monday.addingTimeInterval(days * day + hours * 3600) }

    // MARK: Granularity

    @Test func underFiveWeeksIsDaily() {
        let timeline = ReportTimeline(dates: [Self.at(0), Self.at(34, hours: 23)], timeZone: Self.utc)
        #expect(timeline.granularity == .day)
        #expect(timeline.count == 35)
        #expect(timeline.starts.first == Self.monday)
        #expect(timeline.starts.last == Self.at(34))
        #expect(zip(timeline.starts, timeline.starts.dropFirst()).allSatisfy { $1.timeIntervalSince($0) == Self.day })
    }

    @Test func fiveWeeksToTwoYearsIsWeekly() {
        let five = ReportTimeline(dates: [Self.at(0), Self.at(35)], timeZone: Self.utc)
        #expect(five.granularity == .week)
        #expect(five.count == 6)
        let two = ReportTimeline(dates: [Self.at(0), Self.at(730)], timeZone: Self.utc)
        #expect(two.granularity == .week)
        #expect(two.starts.allSatisfy { Calendar(identifier: .iso8601).dateComponents(in: Self.utc, from: $0).weekday == 2 }, "Mondays")
    }

    @Test func beyondTwoYearsIsMonthly() {
        let timeline = ReportTimeline(dates: [Self.at(0), Self.at(731)], timeZone: Self.utc)
        #expect(timeline.granularity == .month)
        // 1 March 2025 to 1 March 2027.
        #expect(timeline.count == 25)
        #expect(timeline.starts.first == Self.at(-2))
        #expect(timeline.labels.first == "Mar 2025" && timeline.labels.last == "Mar 2027")
        #expect(timeline.longLabels.first == "March 2025")
    }

    @Test func theOrderOfTheDatesDoesNotMatter() {
        let dates = [Self.at(9), Self.at(2), Self.at(5)]
        #expect(ReportTimeline(dates: dates, timeZone: Self.utc) == ReportTimeline(dates: dates.sorted(), timeZone: Self.utc))
        #expect(ReportTimeline(dates: dates, timeZone: Self.utc).starts.first == Self.at(2))
    }

    @Test func noDatesMakeAnEmptyDailyAxis() {
        let timeline = ReportTimeline(dates: [], timeZone: Self.utc)
        #expect(timeline.granularity == .day)
        #expect(timeline.count == 0 && timeline.labels.isEmpty && timeline.longLabels.isEmpty)
        #expect(timeline.index(of: Self.monday) == 0, "no crash, no bucket")
    }

    @Test func oneDateIsOneDay() {
        let timeline = ReportTimeline(dates: [Self.at(2, hours: 15.5)], timeZone: Self.utc)
        #expect(timeline.granularity == .day)
        #expect(timeline.starts == [Self.at(2)])
        #expect(timeline.labels == ["5 Mar"])
        #expect(timeline.longLabels == ["Wed 5 Mar 2025"])
    }

    // MARK: The report's time zone

    @Test func daysBeginAtLocalMidnight() throws {
        // 23:30 UTC on Sunday 2 March is already Monday 3 March in Tokyo.
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        let late = Self.at(0, hours: -0.5)
        let timeline = ReportTimeline(dates: [late], timeZone: tokyo)
        #expect(timeline.starts == [Self.at(0, hours: -9)]) // 3 March 00:00 JST = 2 March 15:00 UTC
        #expect(timeline.labels == ["3 Mar"])
        #expect(ReportTimeline(dates: [late], timeZone: Self.utc).labels == ["2 Mar"])
    }

    @Test func weeksBeginOnMondayWhereverTheWeekendFalls() {
        // A Sunday and the Monday after are in different weeks.
        let timeline = ReportTimeline(dates: [Self.at(6, hours: 12), Self.at(50)], timeZone: Self.utc)
        #expect(timeline.granularity == .week)
        #expect(timeline.starts.first == Self.monday)
        #expect(timeline.index(of: Self.at(6, hours: 23.9)) == 0)
        #expect(timeline.index(of: Self.at(7)) == 1)
        #expect(timeline.longLabels.first == "week of 3 Mar 2025")
    }

    @Test func aDayOfSummerTimeIsStillOneDay() throws {
        // Riga moves its clocks on Sunday 30 March 2025: that day has 23 hours.
        let riga = try #require(TimeZone(identifier: "Europe/Riga"))
        let timeline = ReportTimeline(dates: [Self.at(25, hours: 12), Self.at(30, hours: 12)], timeZone: riga)
        #expect(timeline.count == 6)
        #expect(timeline.labels == ["28 Mar", "29 Mar", "30 Mar", "31 Mar", "1 Apr", "2 Apr"])
        let lengths = zip(timeline.starts, timeline.starts.dropFirst()).map { $1.timeIntervalSince($0) / 3600 }
        #expect(lengths == [24, 24, 23, 24, 24])
    }

    // MARK: Buckets

    @Test func aMomentFallsInItsBucketAndOutsideMomentsAreClamped() {
        let timeline = ReportTimeline(dates: [Self.at(0), Self.at(10)], timeZone: Self.utc)
        #expect(timeline.index(of: Self.at(0)) == 0)
        #expect(timeline.index(of: Self.at(4, hours: 23.99)) == 4)
        #expect(timeline.index(of: Self.at(10, hours: 12)) == 10)
        #expect(timeline.index(of: Self.at(-3)) == 0)
        #expect(timeline.index(of: Self.at(40)) == 10)
    }

    @Test func monthlyBucketsFollowTheCalendar() {
        let timeline = ReportTimeline(dates: [Self.at(0), Self.at(800)], timeZone: Self.utc)
        // 31 March 2025 23:00 is March; 1 April 00:00 is April.
        #expect(timeline.index(of: Self.at(28, hours: 23)) == 0)
        #expect(timeline.index(of: Self.at(29)) == 1)
        #expect(timeline.labels[1] == "Apr 2025")
    }

    // MARK: Labels

    @Test func dayLabelsGainTheYearWhenTheAxisCrossesOne() {
        let newYear = ReportTimeline(dates: [Self.at(-70), Self.at(-50)], timeZone: Self.utc) // 23 Dec 2024 to 12 Jan 2025
        #expect(newYear.labels.first == "23 Dec 24")
        #expect(newYear.labels.last == "12 Jan 25")
        #expect(newYear.longLabels.first == "Mon 23 Dec 2024")
        #expect(ReportTimeline(dates: [Self.at(0), Self.at(3)], timeZone: Self.utc).labels == ["3 Mar", "4 Mar", "5 Mar", "6 Mar"])
    }

    @Test func theWeekTooltipIsTheReportsWording() {
        var timeline = ReportTimeline(dates: [Self.at(0), Self.at(60)], timeZone: Self.utc)
        timeline.weekOf = "hafta: {date}"
        #expect(timeline.longLabels.first == "hafta: 3 Mar 2025")
        #expect(timeline.longLabels.count == timeline.count)
    }

    @Test func axisTitles() {
        #expect(ReportTimeline.Granularity.day.axisTitle == "Day")
        #expect(ReportTimeline.Granularity.week.axisTitle == "Week (starting Monday)")
        #expect(ReportTimeline.Granularity.month.axisTitle == "Month")
    }
}
