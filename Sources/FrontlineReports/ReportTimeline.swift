import Foundation

/// The time axis of the trend charts: consecutive days, weeks (from Monday) or months,
/// from the first session's to the last's, chosen so a chart has a readable number of points.
public struct ReportTimeline: Sendable, Equatable {
    public enum Granularity: String, Sendable {
        case day, week, month

        /// The x axis title.
        public var axisTitle: String {
            switch self {
            case .day: "Day"
            case .week: "Week (starting Monday)"
            case .month: "Month"
            }
        }

        var component: Calendar.Component {
            switch self {
            case .day: .day
            case .week: .weekOfYear
            case .month: .month
            }
        }
    }

    public var granularity: Granularity
    /// The first moment of each bucket, consecutive, oldest first.
    public var starts: [Date]
    let calendar: Calendar
    /// The labels' month and day names and digits (the report's language).
    public var locale = Locale(identifier: "en_GB")
    /// The tooltip label of a week, `{date}` its Monday.
    public var weekOf = "week of {date}"

    /// Daily up to five weeks of data, weekly up to two years, monthly beyond.
    public init(dates: [Date], timeZone: TimeZone) {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        self.calendar = calendar
        guard let first = dates.min(), let last = dates.max() else {
            granularity = .day
            starts = []
            return
        }
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: first), to: calendar.startOfDay(for: last)).day ?? 0
        granularity = days < 35 ? .day : days <= 730 ? .week : .month
        let component = granularity.component
        var start = calendar.dateInterval(of: component, for: first)?.start ?? first
        let end = calendar.dateInterval(of: component, for: last)?.start ?? last
        var starts: [Date] = []
        while start <= end {
            starts.append(start)
            guard let next = calendar.date(byAdding: component, value: 1, to: start), next > start else { break }
            start = next
        }
        self.starts = starts
    }

    public var count: Int { starts.count }

    /// The bucket a moment falls in (clamped to the axis).
    public func index(of date: Date) -> Int {
        guard let bucket = calendar.dateInterval(of: granularity.component, for: date)?.start else { return 0 }
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= bucket { low = mid } else { high = mid - 1 }
        }
        return max(0, low)
    }

    /// Short tick labels: "3 Mar" (days, weeks) or "Mar 2025" (months); the year is added
    /// to day labels when the axis spans more than one year.
    public var labels: [String] {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = calendar.timeZone
        let years = Set(starts.map { calendar.component(.year, from: $0) })
        switch granularity {
        case .month: formatter.dateFormat = "MMM yyyy"
        case .day, .week: formatter.dateFormat = years.count > 1 ? "d MMM yy" : "d MMM"
        }
        return starts.map { formatter.string(from: $0) }
    }

    /// Longer labels for tooltips: "day 3 Mar 2025", "week of 3 Mar 2025", "March 2025".
    public var longLabels: [String] {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = calendar.timeZone
        switch granularity {
        case .day:
            formatter.dateFormat = "EEE d MMM yyyy"
            return starts.map { formatter.string(from: $0) }
        case .week:
            formatter.dateFormat = "d MMM yyyy"
            return starts.map { weekOf.replacingOccurrences(of: "{date}", with: formatter.string(from: $0)) }
        case .month:
            formatter.dateFormat = "MMMM yyyy"
            return starts.map { formatter.string(from: $0) }
        }
    }
}
