import Foundation

/// `--since` / `--until` as people type them: a day ("2026-11-01"), a moment
/// ("2026-11-01T14:30", "2026-11-01 14:30:05", with "Z" or "+03:30" if wanted), "today",
/// "yesterday", or a count back from today ("7d", "2w", "7 days", "2 weeks ago").
///
/// A day means the whole day in the local time zone: `--since` starts at its first
/// moment and `--until` ends after its last, so `--since 2026-11-01 --until 2026-11-01`
/// is that one day; "7d" is the start of the day a week ago. Bounds are instants, `until`
/// exclusive.
public struct DateFilter: Sendable {
    public enum Bound: String, Sendable { case since, until }

    /// A value that is not a date, quoted as typed.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var option: String
        public var value: String
        public var description: String {
            "--\(option) '\(value)' is not a date Frontline understands; use \(DateFilter.accepted)"
        }
    }

    public static let accepted = "a day (2026-11-01), a moment (2026-11-01T14:30), today, yesterday, or days/weeks back (7d, 2w)"

    public var timeZone: TimeZone
    public var now: Date

    public init(timeZone: TimeZone = .current, now: Date = Date()) {
        self.timeZone = timeZone
        self.now = now
    }

    var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }

    /// The instant the bound stands for.
    public func instant(_ text: String, as bound: Bound) throws(Problem) -> Date {
        let cleaned = text.trimmingCharacters(in: .whitespaces).lowercased()
        let today = calendar.startOfDay(for: now)
        if let day = day(cleaned, today: today) {
            return bound == .since ? day : calendar.date(byAdding: .day, value: 1, to: day)!
        }
        if let moment = moment(cleaned) { return moment }
        throw Problem(option: bound.rawValue, value: text)
    }

    /// Both bounds, checked against each other.
    public func range(since: String?, until: String?) throws -> (since: Date?, until: Date?) {
        let from = try since.map { text throws(Problem) in try instant(text, as: .since) }
        let to = try until.map { text throws(Problem) in try instant(text, as: .until) }
        if let from, let to, from >= to {
            throw RangeProblem(since: since ?? "", until: until ?? "")
        }
        return (from, to)
    }

    public struct RangeProblem: Error, Equatable, CustomStringConvertible {
        public var since: String
        public var until: String
        public var description: String { "--since '\(since)' is not before --until '\(until)', so no session could match" }
    }

    /// A whole day's first moment.
    func day(_ text: String, today: Date) -> Date? {
        switch text {
        case "today": return today
        case "yesterday": return calendar.date(byAdding: .day, value: -1, to: today)
        default: break
        }
        if let days = daysBack(text) { return calendar.date(byAdding: .day, value: -days, to: today) }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let dayOfMonth = Int(parts[2]) else { return nil }
        let components = DateComponents(year: year, month: month, day: dayOfMonth)
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == components else { return nil }
        return date
    }

    /// "7d", "2w", "7 days", "1 week ago" → days.
    func daysBack(_ text: String) -> Int? {
        var words = text.replacingOccurrences(of: "ago", with: "").trimmingCharacters(in: .whitespaces)
        var unit = 0
        for (suffixes, days) in [(["days", "day", "d"], 1), (["weeks", "week", "w"], 7)] {
            if let suffix = suffixes.first(where: { words.hasSuffix($0) }) {
                words = String(words.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
                unit = days
                break
            }
        }
        guard unit > 0, let count = Int(words), (0...36_500).contains(count) else { return nil }
        return count * unit
    }

    /// "2026-11-01T14:30[:05][Z|±hh[:mm]]" (a space works for the T); no zone means local.
    func moment(_ text: String) -> Date? {
        let split = text.replacingOccurrences(of: " ", with: "t").split(separator: "t", maxSplits: 1)
        guard split.count == 2, !split[0].isEmpty, split[0].first!.isNumber,
              let day = day(String(split[0]), today: now) else { return nil }
        var clock = String(split[1])
        var offset: Int?
        if clock.hasSuffix("z") {
            clock.removeLast()
            offset = 0
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let zone = clock[clock.index(after: sign)...].split(separator: ":")
            guard (1...2).contains(zone.count), let hours = Int(zone[0]), hours <= 14,
                  let minutes = zone.count == 2 ? Int(zone[1]) : 0, minutes < 60 else { return nil }
            offset = (hours * 3600 + minutes * 60) * (clock[sign] == "-" ? -1 : 1)
            clock = String(clock[..<sign])
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ $0.count == 2 }),
              let hour = Int(fields[0]), let minute = Int(fields[1]), hour < 24, minute < 60,
              let second = fields.count == 3 ? Int(fields[2]) : 0, second < 60 else { return nil }
        var zoned = calendar
        if let offset, let zone = TimeZone(secondsFromGMT: offset) { zoned.timeZone = zone }
        let ymd = calendar.dateComponents([.year, .month, .day], from: day)
        return zoned.date(from: DateComponents(year: ymd.year, month: ymd.month, day: ymd.day,
                                               hour: hour, minute: minute, second: second))
    }
}
