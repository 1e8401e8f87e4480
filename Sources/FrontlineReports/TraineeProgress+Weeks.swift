import Foundation
import FrontlineReview

extension TraineeProgress {
    /// Monday 00:00 UTC of the week `date` falls in.
    static func weekStart(_ date: Date) -> Date {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? date
    }

    /// Ended sessions' outcomes per week, empty weeks included.
    static func weekly(_ sessions: [StoredSession]) -> [OutcomeWeek] {
        var byWeek: [Date: OutcomeCounts] = [:]
        for session in sessions {
            guard let outcome = session.sessionOutcome else { continue }
            byWeek[weekStart(session.startedAt), default: OutcomeCounts()].add(outcome)
        }
        guard let first = byWeek.keys.min(), let last = byWeek.keys.max() else { return [] }
        var weeks: [OutcomeWeek] = []
        var week = first
        while week <= last, weeks.count < 520 {
            weeks.append(OutcomeWeek(weekStart: week, outcomes: byWeek[week] ?? OutcomeCounts()))
            week = week.addingTimeInterval(7 * 86_400)
        }
        return weeks
    }
}
