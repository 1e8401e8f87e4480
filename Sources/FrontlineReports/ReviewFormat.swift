import Foundation
import FrontlineModel

/// How numbers, dates and durations read in review text, CSV and JSON.
public struct ReviewFormat: Sendable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = .current) { self.timeZone = timeZone }

    /// "50,000".
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return value < 0 ? "-" + result : result
    }

    /// "31%" ("<1%" for a small non-zero share).
    public static func percent(_ share: Double) -> String {
        if share > 0 && share < 0.005 { return "<1%" }
        return "\((share * 100).roundedText)%"
    }

    /// "+4.5", "−12", "0": a signed difference with at most one decimal.
    public static func delta(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == 0 { return "0" }
        return (rounded > 0 ? "+" : "−") + number(abs(rounded))
    }

    /// "12", "12.5": at most one decimal.
    public static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let rounded = (value * 10).rounded() / 10
        let tenths = Int((abs(rounded) * 10).rounded())
        return (rounded < 0 ? "-" : "") + String(tenths / 10) + (tenths % 10 == 0 ? "" : "." + String(tenths % 10))
    }

    /// "2.5 s".
    public static func seconds(_ value: Double) -> String { number(value) + " s" }

    /// A value for CSV and JSON: shortest exact form, "" for none.
    public static func csv(_ value: Double?) -> String {
        guard let value else { return "" }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// "2026-06-28 17:42" in the review's time zone.
    public func minute(_ date: Date) -> String {
        let c = Self.civil(date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: date))))
        return Self.digits(c.year, 4) + "-" + Self.digits(c.month) + "-" + Self.digits(c.day) + " "
            + Self.digits(c.second / 3600) + ":" + Self.digits(c.second / 60 % 60)
    }

    /// "2026-06-28".
    public func day(_ date: Date) -> String {
        let c = Self.civil(date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: date))))
        return Self.digits(c.year, 4) + "-" + Self.digits(c.month) + "-" + Self.digits(c.day)
    }

    /// "2026-06-28 17:42:05".
    public func second(_ date: Date) -> String {
        let c = Self.civil(date.addingTimeInterval(Double(timeZone.secondsFromGMT(for: date))))
        return Self.digits(c.year, 4) + "-" + Self.digits(c.month) + "-" + Self.digits(c.day) + " "
            + Self.digits(c.second / 3600) + ":" + Self.digits(c.second / 60 % 60) + ":" + Self.digits(c.second % 60)
    }

    /// ISO 8601 in UTC with milliseconds, for CSV and JSON: "2026-06-28T17:42:05.123Z".
    public static func iso(_ date: Date?) -> String {
        guard let date else { return "" }
        let c = civil(date)
        return digits(c.year, 4) + "-" + digits(c.month) + "-" + digits(c.day) + "T" + digits(c.second / 3600) + ":"
            + digits(c.second / 60 % 60) + ":" + digits(c.second % 60) + "." + digits(c.millisecond, 3) + "Z"
    }

    /// Zero-padded, without Foundation's formatting (which costs milliseconds to warm up).
    static func digits(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// Year, month, day, second of the day and millisecond of a date read as UTC, without
    /// a formatter (days-from-civil inverted, as in Howard Hinnant's date algorithms).
    /// A date from a store is outside input: one beyond ±3 million years (or not a number)
    /// is shown at that bound instead of trapping in the conversion to Int64.
    static func civil(_ date: Date) -> (year: Int, month: Int, day: Int, second: Int, millisecond: Int) {
        let interval = date.timeIntervalSince1970
        let bounded = interval.isNaN ? 0 : min(max(interval, -1e14), 1e14)
        let millis = Int64((bounded * 1000).rounded())
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let secondOfDay = Int(seconds - Int64(days) * 86_400)
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (y, m, d, secondOfDay, Int(millis - seconds * 1000))
    }
}
