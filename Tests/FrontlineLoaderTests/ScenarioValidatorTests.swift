import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// The graph checks on a decoded scenario: references (with a suggestion), shared and
/// repeated ids, `requires` cycles, default branches, reachability and unused endings,
/// each reported at the node that is wrong; and what is not reported again (parts that
/// did not decode) or not yet (the graph while parts do not decode).
@Suite struct ScenarioValidatorTests {
    static let rubrics = CatalogLoaderTests.repository.appendingPathComponent("Rubrics").path

    static let opening = """
          opening:
            customer: Hello, my order is late.
            expect:
              - id: ask-order
                kind: action
                say: ["order number"]
                tip: Ask for the order number.
            next:
              - if: { said: ask-order }
                goto: done
              - goto: hung-up
        """

    static let endings = """
          done: { outcome: resolved, debrief: Fine. }
          hung-up: { outcome: hung_up, debrief: Gone. }
        """

    /// A scenario file: `top` goes before `turns:` (start, silence…).
    static func yaml(turns: String = opening, endings: String = endings, top: String = "") -> String {
        """
        id: graph
        title: Graph checks
        channel: chat
        language: en
        customer: { name: Sam Doe }
        knowledge:
          refund-window: { topic: Refund policy, text: Thirty days. }
        \(top)
        turns:
        \(turns)
        endings:
        \(endings)

        """
    }

    struct Loaded {
        let text: String
        let path: String
        let diagnostics: [Diagnostic]
        let scenario: Scenario?

        /// What the scenario checks found (the walkthrough check is another file's).
        var findings: [Diagnostic] { diagnostics.filter { $0.code != .missingWalkthrough } }

        func with(_ code: DiagnosticCode) -> [Diagnostic] { findings.filter { $0.code == code } }

        /// "line:column" of the `occurrence`th `needle` in the file (1-based, as diagnostics are).
        func place(of needle: String, occurrence: Int = 1, offset: Int = 0) -> String {
            ScenarioValidatorTests.place(of: needle, in: text, occurrence: occurrence, offset: offset)
        }

        func place(_ diagnostic: Diagnostic?) -> String {
            guard let location = diagnostic?.location else { return "nowhere" }
            return location.file == path ? "\(location.line):\(location.column)" : "\(location)"
        }
    }

    /// "line:column" of the `occurrence`th `needle` in `text` (see `TextPlace`).
    static func place(of needle: String, in text: String, occurrence: Int = 1, offset: Int = 0) -> String {
        TextPlace.of(needle, in: text, occurrence: occurrence, offset: offset)
    }

    static func load(_ text: String) throws -> Loaded {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-validator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = CatalogLoader.load(paths: [path], context: [rubrics])
        return Loaded(text: text, path: path, diagnostics: result.diagnostics, scenario: result.catalog.scenarios.first { $0.id == "graph" })
    }

    // MARK: A sound scenario

    @Test func aSoundScenarioHasNoFindings() throws {
        let loaded = try Self.load(Self.yaml())
        #expect(loaded.scenario != nil)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.description))")
    }

    // MARK: References

    @Test func anUnknownBranchTargetIsReportedAtItsGotoWithASuggestion() throws {
        let loaded = try Self.load(Self.yaml(turns: Self.opening.replacingOccurrences(of: "goto: done", with: "goto: doen")))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(loaded.with(.unknownReference).count == 1)
        #expect(error.severity == .error)
        #expect(error.message == "unknown turn or ending 'doen'; did you mean 'done'?")
        #expect(loaded.place(error) == loaded.place(of: "doen"))
    }

    @Test func anUnknownStartTurnIsAnErrorWithASuggestion() throws {
        let loaded = try Self.load(Self.yaml(top: "start: openin"))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(error.message == "start turn 'openin' does not exist; did you mean 'opening'?")
        #expect(error.location?.file == loaded.path)
    }

    @Test
    func anUnknownStartTurnIsReportedAtTheStartValue() throws {
        let loaded = try Self.load(Self.yaml(top: "start: openin"))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(loaded.place(error) == loaded.place(of: "openin"))
    }

    @Test func unknownExpectationsInAConditionAreReportedAtTheCondition() throws {
        let turns = Self.opening.replacingOccurrences(of: "- if: { said: ask-order }",
                                                      with: "- if: { said: ask-ordr, missed: [ask-order, nothing-like-it], wrong: [ask-order] }")
        let loaded = try Self.load(Self.yaml(turns: turns))
        let errors = loaded.with(.unknownReference)
        #expect(errors.map(\.message) == [
            "unknown expectation 'ask-ordr' in condition; did you mean 'ask-order'?",
            "unknown expectation 'nothing-like-it' in condition",
        ])
        #expect(errors.allSatisfy { loaded.place($0) == loaded.place(of: "{ said: ask-ordr") })
    }

    @Test func aContradictionNamesAFactOrActionOfItsOwnTurn() throws {
        func turns(_ contradicts: String) -> String {
            Self.opening.replacingOccurrences(of: "        tip: Ask for the order number.", with: """
                        tip: Ask for the order number.
                      - id: promise-today
                        kind: forbidden
                        say: ["arrives today"]
                        tip: It does not.
                        contradicts: \(contradicts)
                      - id: guess-lost
                        kind: forbidden
                        say: ["it is lost"]
                        tip: Do not guess.
                """)
        }
        let sound = try Self.load(Self.yaml(turns: turns("[ask-order]")))
        #expect(sound.findings.isEmpty, "\(sound.findings.map(\.description))")
        #expect(sound.scenario?.turns.first?.expectations[1].contradicts == ["ask-order"])
        let unknown = try Self.load(Self.yaml(turns: turns("[ask-ordr]")))
        #expect(unknown.findings.map(\.message) == ["'promise-today' contradicts 'ask-ordr', which is not an expectation of turn 'opening'; did you mean 'ask-order'?"])
        #expect(unknown.place(unknown.findings.first) == unknown.place(of: "[ask-ordr]"))
        let forbidden = try Self.load(Self.yaml(turns: turns("guess-lost")))
        #expect(forbidden.findings.map(\.message) == ["'promise-today' contradicts 'guess-lost', another forbidden claim; list the facts and actions of this turn that the claim takes back"])
        // Only a forbidden claim takes something back.
        let onAFact = try Self.load(Self.yaml(turns: Self.opening.replacingOccurrences(
            of: "        tip: Ask for the order number.", with: "        tip: Ask for the order number.\n        contradicts: [ask-order]")))
        #expect(onAFact.findings.map(\.message) == ["only a forbidden claim contradicts other expectations; move 'contradicts' to the forbidden claim that takes 'ask-order' back"])
    }

    @Test func aClaimIsImpliedByAnotherForbiddenClaimOfItsOwnTurn() throws {
        func turns(_ impliedBy: String, onFact: Bool = false) -> String {
            Self.opening.replacingOccurrences(of: "        tip: Ask for the order number.", with: """
                        tip: Ask for the order number.
                \(onFact ? "        implied_by: \(impliedBy)\n" : "")      - id: push-after-no
                        kind: forbidden
                        say: ["are you sure"]
                        tip: She said no.
                \(onFact ? "" : "        implied_by: \(impliedBy)\n")      - id: second-offer
                        kind: forbidden
                        say: ["what about a pause"]
                        tip: One offer only.
                """)
        }
        let sound = try Self.load(Self.yaml(turns: turns("[second-offer]")))
        #expect(sound.findings.isEmpty, "\(sound.findings.map(\.description))")
        #expect(sound.scenario?.turns.first?.expectations[1].impliedBy == ["second-offer"])
        let unknown = try Self.load(Self.yaml(turns: turns("[second-ofer]")))
        #expect(unknown.findings.map(\.message) == ["'push-after-no' is implied by 'second-ofer', which is not an expectation of turn 'opening'; did you mean 'second-offer'?"])
        #expect(unknown.place(unknown.findings.first) == unknown.place(of: "[second-ofer]"))
        let fact = try Self.load(Self.yaml(turns: turns("[ask-order]")))
        #expect(fact.findings.map(\.message) == ["'push-after-no' is implied by 'ask-order', which is not a forbidden claim; list other forbidden claims of this turn that make it too"])
        let itself = try Self.load(Self.yaml(turns: turns("[push-after-no]")))
        #expect(itself.findings.map(\.message) == ["'push-after-no' is implied by 'push-after-no', which is itself; list other forbidden claims of this turn that make it too"])
        let onAFact = try Self.load(Self.yaml(turns: turns("[second-offer]", onFact: true)))
        #expect(onAFact.findings.map(\.message) == ["only a forbidden claim is implied by other claims; remove 'implied_by' from 'ask-order' or make it a forbidden claim"])
    }

    @Test func anUnknownRequirementIsReportedAtTheExpectation() throws {
        let turns = Self.opening.replacingOccurrences(of: "        tip: Ask for the order number.", with: """
                    tip: Ask for the order number.
                    requires: [verify-idenity]
                  - id: verify-identity
                    kind: action
                    say: ["date of birth"]
                    tip: Verify first.
            """)
        let loaded = try Self.load(Self.yaml(turns: turns))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(loaded.with(.unknownReference).count == 1)
        #expect(error.message == "'ask-order' requires unknown expectation 'verify-idenity'; did you mean 'verify-identity'?")
        #expect(loaded.place(error) == loaded.place(of: "- id: ask-order", offset: 2))
    }

    @Test func anUnknownFactIsReportedWhereFactIsWritten() throws {
        let turns = Self.opening.replacingOccurrences(of: "        tip: Ask for the order number.",
                                                      with: "        tip: Ask for the order number.\n        fact: refund-windw")
        let loaded = try Self.load(Self.yaml(turns: turns))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(error.message == "unknown knowledge fact 'refund-windw'; did you mean 'refund-window'?")
        #expect(loaded.place(error) == loaded.place(of: "refund-windw"))
        // The fact that exists is found.
        let known = try Self.load(Self.yaml(turns: Self.opening.replacingOccurrences(
            of: "        tip: Ask for the order number.", with: "        tip: Ask for the order number.\n        fact: refund-window")))
        #expect(known.findings.isEmpty, "\(known.findings.map(\.description))")
    }

    @Test func aLongUnknownIdIsCutShortInTheMessage() throws {
        let long = String(repeating: "x", count: 100)
        let loaded = try Self.load(Self.yaml(turns: Self.opening.replacingOccurrences(of: "goto: done", with: "goto: \(long)")))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(error.message == "unknown turn or ending '\(String(repeating: "x", count: 79))…'")
    }

    // MARK: Ids

    @Test func anEndingNamedLikeATurnIsADuplicate() throws {
        let loaded = try Self.load(Self.yaml(endings: Self.endings + "\n  opening: { outcome: unresolved, debrief: Same name. }"))
        let error = try #require(loaded.with(.duplicateId).first)
        #expect(error.message == "'opening' is both a turn and an ending; 'goto' could not tell them apart")
        #expect(loaded.place(error) == loaded.place(of: "opening:", occurrence: 2))
    }

    @Test func anExpectationIdUsedTwiceNamesTheFirstPlace() throws {
        let second = """
              second:
                customer: Still waiting.
                expect:
                  - id: ask-order
                    kind: action
                    say: ["which order"]
                    tip: Ask again.
                next: done
            """
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - goto: second") + "\n" + second
        let loaded = try Self.load(Self.yaml(turns: turns))
        let error = try #require(loaded.with(.duplicateId).first)
        #expect(loaded.with(.duplicateId).count == 1)
        #expect(error.message == "expectation id 'ask-order' is already used at \(loaded.path):\(loaded.place(of: "- id: ask-order", offset: 2))")
        #expect(loaded.place(error) == loaded.place(of: "- id: ask-order", occurrence: 2, offset: 2))
    }

    // MARK: Requirement cycles

    /// One turn whose expectations are `id` (requiring `requires`, if any).
    static func requiring(_ pairs: [(String, String?)]) -> String {
        var lines = ["  opening:", "    customer: Hello.", "    expect:"]
        for (id, requires) in pairs {
            lines += ["      - id: \(id)", "        kind: action", "        say: [\"\(id) words\"]", "        tip: Do \(id)."]
            if let requires { lines.append("        requires: [\(requires)]") }
        }
        lines.append("    next: done")
        return yaml(turns: lines.joined(separator: "\n"), endings: "  done: { outcome: resolved, debrief: Fine. }")
    }

    @Test func aRequirementCycleIsReportedAtEachExpectationInIt() throws {
        let loaded = try Self.load(Self.requiring([("first", "second"), ("second", "third"), ("third", "first"), ("outside", "first")]))
        let errors = loaded.with(.requirementCycle)
        #expect(errors.map(\.message) == [
            "'first' requires itself through 'requires'; one of them must come first",
            "'second' requires itself through 'requires'; one of them must come first",
            "'third' requires itself through 'requires'; one of them must come first",
        ], "'outside' only leads into the cycle")
        #expect(errors.map { loaded.place($0) } == ["first", "second", "third"].map { loaded.place(of: "id: \($0)") })
    }

    @Test func anExpectationThatRequiresItselfIsACycle() throws {
        let loaded = try Self.load(Self.requiring([("alone", "alone")]))
        #expect(loaded.with(.requirementCycle).map(\.message) == ["'alone' requires itself through 'requires'; one of them must come first"])
    }

    @Test func aChainIsNotACycle() throws {
        let loaded = try Self.load(Self.requiring([("first", nil), ("second", "first"), ("third", "second")]))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.description))")
    }

    // MARK: Repeated expectations

    static func repeating(_ first: [String], _ second: [String], secondKind: String = "action", sameAs: Bool = false) -> String {
        func list(_ phrases: [String]) -> String { "[" + phrases.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
        return yaml(turns: """
              opening:
                customer: Hello.
                expect:
                  - id: original
                    kind: action
                    say: \(list(first))
                    tip: Ask.
                next: again
              again:
                customer: Well?
                expect:
                  - id: copy
                    kind: \(secondKind)
                    say: \(list(second))
                    tip: Ask again.\(sameAs ? "\n            same_as: original" : "")
                next: done
            """, endings: "  done: { outcome: resolved, debrief: Fine. }")
    }

    @Test func copyingMostOfAnEarlierExpectationsPhrasesIsAWarning() throws {
        let loaded = try Self.load(Self.repeating(["order number", "which order", "order id"], ["order number", "Which   Order", "the order"]))
        let warning = try #require(loaded.with(.repeatedExpectation).first)
        #expect(warning.severity == .warning)
        #expect(warning.message == "'copy' repeats 2 of the phrases of 'original'; write 'same_as: original' so the two cannot drift apart")
        #expect(loaded.place(warning) == loaded.place(of: "id: copy"))
    }

    @Test func fewSharedPhrasesAnotherKindOrSameAsAreNoRepeat() throws {
        // Two shared of four: under three fifths.
        #expect(try Self.load(Self.repeating(["order number", "which order", "order id", "purchase"], ["order number", "which order"]))
            .with(.repeatedExpectation).isEmpty)
        // One shared phrase is not a copy.
        #expect(try Self.load(Self.repeating(["order number"], ["order number"])).with(.repeatedExpectation).isEmpty)
        // A forbidden claim may share an action's words.
        #expect(try Self.load(Self.repeating(["order number", "which order"], ["order number", "which order"], secondKind: "forbidden"))
            .with(.repeatedExpectation).isEmpty)
        // A declared repeat is what the warning asks for.
        #expect(try Self.load(Self.repeating(["order number", "which order"], ["order number", "which order"], sameAs: true))
            .with(.repeatedExpectation).isEmpty)
    }

    // MARK: Branches

    @Test func aLastBranchWithAConditionIsAnError() throws {
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - if: { critical: true }\n        goto: hung-up")
        let loaded = try Self.load(Self.yaml(turns: turns))
        let error = try #require(loaded.with(.noDefaultBranch).first)
        #expect(loaded.with(.noDefaultBranch).count == 1, "only the last branch")
        #expect(error.message == "the last branch of turn 'opening' has a condition; add a final branch without 'if' so the conversation always goes on")
        #expect(loaded.place(error) == loaded.place(of: "hung-up", occurrence: 1))
    }

    // MARK: Skip and adapted lines

    @Test func aSkipIsCheckedLikeABranch() throws {
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - goto: second") + """

              second:
                customer: And?
                skip: { if_said: [ask-order, ask-ordr], goto: secnd }
                next: done
            """
        let loaded = try Self.load(Self.yaml(turns: turns))
        let errors = loaded.with(.unknownReference)
        #expect(errors.map(\.message) == [
            "unknown turn or ending 'secnd' in 'skip'; did you mean 'second'?",
            "unknown expectation 'ask-ordr' in 'skip'; did you mean 'ask-order'?",
        ])
        #expect(errors.allSatisfy { loaded.place($0) == loaded.place(of: "secnd") })
    }

    @Test func aTurnCannotSkipToItself() throws {
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - goto: second") + """

              second:
                customer: And?
                skip: { if_said: [ask-order], goto: second }
                next: done
            """
        let loaded = try Self.load(Self.yaml(turns: turns))
        let error = try #require(loaded.with(.invalidValue).first)
        #expect(error.message == "turn 'second' cannot skip to itself")
        #expect(loaded.place(error) == loaded.place(of: "second }"))
    }

    @Test func adaptedLinesNameKnownExpectations() throws {
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - goto: second") + """

              second:
                customer:
                  - Any news?
                  - line: You have my order number, so?
                    if_said: [ask-order]
                    unless_said: [ask-ordr]
                next: done
            """
        let loaded = try Self.load(Self.yaml(turns: turns))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(loaded.with(.unknownReference).count == 1)
        #expect(error.message == "unknown expectation 'ask-ordr' in an adapted line; did you mean 'ask-order'?")
        #expect(loaded.place(error) == loaded.place(of: "line: You have"))
    }

    // MARK: Silence and patience

    @Test func theSilenceEndingMustBeAnEnding() throws {
        let loaded = try Self.load(Self.yaml(top: "silence:\n  ending: opening"))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(error.message == "silence ending 'opening' is not an ending")
        #expect(loaded.with(.unknownReference).count == 1)
        #expect(loaded.place(error) == loaded.place(of: "ending: opening", offset: 8), "at the value")
    }

    @Test
    func aWrongSilenceEndingIsReportedAtItsValue() throws {
        let loaded = try Self.load(Self.yaml(top: "silence:\n  give_up_after: 2\n  ending: opening"))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(loaded.place(error) == loaded.place(of: "opening", occurrence: 1))
    }

    @Test func thePatienceEndingMustBeAnEnding() throws {
        let loaded = try Self.load(Self.yaml(top: "on_patience_exhausted: hung-upp"))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(error.message == "on_patience_exhausted 'hung-upp' is not an ending; did you mean 'hung-up'?")
        #expect(error.location?.file == loaded.path)
    }

    @Test
    func aWrongPatienceEndingIsReportedAtItsValueNotAtSilence() throws {
        let loaded = try Self.load(Self.yaml(top: "silence:\n  give_up_after: 2\non_patience_exhausted: hung-upp"))
        let error = try #require(loaded.with(.unknownReference).first)
        #expect(loaded.place(error) == loaded.place(of: "hung-upp"))
    }

    // MARK: The graph

    @Test func aTurnNothingLeadsToIsUnreachable() throws {
        let turns = Self.opening + """

              orphan:
                customer: Nobody asks me.
                next: done
            """
        let loaded = try Self.load(Self.yaml(turns: turns))
        let warning = try #require(loaded.with(.unreachableTurn).first)
        #expect(loaded.findings.count == 1, "\(loaded.findings.map(\.description))")
        #expect(warning.severity == .warning)
        #expect(warning.message == "turn 'orphan' cannot be reached from the start turn 'opening'")
        #expect(loaded.place(warning) == loaded.place(of: "orphan:"))
    }

    @Test func aTurnReachedOnlyBySkippingIsReachable() throws {
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - goto: second") + """

              second:
                customer: And?
                skip: { if_said: [ask-order], goto: third }
                next: done
              third:
                customer: Only a skip leads here.
                next: done
            """
        let loaded = try Self.load(Self.yaml(turns: turns))
        #expect(loaded.with(.unreachableTurn).isEmpty, "\(loaded.findings.map(\.description))")
    }

    @Test func turnsThatOnlyLeadEachOtherOnCannotEnd() throws {
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - goto: ping") + """

              ping:
                customer: Ping.
                next: pong
              pong:
                customer: Pong.
                next: ping
            """
        let loaded = try Self.load(Self.yaml(turns: turns))
        let errors = loaded.with(.noEndingReachable)
        #expect(errors.map(\.message) == [
            "no ending can be reached from turn 'ping'; its branches only lead back into turns that never end",
            "no ending can be reached from turn 'pong'; its branches only lead back into turns that never end",
        ])
        #expect(errors.map { loaded.place($0) } == [loaded.place(of: "ping:"), loaded.place(of: "pong:")])
        // The opening can still end (its first branch goes to 'done'), and 'hung-up' is the patience default.
        #expect(loaded.findings.count == 2, "\(loaded.findings.map(\.description))")
    }

    @Test func anEndingNothingLeadsToIsUnused() throws {
        let loaded = try Self.load(Self.yaml(endings: Self.endings + "\n  forgotten: { outcome: escalated, debrief: Never. }"))
        let warning = try #require(loaded.with(.unusedEnding).first)
        #expect(loaded.with(.unusedEnding).count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.message == "no branch, silence or patience rule leads to ending 'forgotten'")
        #expect(loaded.place(warning) == loaded.place(of: "forgotten:"))
    }

    @Test func theOnlyHungUpEndingIsUsedByDefault() throws {
        // No branch goes to 'hung-up': as the one hung_up ending, silence and patience lead there.
        let turns = Self.opening.replacingOccurrences(of: "      - goto: hung-up", with: "      - goto: done")
        #expect(try Self.load(Self.yaml(turns: turns)).with(.unusedEnding).isEmpty)
        // With two, neither is the default: each must be named.
        let two = try Self.load(Self.yaml(turns: turns, endings: Self.endings + "\n  walked-out: { outcome: hung_up, debrief: Left. }"))
        #expect(two.with(.unusedEnding).map(\.message) == [
            "no branch, silence or patience rule leads to ending 'hung-up'",
            "no branch, silence or patience rule leads to ending 'walked-out'",
        ])
        // Naming one as the silence ending uses it.
        let named = try Self.load(Self.yaml(turns: turns, endings: Self.endings + "\n  walked-out: { outcome: hung_up, debrief: Left. }",
                                            top: "silence:\n  ending: walked-out\non_patience_exhausted: hung-up"))
        #expect(named.with(.unusedEnding).isEmpty, "\(named.findings.map(\.description))")
    }

    // MARK: Parts that did not decode

    @Test func namesOfPartsThatDidNotDecodeAreNotUnknown() throws {
        let loaded = try Self.load(Self.yaml())
        var scenario = try #require(loaded.scenario)
        scenario.turns[0].branches[0].target = "gone-turn"
        scenario.turns[0].branches[0].condition?.said = ["gone-expectation"]
        scenario.turns[0].expectations[0].requires = ["gone-expectation"]
        scenario.turns[0].expectations[0].fact = "gone-fact"
        scenario.turns[0].expectations[0].keyLocations["fact"] = scenario.location
        scenario.onPatienceExhausted = "gone-ending"
        var validator = ScenarioValidator(scenario, broken: ["turn:gone-turn", "expectation:gone-expectation", "fact:gone-fact", "ending:gone-ending"])
        #expect(validator.run().filter { $0.code == .unknownReference }.isEmpty)
        // Without them the same names are unknown, each once.
        var unaware = ScenarioValidator(scenario)
        #expect(unaware.run().filter { $0.code == .unknownReference }.count == 5)
    }

    @Test func aBrokenNameOfAnotherKindIsStillUnknown() throws {
        var scenario = try #require(try Self.load(Self.yaml()).scenario)
        scenario.turns[0].expectations[0].requires = ["gone"]
        var validator = ScenarioValidator(scenario, broken: ["turn:gone", "fact:gone"])
        #expect(validator.run().map(\.message) == ["'ask-order' requires unknown expectation 'gone'"])
    }

    @Test func theGraphWaitsForTheFileToDecode() throws {
        var scenario = try #require(try Self.load(Self.yaml()).scenario)
        scenario.turns.append(Turn(id: "orphan", customer: ["Hi"], branches: [Branch(target: "nowhere")]))
        scenario.endings.append(Ending(id: "forgotten", outcome: .escalated, customer: nil, debrief: "Never."))
        var waiting = ScenarioValidator(scenario, checkGraph: false)
        // References are still checked; reachability, endings and unused endings are not.
        #expect(waiting.run().map(\.code) == [.unknownReference])
        var checking = ScenarioValidator(scenario)
        #expect(Set(checking.run().map(\.code)) == [.unknownReference, .unreachableTurn, .noEndingReachable, .unusedEnding])
    }

    @Test func diagnosticsWithoutAPlaceFallBackToTheScenario() throws {
        var scenario = try #require(try Self.load(Self.yaml()).scenario)
        scenario.turns[0].branches[1].location = nil
        scenario.turns[0].branches[1].target = "nowhere"
        var validator = ScenarioValidator(scenario)
        let error = try #require(validator.run().first { $0.code == .unknownReference })
        #expect(error.location == scenario.location)
        #expect(error.location != nil)
    }
}
