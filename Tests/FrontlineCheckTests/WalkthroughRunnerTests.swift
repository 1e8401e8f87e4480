import Foundation
import FrontlineTestSupport
import Testing
import FrontlineGrader
import FrontlineLoader
@testable import FrontlineCheck
@testable import FrontlineModel

/// A golden walkthrough replayed through the real engine and grader: where the path, the
/// ending or a score differs from the file, one FL0023 error at the value that is wrong.
@Suite struct WalkthroughRunnerTests {
    static let library = GraderLibrary(catalog: CatalogLoader.load(root: CheckerTests.repository.path).catalog)

    /// Two turns: asking for the order number leads to `details`, anything else ends the call.
    static let scenario = """
        id: runner
        title: Runner test
        channel: chat
        language: en
        customer:
          name: Sam Doe
        turns:
          opening:
            customer: Hello, my order is late.
            expect:
              - id: ask-order
                kind: action
                say: ["order number"]
                tip: Ask for the order number.
            next:
              - if: { said: ask-order }
                goto: details
              - goto: done
          details:
            customer: It is KX-1.
            expect:
              - id: offer-refund
                kind: action
                say: ["refund"]
                tip: Offer a refund.
            next: done
        endings:
          done: { outcome: resolved, debrief: Fine. }
          hung-up: { outcome: hung_up, debrief: Gone. }

        """

    static let good = "Could you give me your order number, please?"
    static let refund = "Thanks, I'll refund you in full today."

    struct Replayed {
        let text: String
        let diagnostics: [Diagnostic]
        func place(of needle: String, occurrence: Int = 1, offset: Int = 0) -> String {
            Self.place(of: needle, in: text, occurrence: occurrence, offset: offset)
        }
        func place(_ diagnostic: Diagnostic?) -> String {
            diagnostic?.location.map { "\($0.line):\($0.column)" } ?? "nowhere"
        }
        static func place(of needle: String, in text: String, occurrence: Int, offset: Int) -> String {
            TextPlace.of(needle, in: text, occurrence: occurrence, offset: offset)
        }
        var messages: [String] { diagnostics.map(\.message) }
    }

    /// Loads the scenario (as `scenario`) and `walkthrough` (the file's text), then replays it.
    static func replay(_ walkthrough: String, scenario: String = scenario) throws -> Replayed {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try scenario.write(to: folder.appendingPathComponent("runner.yaml"), atomically: true, encoding: .utf8)
        try walkthrough.write(to: folder.appendingPathComponent("runner.walkthrough.yaml"), atomically: true, encoding: .utf8)
        let loaded = CatalogLoader.load(paths: [folder.path], context: [CheckerTests.repository.appendingPathComponent("Rubrics").path])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "\(loaded.diagnostics.map(\.description))")
        let diagnostics = WalkthroughRunner(catalog: loaded.catalog, library: library).run()
        #expect(diagnostics.allSatisfy { $0.code == .walkthroughDisagrees && $0.severity == .error })
        return Replayed(text: walkthrough, diagnostics: diagnostics)
    }

    /// One walkthrough named `name` with these reply lines (each a `- turn: …` item's lines).
    static func walkthrough(_ name: String, _ replies: [String], ending: String = "done", extra: String = "") -> String {
        "scenario: runner\nwalkthroughs:\n  - name: \(name)\n    replies:\n" + replies.map { "      " + $0.replacingOccurrences(of: "\n", with: "\n      ") }.joined(separator: "\n")
            + "\n    ending: \(ending)\n" + extra
    }

    static func step(_ turn: String, _ say: String, _ more: String = "") -> String {
        "- turn: \(turn)\n  say: \"\(say)\"" + (more.isEmpty ? "" : "\n  " + more.replacingOccurrences(of: "\n", with: "\n  "))
    }

    // MARK: Holding

    @Test func aWalkthroughThatHoldsReportsNothing() throws {
        let replayed = try Self.replay(Self.walkthrough("the model path", [
            Self.step("opening", Self.good, "overall: 0..100\naccuracy: 100"),
            Self.step("details", Self.refund, "accuracy: 100..100"),
        ]))
        #expect(replayed.diagnostics.isEmpty, "\(replayed.messages)")
    }

    @Test func aStepWithoutSecondsTakesHalfTheTarget() throws {
        // Half the channel's target is within it: full response-time marks.
        let replayed = try Self.replay(Self.walkthrough("no seconds", [
            Self.step("opening", Self.good, "response_time: 100"),
            Self.step("details", Self.refund, "seconds: 600\nresponse_time: 0..20"),
        ]))
        #expect(replayed.diagnostics.isEmpty, "\(replayed.messages)")
    }

    // MARK: The path

    @Test func aReplyForAnotherTurnStopsTheReplayAtItsTurn() throws {
        let text = Self.walkthrough("wrong turn", [Self.step("details", Self.good), Self.step("elsewhere", Self.refund)])
        let replayed = try Self.replay(text)
        #expect(replayed.messages == ["walkthrough 'wrong turn': this reply should answer turn 'details', but the conversation is at turn 'opening'"])
        #expect(replayed.place(replayed.diagnostics.first) == replayed.place(of: "details"))
    }

    @Test func aReplyAfterTheEndingIsReportedAtThatReply() throws {
        // "ok" does not ask for the order: the call ends at 'done' after the first reply.
        let text = Self.walkthrough("too many replies", [Self.step("opening", "ok"), Self.step("details", Self.refund)])
        let replayed = try Self.replay(text)
        #expect(replayed.messages == ["walkthrough 'too many replies': the conversation already ended at 'done' before this reply"])
        #expect(replayed.place(replayed.diagnostics.first) == replayed.place(of: "- turn: details", offset: 2))
    }

    @Test func repliesThatRunOutBeforeTheEndingAreReportedAtTheWalkthrough() throws {
        let text = Self.walkthrough("stops early", [Self.step("opening", Self.good)])
        let replayed = try Self.replay(text)
        #expect(replayed.messages == ["walkthrough 'stops early': the replies run out at turn 'details' before ending 'done'"])
        #expect(replayed.place(replayed.diagnostics.first) == replayed.place(of: "- name: stops early", offset: 2))
    }

    @Test func anotherEndingIsReportedAtTheEndingWritten() throws {
        let text = Self.walkthrough("wrong ending", [Self.step("opening", "ok")], ending: "hung-up")
        let replayed = try Self.replay(text)
        #expect(replayed.messages == ["walkthrough 'wrong ending': ends at 'done', not 'hung-up'"])
        #expect(replayed.place(replayed.diagnostics.first) == replayed.place(of: "hung-up"))
    }

    // MARK: Scores

    @Test func anOverallScoreOutsideItsBandIsReportedAtTheBandWithWhatWasMissed() throws {
        let text = Self.walkthrough("claims too much", [Self.step("opening", "ok", "overall: 95..100")])
        let replayed = try Self.replay(text)
        let error = try #require(replayed.diagnostics.first)
        #expect(replayed.diagnostics.count == 1)
        #expect(error.message.hasPrefix("walkthrough 'claims too much': overall score "))
        #expect(error.message.contains(" is outside 95..100 (missed or triggered: "))
        #expect(error.message.contains("ask-order"))
        #expect(replayed.place(error) == replayed.place(of: "95..100"))
    }

    @Test func eachDimensionOutsideItsBandIsReportedInDimensionOrder() throws {
        let text = Self.walkthrough("every dimension", [Self.step("opening", "ok", "response_time: 0..10\naccuracy: 90..100\nempathy: 99..100")])
        let replayed = try Self.replay(text)
        #expect(replayed.diagnostics.count == 3, "\(replayed.messages)")
        #expect(replayed.messages.map { $0.split(separator: " ")[3] } == ["empathy", "accuracy", "response_time"])
        #expect(replayed.messages[1].hasPrefix("walkthrough 'every dimension': accuracy score 0 is outside 90..100 (missed or triggered: "))
        #expect(replayed.messages[2].hasPrefix("walkthrough 'every dimension': response_time score 100 is outside 0..10"))
        // Each band lists what its own dimension missed: the expectation under accuracy only.
        #expect(replayed.messages[1].contains("ask-order") && !replayed.messages[0].contains("ask-order"), "\(replayed.messages)")
        #expect(replayed.diagnostics.map { replayed.place($0) } == [
            replayed.place(of: "99..100"), replayed.place(of: "90..100"), replayed.place(of: "0..10"),
        ])
    }

    @Test func aDimensionThatIsNotGradedIsOutsideEveryBand() throws {
        // The closing turn of a scenario without expectations has no accuracy score.
        let scenario = Self.scenario.replacingOccurrences(of: """
                expect:
                  - id: offer-refund
                    kind: action
                    say: ["refund"]
                    tip: Offer a refund.

            """, with: "")
        let text = Self.walkthrough("no accuracy", [Self.step("opening", Self.good), Self.step("details", Self.refund, "accuracy: 0..100")])
        let replayed = try Self.replay(text, scenario: scenario)
        #expect(replayed.diagnostics.count == 1)
        #expect(replayed.messages.first?.hasPrefix("walkthrough 'no accuracy': accuracy score n/a is outside 0..100") == true, "\(replayed.messages)")
        #expect(replayed.place(replayed.diagnostics.first) == replayed.place(of: "0..100"))
    }

    @Test func theSessionScoreIsCheckedAgainstTheWalkthroughsBand() throws {
        let text = Self.walkthrough("session", [Self.step("opening", "ok")], extra: "    overall: 99..100\n")
        let replayed = try Self.replay(text)
        let error = try #require(replayed.diagnostics.first)
        #expect(replayed.diagnostics.count == 1)
        #expect(error.message.hasPrefix("walkthrough 'session': session score "))
        #expect(error.message.hasSuffix(" is outside 99..100"))
        #expect(replayed.place(error) == replayed.place(of: "99..100"))
    }

    @Test func scoreMismatchesDoNotStopTheReplay() throws {
        let text = Self.walkthrough("keeps going", [Self.step("opening", Self.good, "overall: 100"), Self.step("details", Self.refund)],
                                    ending: "hung-up")
        let replayed = try Self.replay(text)
        #expect(replayed.diagnostics.count == 2, "\(replayed.messages)")
        #expect(replayed.messages.first?.contains("overall score") == true)
        #expect(replayed.messages.last == "walkthrough 'keeps going': ends at 'done', not 'hung-up'")
    }

    // MARK: What cannot be replayed

    @Test func aWalkthroughWithoutItsScenarioOrGraderIsSkipped() throws {
        var catalog = CatalogLoader.load(root: CheckerTests.repository.path).catalog
        let shipped = try #require(catalog.walkthroughs.first { $0.scenario == "refund-request" })
        var orphan = shipped
        orphan.scenario = "no-such-scenario"
        catalog.walkthroughs = [orphan]
        #expect(WalkthroughRunner(catalog: catalog, library: Self.library).run().isEmpty)
        // A language no rubric is written for has no grader.
        catalog.walkthroughs = [shipped]
        let index = try #require(catalog.scenarios.firstIndex { $0.id == "refund-request" })
        catalog.scenarios[index].language = "zz"
        #expect(WalkthroughRunner(catalog: catalog, library: Self.library).run().isEmpty)
    }

    @Test func aDiagnosticWithoutAPlaceFallsBackToTheWalkthrough() throws {
        let catalog = CatalogLoader.load(root: CheckerTests.repository.path).catalog
        let scenario = try #require(catalog.scenario("refund-request"))
        let grader = try #require(Self.library.grader(for: "en"))
        let at = SourceLocation(file: "made.walkthrough.yaml", line: 3, column: 5)
        let walkthrough = Walkthrough(scenario: "refund-request", name: "made", steps: [Walkthrough.Step(reply: "ok", turn: "nowhere")],
                                      ending: "resolved", overall: nil, source: SourceFile(path: "made.walkthrough.yaml", fingerprint: ""),
                                      location: at)
        let diagnostics = WalkthroughRunner(catalog: catalog, library: Self.library).replay(walkthrough, scenario: scenario, grader: grader)
        #expect(diagnostics.map(\.message) == ["walkthrough 'made': this reply should answer turn 'nowhere', but the conversation is at turn 'opening'"])
        #expect(diagnostics.first?.location == at)
    }
}
