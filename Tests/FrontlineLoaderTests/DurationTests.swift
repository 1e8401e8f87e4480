import Foundation
import Testing
@testable import FrontlineLoader

/// `Duration.parse`: durations as managers write them (`30s`, `2m`, `1h`, `1m30s`, `0.5s`,
/// a plain number of seconds), in any case and with spaces; nil for anything else (a
/// number without its unit after a unit, an unknown unit, non-ASCII digits).
@Suite struct DurationTests {
    @Test(arguments: [("30s", 30.0), ("2m", 120), ("1h", 3600), ("1m30s", 90), ("0.5s", 0.5), ("45", 45), ("2.5", 2.5),
                      (" 45 ", 45), ("1H", 3600), ("1M 30S", 90), ("1h1m1s", 3661), ("30s30s", 60), (".5m", 30), ("0s", 0), ("-5", -5)])
    func aDurationIsReadInSeconds(_ text: String, _ seconds: Double) {
        #expect(Duration.parse(text) == seconds)
    }

    @Test(arguments: ["", " ", "s", "m30s", "1m30", "30x", "30 sec", "1.2.3s", "-5s", "۳۰s", "٣٠", "½m", "1d", "thirty seconds"])
    func anythingElseIsNil(_ text: String) {
        #expect(Duration.parse(text) == nil)
    }

    /// `MappingReader.duration` takes any positive result, so this is what a scenario's
    /// `nudge_after` accepts.
    @Test(arguments: ["inf", "infinity", "1e400"])
    func anEndlessDurationIsNotADuration(_ text: String) {
        #expect(Duration.parse(text) == nil)
    }
}
