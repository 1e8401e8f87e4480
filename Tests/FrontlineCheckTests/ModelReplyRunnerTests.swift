import Foundation
import Testing
import FrontlineGrader
import FrontlineLoader
@testable import FrontlineCheck
@testable import FrontlineModel

/// Every turn's model reply graded where it would be said (the scenario's customer, the
/// turn's phase, expectations and first customer line, the model replies before it as
/// history and what they met), and FL0035 at the reply's line when it scores under 90 on
/// a dimension it is graded on.
@Suite struct ModelReplyRunnerTests {
    static let library = WalkthroughRunnerTests.library

    static let strongOpening = "Hi Sam, I'm so sorry your order is late again and nobody got back to you - that's really frustrating. Could you share your order number so I can check it right now?"
    static let strongClosing = "Thank you, Sam. I've arranged a full refund to your card today. If anything else comes up, just message me; I hope the rest of your week goes smoothly."

    /// An opening (upset customer, asks for the order number) and a closing turn (a refund
    /// that requires the order number first), with these model replies.
    static func scenario(opening: String?, closing: String?) -> String {
        func exemplary(_ reply: String?) -> String { reply.map { "    exemplary: \"\($0)\"\n" } ?? "" }
        return """
            id: model
            title: Model replies
            channel: chat
            language: en
            customer:
              name: Sam Doe
            turns:
              opening:
                customer:
                  - I'm really upset, my order is late again and nobody replied.
                  - Thanks for the lovely service.
                expect:
                  - id: ask-order
                    kind: action
                    say: ["order number"]
                    tip: Ask for the order number.

            """ + exemplary(opening) + """
                next: closing
              closing:
                customer: It is KX-20931.
                expect:
                  - id: offer-refund
                    kind: action
                    say: ["refund"]
                    requires: [ask-order]
                    tip: Offer a refund.

            """ + exemplary(closing) + """
                next: done
            endings:
              done: { outcome: resolved, debrief: Fine. }

            """
    }

    struct Loaded {
        let text: String
        let path: String
        let catalog: Catalog
        var runner: ModelReplyRunner { ModelReplyRunner(catalog: catalog, library: ModelReplyRunnerTests.library) }
        func result(_ turn: String) -> ModelReplyRunner.Result? { runner.results().first { $0.turn == turn } }
        func place(of needle: String) -> String {
            WalkthroughRunnerTests.Replayed.place(of: needle, in: text, occurrence: 1, offset: 0)
        }
    }

    static func load(_ text: String) throws -> Loaded {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("model.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let loaded = CatalogLoader.load(paths: [path], context: [CheckerTests.repository.appendingPathComponent("Rubrics").path])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.description))")
        return Loaded(text: text, path: path, catalog: loaded.catalog)
    }

    // MARK: Where each model reply is graded

    @Test func eachModelReplyIsGradedInFileOrderAtItsOwnLine() throws {
        let loaded = try Self.load(Self.scenario(opening: Self.strongOpening, closing: Self.strongClosing))
        let results = loaded.runner.results()
        #expect(results.map(\.turn) == ["opening", "closing"])
        #expect(results.allSatisfy { $0.scenario == "model" })
        #expect(results.map { $0.location.map { "\($0.line):\($0.column)" } } == [
            loaded.place(of: "\"Hi Sam"), loaded.place(of: "\"Thank you, Sam"),
        ])
        #expect(results.allSatisfy { $0.location?.file == loaded.path })
        // No timings: response time is not graded.
        #expect(results.allSatisfy { $0.grade.scores[.responseTime] == nil })
        #expect(results.allSatisfy { $0.grade.scores[.accuracy] == 100 && $0.grade.scores[.empathy] != nil })
        #expect(loaded.runner.run().isEmpty, "\(loaded.runner.run().map(\.message))")
    }

    @Test func aTurnWithoutAModelReplyIsSkipped() throws {
        #expect(try Self.load(Self.scenario(opening: nil, closing: Self.strongClosing)).runner.results().map(\.turn) == ["closing"])
        #expect(try Self.load(Self.scenario(opening: "   ", closing: nil)).runner.results().isEmpty)
    }

    @Test func theTurnsFirstCustomerLineIsTheOneAnswered() throws {
        // The first line is upset: acknowledging it is owed. (The second, thankful one is not read.)
        let loaded = try Self.load(Self.scenario(opening: "Hi Sam, could you share your order number?", closing: nil))
        let findings = try #require(loaded.result("opening")).grade.findings
        #expect(findings.first { $0.criterionId == "acknowledge-feelings" }?.outcome == .missed)
    }

    @Test func theTurnsPhaseDecidesWhatIsOwed() throws {
        let reply = "Thanks Sam, could you share your order number? I'll arrange the refund."
        let loaded = try Self.load(Self.scenario(opening: reply, closing: reply))
        let opening = try #require(loaded.result("opening")).grade.findings
        let closing = try #require(loaded.result("closing")).grade.findings
        // A greeting is owed in the opening only; a warm close (warmth) in the closing only.
        #expect(opening.first { $0.criterionId == "greeting" }?.outcome == .missed)
        #expect(!closing.contains { $0.criterionId == "greeting" })
        #expect(closing.contains { $0.criterionId == "warmth" && $0.outcome == .missed })
        #expect(!opening.contains { $0.criterionId == "warmth" })
    }

    @Test func earlierModelRepliesAreWhatWasAlreadyMetAndSaid() throws {
        // The opening's model reply asked for the order number and used the name.
        let after = try Self.load(Self.scenario(opening: Self.strongOpening, closing: "I've arranged a full refund today."))
        let closing = try #require(after.result("closing")).grade
        #expect(!closing.criticalFailure, "ask-order was met before the refund")
        #expect(closing.metExpectations.contains("offer-refund"))
        #expect(!closing.findings.contains { $0.criterionId == "use-name" && $0.outcome == .missed }, "the name was used before")

        // Without it, the same reply states the refund too early, and still owes the name.
        let alone = try Self.load(Self.scenario(opening: nil, closing: "I've arranged a full refund today."))
        let first = try #require(alone.result("closing")).grade
        #expect(first.criticalFailure)
        #expect(first.findings.contains { $0.criterionId == "use-name" && $0.outcome == .missed })
    }

    // MARK: Weak model replies

    @Test func aWeakModelReplyIsAnErrorNamingTheWeakDimensionsAndWhatTheyMissed() throws {
        let loaded = try Self.load(Self.scenario(opening: "Order number.", closing: Self.strongClosing))
        let diagnostics = loaded.runner.run()
        let error = try #require(diagnostics.first)
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))")
        #expect(error.code == .weakModelReply && error.severity == .error)
        #expect(error.location.map { "\($0.line):\($0.column)" } == loaded.place(of: "\"Order number.\""))
        let grade = try #require(loaded.result("opening")).grade
        let empathy = try #require(grade.scores[.empathy])
        #expect(empathy < ModelReplyRunner.threshold)
        #expect(error.message.hasPrefix("the model reply of turn 'opening' scores empathy \(empathy.wholeText) ("))
        #expect(!error.message.contains("accuracy"), "accuracy scored 100: not weak, not named")
        #expect(error.message.hasSuffix("; a model reply must score at least 90 on every dimension: improve the reply, or the turn's `phase` or the rubric if the grader is wrong"))
        // What was not met, from the weak dimension only, at most four.
        let notMet = try #require(error.message.range(of: "not met: ")).upperBound
        let listed = error.message[notMet...].prefix { $0 != ")" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect((1...4).contains(listed.count))
        #expect(listed.contains("acknowledge-feelings"))
        #expect(!listed.contains("ask-order"))
        let missedEmpathy = grade.findings.filter { $0.dimension == .empathy && ($0.outcome == .missed || $0.outcome == .triggered) }.map(\.criterionId)
        #expect(listed == Array(missedEmpathy.prefix(4)))
        // The facets, by name.
        let facets = (grade.facets ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.wholeText)" }.joined(separator: ", ")
        #expect(!facets.isEmpty)
        #expect(error.message.contains("(\(facets); not met: "))
    }

    @Test func theThresholdIsNinety() {
        #expect(ModelReplyRunner.threshold == 90)
    }

    // MARK: What is graded

    @Test func onlyTheScenariosOfTheFilesGivenAreGraded() throws {
        let loaded = try Self.load(Self.scenario(opening: "Order number.", closing: nil))
        #expect(ModelReplyRunner(catalog: loaded.catalog, files: [loaded.path], library: Self.library).run().count == 1)
        #expect(ModelReplyRunner(catalog: loaded.catalog, files: ["elsewhere.yaml"], library: Self.library).run().isEmpty)
    }

    @Test func aScenarioWhoseLanguageHasNoGraderIsSkipped() throws {
        var catalog = try Self.load(Self.scenario(opening: "Order number.", closing: nil)).catalog
        catalog.scenarios[0].language = "zz"
        #expect(ModelReplyRunner(catalog: catalog, library: Self.library).results().isEmpty)
    }
}
