import Foundation
import GRDB

extension ReviewQuery {
    /// A stored instant read without Foundation's calendar, whose first use costs a review
    /// about half a millisecond: "2026-06-28 17:42:05.123" (UTC, as GRDB writes dates, with
    /// or without milliseconds), giving the same `Date` GRDB would. Anything else is GRDB's.
    static func date(_ value: DatabaseValue) -> Date? {
        guard case .string(var text) = value.storage else { return Date.fromDatabaseValue(value) }
        let interval = text.withUTF8 { bytes -> Double? in
            guard bytes.count == 19 || bytes.count == 23 else { return nil }
            func number(_ start: Int, _ length: Int) -> Int? {
                var value = 0
                for byte in bytes[start..<start + length] {
                    guard (48...57).contains(byte) else { return nil }
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            guard bytes[4] == 45, bytes[7] == 45, bytes[10] == 32 || bytes[10] == 84, bytes[13] == 58, bytes[16] == 58,
                  let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
                  let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
                  (1...12).contains(month), day >= 1, day <= daysInMonth(month, year: year),
                  hour < 24, minute < 60, second < 60 else { return nil }
            var millisecond = 0
            if bytes.count == 23 {
                guard bytes[19] == 46, let value = number(20, 3) else { return nil }
                millisecond = value
            }
            // Days from 2001-01-01 (the reference date), as in Howard Hinnant's days_from_civil.
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
            let days = era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468 - 11_323
            return Double(days * 86_400 + hour * 3600 + minute * 60 + second) + Double(millisecond) / 1000
        }
        guard let interval else { return Date.fromDatabaseValue(value) }
        return Date(timeIntervalSinceReferenceDate: interval)
    }

    private static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
