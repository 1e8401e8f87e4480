import Foundation
import Testing
@testable import FrontlineReports

@Suite struct ReviewFormatTests {
    @Test func numbers() {
        #expect(ReviewFormat.count(1_000_000) == "1,000,000" && ReviewFormat.count(999) == "999" && ReviewFormat.count(0) == "0")
        #expect(ReviewFormat.percent(0.314) == "31%" && ReviewFormat.percent(0.001) == "<1%" && ReviewFormat.percent(0) == "0%")
        #expect(ReviewFormat.delta(-4.25) == "−4.3" && ReviewFormat.delta(12) == "+12" && ReviewFormat.delta(0.01) == "0")
        #expect(ReviewFormat.number(12.0) == "12" && ReviewFormat.number(12.46) == "12.5")
        #expect(ReviewFormat.csv(72.5) == "72.5" && ReviewFormat.csv(70) == "70" && ReviewFormat.csv(nil) == "")
    }

    @Test func dates() {
        let date = Date(timeIntervalSince1970: 1_767_607_200.123) // Mon 5 Jan 2026 10:00:00.123 UTC
        #expect(ReviewFormat.iso(date) == "2026-01-05T10:00:00.123Z")
        #expect(ReviewFormat.iso(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
        #expect(ReviewFormat.iso(nil) == "")
        let tehran = ReviewFormat(timeZone: TimeZone(identifier: "Asia/Tehran")!)
        #expect(tehran.minute(date) == "2026-01-05 13:30")
        #expect(tehran.day(Date(timeIntervalSince1970: 1_767_646_800)) == "2026-01-06", "after local midnight")
        #expect(ReviewFormat(timeZone: TimeZone(identifier: "UTC")!).second(date) == "2026-01-05 10:00:00")
    }

    /// Values from a damaged or edited store: Int(...) of them trapped.
    @Test func numbersAndDatesBeyondIntDoNotTrap() {
        #expect(ReviewFormat.number(1e300) == "1e+300" && ReviewFormat.number(.nan) == "nan")
        #expect(ReviewFormat.percent(.infinity) == "inf%")
        #expect(ReviewFormat.iso(Date(timeIntervalSince1970: 1e300)).hasSuffix("Z"))
        #expect(!ReviewFormat.iso(Date(timeIntervalSince1970: -.infinity)).isEmpty)
        #expect(!ReviewFormat(timeZone: TimeZone(identifier: "UTC")!).minute(Date(timeIntervalSince1970: .nan)).isEmpty)
    }
}
