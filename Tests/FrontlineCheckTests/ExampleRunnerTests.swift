import Foundation
import Testing
import FrontlineGrader
import FrontlineLoader
@testable import FrontlineCheck
@testable import FrontlineModel

/// Every criterion's examples through the real grader, like tests: what counts as a
/// match for each kind of criterion, and an example that disagrees reported at its own
/// line with the words that decided it.
@Suite struct ExampleRunnerTests {
    static let catalog = CatalogLoader.load(root: CheckerTests.repository.path).catalog
    static let library = GraderLibrary(catalog: catalog)
    static let english = library.grader(for: "en")!

    static func criterion(_ id: String, language: String = "en") throws -> Criterion {
        try #require(catalog.rubrics(for: language).flatMap(\.criteria).first { $0.id == id }, "no criterion \(id)")
    }

    static func evaluate(_ id: String, _ reply: String, customer: String? = nil, name: String? = nil, seconds: Double? = nil,
                         channel: Channel? = nil) throws -> (matched: Bool, explanation: String?) {
        let example = CriterionExample(reply: reply, customer: customer, customerName: name, seconds: seconds, channel: channel, shouldMatch: true)
        return ExampleRunner.evaluate(try criterion(id), example: example, grader: english)
    }

    /// The shipped catalogue with `examples` added to criterion `id` of the English rubrics.
    static func catalog(adding examples: [CriterionExample], to id: String) throws -> (Catalog, path: String) {
        var catalog = Self.catalog
        let r = try #require(catalog.rubrics.firstIndex { $0.language == "en" && $0.criteria.contains { $0.id == id } })
        let c = try #require(catalog.rubrics[r].criteria.firstIndex { $0.id == id })
        catalog.rubrics[r].criteria[c].examples += examples
        return (catalog, catalog.rubrics[r].source.path)
    }

    // MARK: What counts as a match

    @Test func aRewardMatchesWhenMetWithTheWordsThatDidIt() throws {
        let outcome = try Self.evaluate("greeting", "Hello, thanks for getting in touch.")
        #expect(outcome.matched)
        #expect(outcome.explanation == "matched \"Hello\"")
        let missed = try Self.evaluate("greeting", "Your parcel is on its way.")
        #expect(!missed.matched)
        #expect(missed.explanation == nil)
    }

    @Test func aNegatedRewardDoesNotMatchAndSaysWhy() throws {
        let outcome = try Self.evaluate("acknowledge-feelings", "I don't understand why you're upset.")
        #expect(!outcome.matched)
        #expect(outcome.explanation == "negated by 'don't'")
    }

    @Test func aPenaltyMatchesWhenTriggered() throws {
        let outcome = try Self.evaluate("confrontational", "Why did you not read the email?")
        #expect(outcome.matched)
        #expect(outcome.explanation?.hasPrefix("matched \"") == true)
        #expect(try !Self.evaluate("confrontational", "Could you walk me through what happened?").matched)
    }

    @Test func examplesAreGradedOutsideAnyScenarioSoEveryCriterionApplies() throws {
        // greeting applies in the opening, acknowledge-feelings to an upset customer: an
        // example with neither still tests the phrases.
        #expect(try Self.evaluate("greeting", "Hi there!").matched)
        #expect(try Self.evaluate("acknowledge-feelings", "I can see how frustrating this has been.").matched)
    }

    @Test func accuracyCriteriaAreGradedWithoutExpectations() throws {
        #expect(try Self.evaluate("guessing", "I think maybe it will arrive tomorrow.").matched)
        #expect(try !Self.evaluate("guessing", "Your parcel will arrive tomorrow before noon.").matched)
    }

    @Test func aMeasuredCriterionMatchesOnFullMarks() throws {
        #expect(try Self.evaluate("on-time", "Let me check that for you.", seconds: 10, channel: .chat).matched)
        #expect(try !Self.evaluate("on-time", "ok", seconds: 200, channel: .chat).matched)
        // Just past the target is no longer full marks.
        #expect(try !Self.evaluate("on-time", "ok", seconds: 40, channel: .chat).matched)
        // Without seconds a response-time example is sent at once.
        #expect(try Self.evaluate("on-time", "ok").matched)
    }

    @Test func theCustomersNameAndLineComeFromTheExample() throws {
        #expect(try Self.evaluate("use-name", "Thanks for waiting, Dana.", name: "Dana Whitfield").matched)
        #expect(try !Self.evaluate("use-name", "Thanks for waiting, Dana.").matched)
        #expect(try Self.evaluate("reflect-specifics", "I see you were charged twice for the March invoice.",
                                  customer: "You charged me twice for my March invoice!").matched)
        #expect(try !Self.evaluate("reflect-specifics", "I see you were charged twice for the March invoice.").matched)
    }

    @Test func aCriterionTheGraderDoesNotHaveNeverMatches() throws {
        let unknown = Criterion(id: "no-such-criterion", name: "None", tip: "None.", points: 10, phrases: [Phrase("hello")])
        let outcome = ExampleRunner.evaluate(unknown, example: CriterionExample(reply: "hello", shouldMatch: true), grader: Self.english)
        #expect(!outcome.matched && outcome.explanation == nil)
    }

    // MARK: Running

    @Test func everyShippedExampleAgrees() {
        let diagnostics = ExampleRunner(catalog: Self.catalog, library: Self.library).run()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    }

    @Test func anExampleThatDisagreesIsReportedAtItsLine() throws {
        let here = SourceLocation(file: "Rubrics/en/empathy.yaml", line: 400, column: 11)
        let there = SourceLocation(file: "Rubrics/en/empathy.yaml", line: 401, column: 11)
        let (catalog, _) = try Self.catalog(adding: [
            CriterionExample(reply: "Your parcel is on its way.", shouldMatch: true, location: here),
            CriterionExample(reply: "Hello there, Dana.", shouldMatch: false, location: there),
            CriterionExample(reply: "Hi!", shouldMatch: true, location: there),
        ], to: "greeting")
        let diagnostics = ExampleRunner(catalog: catalog, library: Self.library).run()
        #expect(diagnostics.map(\.message) == [
            "example should match criterion 'greeting', but it does not",
            "example should not match criterion 'greeting', but it does (matched \"Hello\")",
        ])
        #expect(diagnostics.map(\.location) == [here, there])
        #expect(diagnostics.allSatisfy { $0.code == .exampleDisagrees && $0.severity == .error })
    }

    @Test func anExampleWithoutAPlaceIsReportedAtItsCriterion() throws {
        let (catalog, _) = try Self.catalog(adding: [CriterionExample(reply: "Your parcel is on its way.", shouldMatch: true)], to: "greeting")
        let diagnostics = ExampleRunner(catalog: catalog, library: Self.library).run()
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == (try Self.criterion("greeting").location))
        #expect(diagnostics.first?.location != nil)
    }

    @Test func onlyTheRubricsOfTheFilesGivenAreRun() throws {
        let (catalog, path) = try Self.catalog(adding: [CriterionExample(reply: "Your parcel is on its way.", shouldMatch: true)], to: "greeting")
        #expect(ExampleRunner(catalog: catalog, files: [path], library: Self.library).run().count == 1)
        let accuracy = try #require(catalog.rubrics.first { $0.language == "en" && $0.dimension == .accuracy }).source.path
        #expect(accuracy != path)
        #expect(ExampleRunner(catalog: catalog, files: [accuracy], library: Self.library).run().isEmpty)
        #expect(ExampleRunner(catalog: catalog, files: [], library: Self.library).run().isEmpty)
    }

    @Test func aRubricWhoseLanguageHasNoGraderIsSkipped() throws {
        let (catalog, _) = try Self.catalog(adding: [CriterionExample(reply: "Your parcel is on its way.", shouldMatch: true)], to: "greeting")
        // A library made for other languages only: the English rubrics are not run, not failed.
        let persian = GraderLibrary(catalog: Catalog(rubrics: catalog.rubrics(for: "fa"), languages: catalog.languages))
        #expect(persian.grader(for: "en") == nil)
        #expect(ExampleRunner(catalog: catalog, library: persian).run().isEmpty)
    }
}
