import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// Scenarios/<id>.track.yaml into a `Track`: its id, title and ordered steps (one scenario
/// or a list, pass marks overall and per dimension, where each scenario was named), and
/// each mistake (a bad id, an empty list, no marks, a mark out of range) as one located
/// diagnostic.
@Suite struct TrackDecoderTests {
    static let path = "Scenarios/onboarding.track.yaml"

    typealias Decoded = DecodedFile<Track?>

    static func decode(_ text: String) throws -> Decoded {
        try Decoded.decode(text, path: path) { root, diagnostics, file in TrackDecoder(diagnostics: diagnostics, sourceFile: file).decode(root) }
    }

    @Test func everyKeyIsRead() throws {
        let decoded = try Self.decode("""
            id: first-week
            title: Pirmā nedēļa
            steps:
              - title: Warm-up
                scenarios: refund-request
                pass: { overall: 60 }
              - title: Harder
                scenarios: [angry-caller, "late-delivery"]
                pass:
                  empathy: 70
                  accuracy: 65.5
                  response_time: 50

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        let track = try #require(decoded.track)
        #expect(track.id == "first-week")
        #expect(track.title == "Pirmā nedēļa")
        #expect(track.source.path == Self.path)
        #expect(track.location == SourceLocation(file: Self.path, line: 1, column: 1))
        #expect(track.steps.map(\.title) == ["Warm-up", "Harder"])
        #expect(track.steps[0].scenarios == ["refund-request"], "one scenario may be written without a list")
        #expect(track.steps[0].passMarks == PassMarks(overall: 60))
        #expect(track.steps[1].scenarios == ["angry-caller", "late-delivery"])
        #expect(track.steps[1].passMarks == PassMarks(dimensions: [.empathy: 70, .accuracy: 65.5, .responseTime: 50]))
        #expect(track.steps[1].location.map { "\($0.line):\($0.column)" } == decoded.place(of: "title: Harder"))
        #expect(track.steps[1].scenarioLocations.map { "\($0.line):\($0.column)" }
            == [decoded.place(of: "angry-caller"), decoded.place(of: "\"late-delivery\"")])
    }

    @Test func anIdThatIsNotAnIdIsAnErrorAndNoTrack() throws {
        let decoded = try Self.decode("""
            id: First Week
            title: t
            steps:
              - title: s
                scenarios: a
                pass: { overall: 50 }

            """)
        #expect(decoded.track == nil)
        #expect(decoded.diagnostics.map(\.code) == [.invalidValue])
        #expect(decoded.messages.first?.hasPrefix("'First Week' is not a valid id") == true, "\(decoded.messages)")
        #expect(decoded.messages.first?.contains("'first-week'") == true, "suggests an id: \(decoded.messages)")
        #expect(decoded.places == ["1:5"])
    }

    @Test func missingIdTitleAndStepsAreEachReported() throws {
        let decoded = try Self.decode("name: x\n")
        #expect(decoded.track == nil)
        #expect(decoded.messages.filter { $0.hasPrefix("the track is missing required key") } == [
            "the track is missing required key 'id'",
            "the track is missing required key 'title'",
            "the track is missing required key 'steps'",
        ])
        #expect(decoded.diagnostics.map(\.code) == [.missingKey, .missingKey, .missingKey, .unknownKey])
    }

    @Test func anEmptyStepListIsOneErrorAtTheList() throws {
        let decoded = try Self.decode("id: t\ntitle: T\nsteps: []\n")
        #expect(decoded.track?.steps == [], "the track itself still decodes")
        #expect(decoded.messages == ["a track needs at least one step"])
        #expect(decoded.places == [decoded.place(of: "[]")])
    }

    @Test func aStepWithNoScenariosOrNoMarksIsAnErrorWhereItIsWritten() throws {
        let decoded = try Self.decode("""
            id: t
            title: T
            steps:
              - title: s
                scenarios: []
                pass: {}

            """)
        #expect(decoded.messages == [
            "a step needs at least one scenario",
            "'pass' needs at least one mark (overall, empathy, accuracy or response_time)",
        ])
        #expect(decoded.places == [decoded.place(of: "[]"), decoded.place(of: "{}")])
        let step = try #require(decoded.track?.steps.first)
        #expect(step.scenarios.isEmpty)
        #expect(step.passMarks == PassMarks())
    }

    @Test func aStepWithoutTitleIsDroppedAndAStepWithoutPassIsKeptWithAnError() throws {
        let decoded = try Self.decode("""
            id: t
            title: T
            steps:
              - scenarios: a
                pass: { overall: 50 }
              - title: no marks
                scenarios: b

            """)
        #expect(decoded.messages == ["a track step is missing required key 'title'", "a track step is missing required key 'pass'"])
        #expect(decoded.places == [decoded.place(of: "scenarios: a"), decoded.place(of: "title: no marks")])
        #expect(decoded.track?.steps.map(\.title) == ["no marks"])
        #expect(decoded.track?.steps.first?.passMarks == PassMarks())
    }

    @Test(arguments: [("overall: 120", "'overall' must be between 0 and 100, found 120"),
                      ("empathy: -5", "'empathy' must be between 0 and 100, found -5"),
                      ("accuracy: high", "expected a number for 'accuracy', found text 'high'")])
    func aMarkOutOfRangeOrNotANumberIsLeftOutWithAnError(_ mark: String, _ message: String) throws {
        let decoded = try Self.decode("""
            id: t
            title: T
            steps:
              - title: s
                scenarios: a
                pass:
                  \(mark)
                  response_time: 40

            """)
        #expect(decoded.messages == [message])
        #expect(decoded.places == [decoded.place(of: String(mark.drop { $0 != " " }.dropFirst()))])
        #expect(decoded.track?.steps.first?.passMarks == PassMarks(dimensions: [.responseTime: 40]), "the good mark is kept")
    }

    @Test func aMisspeltMarkIsAnUnknownKeyWithASuggestion() throws {
        let decoded = try Self.decode("""
            id: t
            title: T
            steps:
              - title: s
                scenarios: a
                pass: { empaty: 60, overall: 50 }

            """)
        #expect(decoded.diagnostics.map(\.code) == [.unknownKey])
        #expect(decoded.messages.first?.contains("unknown key 'empaty' in pass marks") == true, "\(decoded.messages)")
        #expect(decoded.messages.first?.contains("'empathy'") == true, "\(decoded.messages)")
        #expect(decoded.places == [decoded.place(of: "empaty")])
        #expect(decoded.track?.steps.first?.passMarks == PassMarks(overall: 50))
    }

    @Test func persianScenarioIdsAndTitlesAreKept() throws {
        let decoded = try Self.decode("""
            id: fa-onboarding
            title: هفتهٔ نخست
            steps:
              - title: «گرم کردن»
                scenarios: [بازپرداخت]
                pass: { overall: 55 }

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.track?.title == "هفتهٔ نخست")
        #expect(decoded.track?.steps.first?.title == "«گرم کردن»")
        #expect(decoded.track?.steps.first?.scenarios == ["بازپرداخت"], "scenario references are checked by the catalog, not here")
    }
}

extension DecodedFile where Value == Track? {
    var track: Track? { value }
}
