import Foundation

/// The weeks of review trends: week 0 starts on Monday 1970-01-05, 00:00 UTC, and every
/// week is seven days of UTC time (both engines group sessions by the same number).
public enum ReviewWeeks {
    /// When `week` starts.
    public static func start(_ week: Int) -> Date { Date(timeIntervalSince1970: Double(4 + 7 * week) * 86_400) }

    /// The week `date` falls in.
    public static func week(of date: Date) -> Int {
        // A stored date beyond ±3 million years (a damaged or edited store) must not trap.
        let interval = date.timeIntervalSince1970
        let bounded = interval.isNaN ? 0 : min(max(interval, -1e14), 1e14)
        return Int(((bounded / 86_400 - 4) / 7).rounded(.down))
    }

    /// The team's (or the trainee's) trend: up to `count` weeks ending with the latest
    /// session's, starting no earlier than the first session's.
    public static func trend(first: Date, last: Date, count: Int) -> ClosedRange<Int> {
        let anchor = week(of: last)
        return max(week(of: first), anchor - count + 1)...anchor
    }

    /// Each trainee's trend in the team table: the latest `count` weeks up to the anchor.
    public static func recent(_ count: Int, endingWith anchor: Int) -> ClosedRange<Int> {
        (anchor - count + 1)...anchor
    }
}

/// Scored sessions in one week and the sum of their overall scores.
public struct WeekSum: Sendable, Equatable {
    public var sessions: Int
    public var sum: Double

    public init(sessions: Int, sum: Double) {
        self.sessions = sessions
        self.sum = sum
    }
}

extension [Int: WeekSum] {
    /// One point per week of `weeks`, empty weeks included (no sessions, no average).
    public func points(_ weeks: ClosedRange<Int>) -> [TrendPoint] {
        weeks.map { week in
            let value = self[week]
            let sessions = value?.sessions ?? 0
            return TrendPoint(weekStart: ReviewWeeks.start(week), sessions: sessions,
                              average: sessions > 0 ? value!.sum / Double(sessions) : nil)
        }
    }
}
