import Foundation
import Testing
import FrontlineLoader
import FrontlineGrader
@testable import FrontlineCheck
@testable import FrontlineModel

@Suite struct CheckerTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// `frontline check` of the shipped content, run once for the tests that need it.
    static let shipped = Checker.run(paths: [], contentRoot: repository.path)

    /// The shipped content passes: every structural check, every criterion example and
    /// every golden walkthrough (the data-driven test of the whole catalogue).
    @Test func theShippedContentPasses() {
        let report = Self.shipped
        #expect(report.filesChecked > 10)
        // This includes every model reply scoring 90 or more on each dimension it is graded on (FL0035).
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.rendered).joined(separator: "\n"))")
    }

    @Test func aWeakModelReplyIsReportedAtItsOwnLine() {
        let folder = Self.fixtures.appendingPathComponent("FL0035-weak-model-reply").path
        let report = Checker.run(paths: [folder], contentRoot: Self.repository.path)
        let found = report.diagnostics.filter { $0.code == .weakModelReply }
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.location?.line == 15)
        #expect(found.first?.message.contains("turn 'opening' scores empathy") == true)
        #expect(found.first?.message.contains("acknowledge-feelings") == true)
    }

    @Test func anExampleThatDisagreesIsReportedAtItsOwnLine() {
        let path = Self.fixtures.appendingPathComponent("FL0022-example-disagrees").path
        let report = Checker.run(paths: [path], contentRoot: Self.repository.path)
        let found = report.diagnostics.filter { $0.code == .exampleDisagrees }
        #expect(found.count == 1)
        #expect(found.first?.location?.file.hasSuffix("FL0022-example-disagrees/empathy.yaml") == true)
        #expect(found.first?.location?.line == 13)
        #expect(found.first?.message.contains("should match criterion 'greet'") == true)
        #expect(!report.passed)
    }

    @Test func aWalkthroughThatDisagreesIsReportedAtTheReply() {
        let folder = Self.fixtures.appendingPathComponent("FL0023-walkthrough-disagrees").path
        let report = Checker.run(paths: [folder], contentRoot: Self.repository.path)
        let found = report.diagnostics.filter { $0.code == .walkthroughDisagrees }
        #expect(found.map { $0.location?.line } == [7, 13])
        #expect(found.first?.message.contains("overall score") == true)
        #expect(found.last?.message.contains("ends at 'done', not 'never'") == true)
    }

    @Test func summaryCountsErrorsAndWarnings() {
        let report = CheckReport(diagnostics: [
            .error(.unknownKey, "x", at: nil), .warning(.unusedEnding, "y", at: nil), .warning(.unusedEnding, "z", at: nil),
        ], filesChecked: 3)
        #expect(report.summary == "checked 3 files: 1 error, 2 warnings")
        #expect(CheckReport(diagnostics: [], filesChecked: 1).summary == "checked 1 file: no problems")
    }
}

/// The other half of calibrating on model replies: plainly weak replies stay low where
/// the moment calls for warmth.
@Suite struct WeakReplyTests {
    static let catalog = CatalogLoader.load(root: CheckerTests.repository.path).catalog

    @Test(arguments: ["ok", "Send the order number.", "What do you want?", "Fine."])
    func aBareReplyToAnUpsetOpeningScoresLow(_ reply: String) throws {
        let library = GraderLibrary(catalog: Self.catalog)
        for scenario in Self.catalog.scenarios where scenario.language == "en" {
            let grader = try #require(library.grader(for: "en"))
            let turn = try #require(scenario.turn(scenario.startTurn))
            var context = GradingContext(customerMessage: turn.customer[0], customerName: scenario.customer.name,
                                         channel: scenario.channel, expectations: turn.expectations)
            context.phase = scenario.phase(of: turn)
            let grade = grader.grade(reply, context: context)
            let model = try #require(ModelReplyRunner(catalog: Self.catalog, library: library).results()
                .first { $0.scenario == scenario.id && $0.turn == turn.id })
            #expect((grade.scores[.empathy] ?? 100) <= 60 || (model.grade.scores[.empathy] ?? 0) - (grade.scores[.empathy] ?? 0) >= 30,
                    "\(scenario.id): '\(reply)' scores \(grade.scores[.empathy] ?? -1) on empathy against the model's \(model.grade.scores[.empathy] ?? -1)")
        }
    }
}
