import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// Scenarios/<id>.walkthrough.yaml into `Walkthrough` values: every key of a walkthrough and
/// of its replies (score bands per dimension, seconds, turn), where each was written, and
/// each bad entry (a missing key, an empty list, a band that is not one) as a located
/// diagnostic that drops only what it spoils.
@Suite struct WalkthroughDecoderTests {
    static let path = "Scenarios/refund.walkthrough.yaml"

    typealias Decoded = DecodedFile<[Walkthrough]>

    static func decode(_ text: String) throws -> Decoded {
        try Decoded.decode(text, path: path) { root, diagnostics, file in
            WalkthroughDecoder(diagnostics: diagnostics, sourceFile: file).decode(root)
        }
    }

    static func at(_ place: String) -> (Int, Int) {
        let parts = place.split(separator: ":").compactMap { Int($0) }
        return (parts[0], parts[1])
    }

    @Test func everyKeyIsRead() throws {
        let decoded = try Self.decode("""
            scenario: refund-request
            walkthroughs:
              - name: the model path
                replies:
                  - turn: opening
                    say: I'm so sorry it arrived broken, Dana.
                    seconds: 20
                    overall: 70..100
                    empathy: 80..100
                    accuracy: 50
                    response_time: 0..100
                  - say: Thank you.
                ending: resolved
                overall: 60..100
              - name: hanging up
                replies: []
                ending: hung-up

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.walkthroughs.count == 2)
        let first = try #require(decoded.walkthroughs.first)
        #expect(first.scenario == "refund-request")
        #expect(first.name == "the model path")
        #expect(first.ending == "resolved")
        #expect(first.overall == ScoreBand(60, 100))
        #expect(first.source.path == Self.path)
        #expect(first.location.map { "\($0.line):\($0.column)" } == decoded.place(of: "name: the model path"))
        #expect(first.keyLocations["ending"].map { "\($0.line):\($0.column)" } == decoded.place(of: "resolved"))
        #expect(first.steps.count == 2)
        let step = try #require(first.steps.first)
        #expect(step.reply == "I'm so sorry it arrived broken, Dana.")
        #expect(step.turn == "opening")
        #expect(step.seconds == 20)
        #expect(step.overall == ScoreBand(70, 100))
        #expect(step.scores == [.empathy: ScoreBand(80, 100), .accuracy: ScoreBand(50, 50), .responseTime: ScoreBand(0, 100)])
        #expect(step.location.map { "\($0.line):\($0.column)" } == decoded.place(of: "turn: opening"))
        #expect(step.keyLocations["seconds"].map { "\($0.line):\($0.column)" } == decoded.place(of: "20"))
        let bare = first.steps[1]
        #expect(bare.reply == "Thank you.")
        #expect(bare.turn == nil && bare.seconds == nil && bare.overall == nil && bare.scores.isEmpty)
        #expect(decoded.walkthroughs[1].steps.isEmpty)
        #expect(decoded.walkthroughs[1].overall == nil)
        #expect(decoded.walkthroughs[1].scenario == "refund-request", "every walkthrough gets the file's scenario")
    }

    @Test func persianAndLatvianTextIsKeptAsWritten() throws {
        let decoded = try Self.decode("""
            scenario: bazpardakht
            walkthroughs:
              - name: ceļš bez kļūdām
                replies:
                  - say: «متأسفم، سفارش شما را بررسی می‌کنم»
                ending: حل‌شده

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        let walkthrough = try #require(decoded.walkthroughs.first)
        #expect(walkthrough.name == "ceļš bez kļūdām")
        #expect(walkthrough.steps.map(\.reply) == ["«متأسفم، سفارش شما را بررسی می‌کنم»"])
        #expect(walkthrough.ending == "حل‌شده")
    }

    @Test func aFileWithoutItsScenarioDecodesNothing() throws {
        let decoded = try Self.decode("""
            walkthroughs:
              - name: a
                replies: [{say: hi}]
                ending: resolved

            """)
        #expect(decoded.walkthroughs.isEmpty)
        #expect(decoded.diagnostics.map(\.code) == [.missingKey])
        #expect(decoded.messages == ["the walkthrough file is missing required key 'scenario'"])
        #expect(decoded.places == ["1:1"])
    }

    @Test func anEmptyListOfWalkthroughsIsOneErrorAtTheList() throws {
        let decoded = try Self.decode("scenario: refund\nwalkthroughs: []\n")
        #expect(decoded.walkthroughs.isEmpty)
        #expect(decoded.messages == ["the file lists no walkthroughs"])
        #expect(decoded.places == [decoded.place(of: "[]")])
    }

    @Test func missingWalkthroughsIsOneError() throws {
        let decoded = try Self.decode("scenario: refund\n")
        #expect(decoded.walkthroughs.isEmpty)
        #expect(decoded.messages == ["the walkthrough file is missing required key 'walkthroughs'"])
    }

    @Test func aWalkthroughMissingItsNameOrEndingIsDroppedAndTheOthersKept() throws {
        let decoded = try Self.decode("""
            scenario: refund
            walkthroughs:
              - replies: [{say: hi}]
                ending: resolved
              - name: no ending
                replies: [{say: hi}]
              - name: kept
                replies: [{say: hi}]
                ending: resolved

            """)
        #expect(decoded.walkthroughs.map(\.name) == ["kept"])
        #expect(decoded.messages == ["a walkthrough is missing required key 'name'", "a walkthrough is missing required key 'ending'"])
        #expect(decoded.places == [decoded.place(of: "replies"), decoded.place(of: "name: no ending")])
    }

    @Test func aReplyWithoutSayIsDroppedAndAMisspeltSayIsOneError() throws {
        let decoded = try Self.decode("""
            scenario: refund
            walkthroughs:
              - name: path
                replies:
                  - turn: opening
                  - sya: hello
                  - say: kept
                ending: resolved

            """)
        let walkthrough = try #require(decoded.walkthroughs.first)
        #expect(walkthrough.steps.map(\.reply) == ["kept"])
        #expect(decoded.diagnostics.map(\.code) == [.missingKey, .unknownKey])
        #expect(decoded.messages.first == "a walkthrough reply is missing required key 'say'")
        #expect(decoded.messages.last?.contains("unknown key 'sya' in a walkthrough reply") == true, "\(decoded.messages)")
        #expect(decoded.messages.last?.contains("'say'") == true, "did you mean: \(decoded.messages)")
        #expect(decoded.places == [decoded.place(of: "turn: opening"), decoded.place(of: "sya")])
    }

    @Test(arguments: ["70-100", "100..70", "90..120", "-10..50", "high", "70..", "..100"])
    func aBandThatIsNotOneIsALocatedError(_ band: String) throws {
        let decoded = try Self.decode("""
            scenario: refund
            walkthroughs:
              - name: path
                replies:
                  - say: hi
                    empathy: "\(band)"
                ending: resolved
                overall: 70..100

            """)
        let walkthrough = try #require(decoded.walkthroughs.first)
        #expect(walkthrough.steps.first?.scores.isEmpty == true, "the bad band is left out, the reply kept")
        #expect(walkthrough.overall == ScoreBand(70, 100))
        #expect(decoded.diagnostics.map(\.code) == [.invalidValue])
        #expect(decoded.messages == ["'\(band)' is not a score band; write it like 70..100"])
        let (line, column) = Self.at(decoded.place(of: "\"\(band)\""))
        #expect(decoded.diagnostics.first?.location?.line == line)
        #expect(decoded.diagnostics.first?.location?.column == column)
    }

    @Test func aBandThatIsAListIsAWrongType() throws {
        let decoded = try Self.decode("""
            scenario: refund
            walkthroughs:
              - name: path
                replies: [{say: hi}]
                ending: resolved
                overall: [70, 100]

            """)
        #expect(decoded.walkthroughs.first?.overall == nil)
        #expect(decoded.diagnostics.map(\.code) == [.wrongType])
        #expect(decoded.messages == ["expected text for 'overall', found a list"])
        #expect(decoded.places == [decoded.place(of: "[70, 100]")])
    }

    @Test func secondsOutsideADayAreAnError() throws {
        let decoded = try Self.decode("""
            scenario: refund
            walkthroughs:
              - name: path
                replies:
                  - say: hi
                    seconds: 90000
                ending: resolved

            """)
        #expect(decoded.walkthroughs.first?.steps.first?.seconds == nil)
        #expect(decoded.messages == ["'seconds' must be between 0 and 86400, found 90000"])
        #expect(decoded.places == [decoded.place(of: "90000")])
    }

    @Test func aRootOrItemThatIsNotAMappingIsAWrongType() throws {
        let list = try Self.decode("- scenario: refund\n")
        #expect(list.walkthroughs.isEmpty)
        #expect(list.messages == ["expected the walkthrough file to be a mapping of keys, found a list"])

        let item = try Self.decode("scenario: refund\nwalkthroughs:\n  - just text\n")
        #expect(item.walkthroughs.isEmpty)
        #expect(item.messages == ["expected a walkthrough to be a mapping of keys, found text"])
        #expect(item.places == ["3:5"])
    }

    @Test func anUnknownTopLevelKeyIsReportedWithASuggestion() throws {
        let decoded = try Self.decode("""
            scenario: refund
            walkthrough:
              - name: path

            """)
        #expect(decoded.walkthroughs.isEmpty)
        #expect(decoded.diagnostics.map(\.code) == [.unknownKey], "a misspelt key is not also reported missing: \(decoded.messages)")
        #expect(decoded.messages.first?.contains("'walkthroughs'") == true, "\(decoded.messages)")
        #expect(decoded.places == ["2:1"])
    }
}

extension DecodedFile where Value == [Walkthrough] {
    var walkthroughs: [Walkthrough] { value }
}
