import Foundation
import GRDB
import Testing
@testable import FrontlineStore

@Suite("Review dates")
struct ReviewDateTests {
    /// What GRDB reads from the same stored value.
    func grdb(_ text: String) -> Date? { Date.fromDatabaseValue(text.databaseValue) }

    @Test("stored dates read the same as through GRDB, to the last bit")
    func sameAsGRDB() {
        var texts: [String] = []
        for day in ["1970-01-01", "2000-02-29", "2001-01-01", "2024-02-29", "2026-06-28", "2026-12-31", "2100-03-01"] {
            for time in ["00:00:00", "13:04:25", "23:59:59"] {
                texts.append("\(day) \(time)")
                for millisecond in 0..<1000 {
                    texts.append("\(day) \(time).\(String(repeating: "0", count: millisecond < 10 ? 2 : millisecond < 100 ? 1 : 0))\(millisecond)")
                }
            }
        }
        var mismatches: [String] = []
        for text in texts where ReviewQuery.date(text.databaseValue) != grdb(text) { mismatches.append(text) }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(texts.count), first: \(mismatches.prefix(3))")
        for date in [Date(), Date(timeIntervalSince1970: 1_782_651_745.123)] {
            #expect(ReviewQuery.date(date.databaseValue) == Date.fromDatabaseValue(date.databaseValue))
        }
    }

    @Test("other forms, and impossible dates, are left to GRDB")
    func otherForms() {
        for text in ["2026-06-28", "2026-06-28T13:04:25", "2026-06-28 13:04", "2026-02-30 10:00:00", "2026-13-01 10:00:00",
                     "2026-06-28 13:04:25.5", "2026-06-28 13:04:25.123456", "not a date", ""] {
            #expect(ReviewQuery.date(text.databaseValue) == grdb(text), "\(text)")
        }
        #expect(ReviewQuery.date(.null) == nil)
        #expect(ReviewQuery.date(1_782_651_745.5.databaseValue) == Date(timeIntervalSince1970: 1_782_651_745.5))
    }
}
