import Foundation
import Testing
@testable import FrontlineModel

/// `ScoreBand`, the `70..100` a walkthrough expects a score in: what it parses (a range,
/// one exact score, spaces around the numbers), what it refuses, that its ends are
/// inclusive (with a hair of tolerance for arithmetic), and how it is written back.
@Suite struct WalkthroughTests {
    @Test(arguments: [("70..100", 70.0, 100.0), ("0..100", 0, 100), (" 70 .. 100 ", 70, 100), ("70", 70, 70), ("70.5", 70.5, 70.5),
                      ("85..85", 85, 85), ("-5..10", -5, 10)])
    func aBandIsParsed(_ text: String, _ lower: Double, _ upper: Double) throws {
        let band = try #require(ScoreBand(parsing: text))
        #expect(band == ScoreBand(lower, upper))
    }

    @Test(arguments: ["", "..", "70..", "..100", "100..70", "70-100", "high", "70..100..120", "70,5", "۷۰..۱۰۰", "70 to 100"])
    func whatIsNotABandIsNil(_ text: String) {
        #expect(ScoreBand(parsing: text) == nil)
    }

    @Test(arguments: ["70.5..100", "0..99.5"])
    func aBandWithADecimalEndParses(_ text: String) {
        #expect(ScoreBand(parsing: text)?.description == text)
    }

    @Test func bothEndsAreIncluded() {
        let band = ScoreBand(70, 100)
        #expect(band.contains(70))
        #expect(band.contains(100))
        #expect(band.contains(85.5))
        #expect(!band.contains(69.9))
        #expect(!band.contains(100.01))
        #expect(band.contains(100 + 1e-10), "arithmetic noise at an end does not fail a walkthrough")
        #expect(band.contains(70 - 1e-10))
        #expect(!ScoreBand(50, 50).contains(50.001))
        #expect(ScoreBand(50, 50).contains(50))
    }

    @Test func aBandIsWrittenAsItIsParsed() {
        #expect(ScoreBand(70, 100).description == "70..100")
        #expect(ScoreBand(0.5, 1).description == "0.5..1")
        #expect(ScoreBand(parsing: "70")?.description == "70..70")
        #expect(ScoreBand(parsing: ScoreBand(60, 90).description) == ScoreBand(60, 90))
    }

    @Test func aStepHasNoExpectationsUnlessGiven() {
        let step = Walkthrough.Step(reply: "Sveiki")
        #expect(step.seconds == nil && step.turn == nil && step.overall == nil && step.scores.isEmpty && step.keyLocations.isEmpty)
    }
}
