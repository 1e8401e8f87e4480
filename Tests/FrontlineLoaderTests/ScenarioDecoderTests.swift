import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// Scenarios/<id>.yaml into a `Scenario`, before the graph checks: every key's value and
/// where it was written, the defaults (difficulty, patience, start turn, points, names from
/// ids, silence), customer lines and adapted lines, skips, branches and their conditions,
/// and each structural mistake as one located diagnostic that leaves the rest decoded.
@Suite struct ScenarioDecoderTests {
    static let path = "Scenarios/late-order.yaml"

    struct Decoded {
        let text: String
        let scenario: Scenario?
        let diagnostics: [Diagnostic]
        let broken: Set<String>

        var messages: [String] { diagnostics.map(\.message) }
        func with(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
        func place(of needle: String, occurrence: Int = 1, offset: Int = 0) -> String {
            TextPlace.of(needle, in: text, occurrence: occurrence, offset: offset)
        }
        func place(_ location: FrontlineModel.SourceLocation?) -> String {
            location.map { "\($0.line):\($0.column)" } ?? "nowhere"
        }
        func place(_ diagnostic: Diagnostic?) -> String { place(diagnostic?.location) }
        func turn(_ id: String) -> Turn? { scenario?.turns.first { $0.id == id } }
        /// The one diagnostic with `message`, or nil.
        func diagnostic(_ message: String) -> Diagnostic? {
            let found = diagnostics.filter { $0.message == message }
            return found.count == 1 ? found[0] : nil
        }
    }

    static func decode(_ text: String) throws -> Decoded {
        let source = SourceText(path: path, text: text)
        let document = try YAMLDocument.compose(source).get()
        let diagnostics = Diagnostics(source: source)
        let scenario = ScenarioDecoder(diagnostics: diagnostics, sourceFile: SourceFile(path: path, fingerprint: source.fingerprint))
            .decode(document.root)
        return Decoded(text: text, scenario: scenario, diagnostics: diagnostics.items, broken: diagnostics.brokenNames)
    }

    /// A small sound scenario; `head` goes after `language:`, `turns` and `endings` are
    /// indented by two.
    static func yaml(head: String = "", turns: String = opening, endings: String = endings, language: String = "en") -> String {
        """
        id: late-order
        title: Late order
        channel: chat
        language: \(language)
        customer: { name: Sam Doe }
        \(head)
        turns:
        \(turns)
        endings:
        \(endings)

        """
    }

    static let opening = """
          opening:
            customer: Hello, my order is late.
            next: done
        """

    static let endings = """
          done: { outcome: resolved, debrief: Fine. }
        """

    // MARK: What a scenario says

    @Test func everyKeyIsReadWithItsLocation() throws {
        let decoded = try Self.decode("""
            id: late-order
            title: Late order
            channel: phone
            language: FA-IR
            difficulty: advanced
            tags: [delivery, refund]
            briefing: The order is two weeks late.
            customer:
              name: Ana Lind
              situation: Waiting since March.
              patience: 40
            knowledge:
              refund-window: { topic: Refund policy, text: Thirty days. }
            silence:
              nudge_after: 1m30s
              nudges: ["Hello?", "Are you there?"]
              patience_cost: 5
              give_up_after: 2
              ending: gone
            on_patience_exhausted: gone
            start: greeting
            turns:
              opening:
                customer: Hello.
                next: greeting
              greeting:
                customer:
                  - My order is late.
                  - Where is my order?
                  - { line: "So it's stuck in the depot?", if_said: [mention-depot], unless_said: refund }
                phase: middle
                exemplary: I'm sorry, Ana; let me check.
                response_time: 45s
                skip: { if_said: [ask-order_number], goto: done }
                expect:
                  - id: ask-order_number
                    kind: action
                    say: ["order number", 'reference']
                    and_say: ["please"]
                    tip: Ask for the order number.
                    requires: greet
                    fact: refund-window
                    critical: true
                    points: 20
                  - id: promise
                    kind: forbidden
                    name: Promising a date
                    say: ["tomorrow"]
                    tip: Do not promise.
                  - id: refund-time
                    say: ["refund"]
                    value: 5-7 business days
                    tolerance: 0.1
                    tip: Say how long.
                next:
                  - if: { said: [ask-order_number], missed: promise, wrong: refund-time, critical: false, score_at_least: 50, score_below: 90.5, patience_at_least: 10, patience_below: 80 }
                    goto: done
                  - goto: gone
            endings:
              done: { outcome: resolved, customer: Thanks!, debrief: Well done. }
              gone: { outcome: hung_up, debrief: The customer left. }

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.description))")
        let scenario = try #require(decoded.scenario)
        #expect(scenario.id == "late-order")
        #expect(scenario.title == "Late order")
        #expect(scenario.channel == .phone)
        #expect(scenario.language == "fa-ir", "language tags are lower-cased")
        #expect(scenario.difficulty == .advanced)
        #expect(scenario.tags == ["delivery", "refund"])
        #expect(scenario.briefing == "The order is two weeks late.")
        #expect(scenario.customer.name == "Ana Lind")
        #expect(scenario.customer.situation == "Waiting since March.")
        #expect(scenario.customer.patience == 40)
        #expect(scenario.onPatienceExhausted == "gone")
        #expect(scenario.startTurn == "greeting")
        #expect(scenario.source.path == Self.path)
        #expect(decoded.place(scenario.location) == "1:1")
        #expect(decoded.place(scenario.keyLocations["title"]) == decoded.place(of: "Late order"))
        #expect(decoded.place(scenario.keyLocations["start"]) == decoded.place(of: "greeting"))

        #expect(scenario.knowledge.map(\.id) == ["refund-window"])
        #expect(scenario.knowledge.first?.topic == "Refund policy")
        #expect(scenario.knowledge.first?.text == "Thirty days.")
        #expect(decoded.place(scenario.knowledge.first?.location) == decoded.place(of: "refund-window:"))

        #expect(scenario.silence.nudgeAfter == 90)
        #expect(scenario.silence.nudges == ["Hello?", "Are you there?"])
        #expect(scenario.silence.patienceCost == 5)
        #expect(scenario.silence.giveUpAfter == 2)
        #expect(scenario.silence.ending == "gone")
        #expect(decoded.place(scenario.silence.location) == decoded.place(of: "nudge_after"))
        #expect(decoded.place(scenario.silence.endingLocation) == decoded.place(of: "ending: gone", offset: 8))

        #expect(scenario.turns.map(\.id) == ["opening", "greeting"], "turns in file order")
        let opening = try #require(decoded.turn("opening"))
        #expect(opening.customer == ["Hello."])
        #expect(opening.expectations.isEmpty && opening.adaptedLines.isEmpty && opening.skip == nil)
        #expect(opening.phase == nil && opening.exemplary == nil && opening.responseTime == nil)
        #expect(opening.branches == [Branch(target: "greeting", location: opening.branches.first?.location)])
        #expect(decoded.place(opening.branches.first?.location) == decoded.place(of: "next: greeting", offset: 6))
        #expect(decoded.place(opening.location) == decoded.place(of: "opening:"))

        let greeting = try #require(decoded.turn("greeting"))
        #expect(greeting.customer == ["My order is late.", "Where is my order?"])
        #expect(greeting.adaptedLines.map(\.line) == ["So it's stuck in the depot?"])
        #expect(greeting.adaptedLines.first?.ifSaid == ["mention-depot"])
        #expect(greeting.adaptedLines.first?.unlessSaid == ["refund"])
        #expect(decoded.place(greeting.adaptedLines.first?.location) == decoded.place(of: "{ line:"))
        #expect(greeting.phase == .middle)
        #expect(greeting.exemplary == "I'm sorry, Ana; let me check.")
        #expect(decoded.place(greeting.exemplaryLocation) == decoded.place(of: "I'm sorry, Ana"))
        #expect(greeting.responseTime == 45)
        #expect(greeting.skip?.ifSaid == ["ask-order_number"])
        #expect(greeting.skip?.target == "done")
        #expect(decoded.place(greeting.skip?.location) == decoded.place(of: "goto: done", offset: 6), "a skip is located at its target")

        #expect(greeting.expectations.map(\.id) == ["ask-order_number", "promise", "refund-time"])
        let ask = greeting.expectations[0]
        #expect(ask.kind == .action)
        #expect(ask.name == "Ask order number", "the name comes from the id when none is written")
        #expect(ask.phrases.map(\.pattern) == ["order number", "reference"])
        #expect(decoded.place(ask.phrases[0].location) == decoded.place(of: "order number"), "a quoted phrase starts after its quote")
        #expect(decoded.place(ask.phrases[1].location) == decoded.place(of: "reference"))
        #expect(ask.andSay.map(\.pattern) == ["please"])
        #expect(ask.tip == "Ask for the order number.")
        #expect(ask.requires == ["greet"])
        #expect(ask.fact == "refund-window")
        #expect(ask.isCritical && ask.points == 20)
        #expect(ask.value == nil && ask.sameAs == nil)
        #expect(decoded.place(ask.location) == decoded.place(of: "- id: ask-order_number", offset: 2))
        #expect(decoded.place(ask.keyLocations["fact"]) == decoded.place(of: "refund-window", occurrence: 2))

        let promise = greeting.expectations[1]
        #expect(promise.kind == .forbidden && promise.name == "Promising a date")
        #expect(promise.points == 30, "a forbidden claim costs 30 unless it says otherwise")
        #expect(!promise.isCritical)

        let refund = greeting.expectations[2]
        #expect(refund.kind == .fact && refund.points == 10 && refund.name == "Refund time")
        #expect(refund.value?.text == "5-7 business days")
        #expect(refund.value?.tolerance == 0.1)
        #expect(refund.value?.meetsAlone == true, "stating the value meets the expectation unless value_alone says not")
        #expect(decoded.place(refund.value?.location) == decoded.place(of: "5-7 business days"))

        #expect(greeting.branches.map(\.target) == ["done", "gone"])
        let condition = try #require(greeting.branches.first?.condition)
        #expect(condition.said == ["ask-order_number"])
        #expect(condition.missed == ["promise"])
        #expect(condition.wrong == ["refund-time"])
        #expect(condition.critical == false)
        #expect(condition.scoreAtLeast == 50 && condition.scoreBelow == 90.5)
        #expect(condition.patienceAtLeast == 10 && condition.patienceBelow == 80)
        #expect(decoded.place(condition.location) == decoded.place(of: "{ said:"))
        #expect(decoded.place(greeting.branches.first?.location) == decoded.place(of: "goto: done", occurrence: 2, offset: 6))
        #expect(greeting.branches.last?.condition == nil, "the last branch is the default")

        #expect(scenario.endings.map(\.id) == ["done", "gone"])
        #expect(scenario.endings.map(\.outcome) == [.resolved, .hungUp])
        #expect(scenario.endings.map(\.customer) == ["Thanks!", nil])
        #expect(scenario.endings.map(\.debrief) == ["Well done.", "The customer left."])
        #expect(decoded.place(scenario.endings.first?.location) == decoded.place(of: "done: {"))
    }

    @Test func whatIsNotWrittenTakesItsDefault() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              first:
                customer: Hello.
                expect:
                  - id: ask-order
                    say: order number
                    tip: Ask.
                next: second
              second:
                customer: Still here.
                next: done
            """))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.description))")
        let scenario = try #require(decoded.scenario)
        #expect(scenario.difficulty == .intermediate)
        #expect(scenario.tags.isEmpty && scenario.briefing.isEmpty && scenario.knowledge.isEmpty)
        #expect(scenario.customer.patience == 60 && scenario.customer.situation.isEmpty)
        #expect(scenario.silence == SilencePolicy(), "no silence: the policy's defaults, unlocated")
        #expect(scenario.onPatienceExhausted == nil)
        #expect(scenario.startTurn == "first", "the first turn written starts the conversation")
        let expectation = try #require(scenario.turns.first?.expectations.first)
        #expect(expectation.kind == .fact && expectation.points == 10 && !expectation.isCritical)
        #expect(expectation.name == "Ask order")
        #expect(expectation.phrases.map(\.pattern) == ["order number"], "a single phrase may be written without a list")
        #expect(expectation.requires.isEmpty && expectation.andSay.isEmpty && expectation.fact == nil && expectation.value == nil)
    }

    @Test func aSingleTagIsAList() throws {
        let decoded = try Self.decode(Self.yaml(head: "tags: refund"))
        #expect(decoded.scenario?.tags == ["refund"])
    }

    @Test func aRepeatedExpectationTakesWhatItRepeats() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              first:
                customer: Hello.
                expect:
                  - { id: ask-order, say: ["order number"], tip: Ask for it., value: "#123" }
                next: second
              second:
                customer: Well?
                expect:
                  - { id: ask-again, same_as: ask-order }
                next: done
            """))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.description))")
        let again = try #require(decoded.turn("second")?.expectations.first)
        #expect(again.sameAs == "ask-order")
        #expect(again.phrases.map(\.pattern) == ["order number"])
        #expect(again.tip == "Ask for it.")
        #expect(again.value?.text == "#123")
        #expect(again.name == "Ask order", "a repeat without a name takes the repeated one's")
    }

    @Test func persianAndLatvianTextIsKeptAndLocatedByCharacter() throws {
        let decoded = try Self.decode("""
            id: sefaresh
            title: سفارش دیرکرد
            channel: chat
            language: fa
            briefing: Jānis Bērziņš gaida pasūtījumu.
            customer: { name: "سارا احمدی", patience: 0 }
            turns:
              opening:
                customer: ["سلام، سفارشم نرسیده.", "Labdien! Kur ir mans pasūtījums?"]
                next: done
            endings:
              done: { outcome: resolved, debrief: ممنون. }

            """)
        let scenario = try #require(decoded.scenario)
        #expect(scenario.title == "سفارش دیرکرد")
        #expect(scenario.briefing == "Jānis Bērziņš gaida pasūtījumu.")
        #expect(scenario.customer.name == "سارا احمدی")
        #expect(scenario.turns.first?.customer == ["سلام، سفارشم نرسیده.", "Labdien! Kur ir mans pasūtījums?"])
        #expect(scenario.endings.first?.debrief == "ممنون.")
        // Columns count characters, not UTF-8 bytes: the 0 after Persian text is found.
        let error = try #require(decoded.diagnostic("'patience' must be between 1 and 100, found 0"))
        #expect(decoded.place(error) == decoded.place(of: "0 }"))
        #expect(scenario.customer.patience == 60, "an out-of-range patience falls back to the default")
    }

    // MARK: Identifiers and language tags

    @Test func anInvalidIdIsLocatedWithASuggestion() throws {
        let decoded = try Self.decode(Self.yaml().replacingOccurrences(of: "id: late-order", with: "id: Late Order"))
        #expect(decoded.scenario == nil)
        let error = try #require(decoded.diagnostic("'Late Order' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. 'late-order')"))
        #expect(error.code == .invalidValue && error.severity == .error)
        #expect(decoded.place(error) == decoded.place(of: "Late Order"))
    }

    @Test(arguments: ["1st-order", "-order", "order.late", "سفارش", "ordér", ""])
    func theseAreNotIds(_ id: String) throws {
        let decoded = try Self.decode(Self.yaml().replacingOccurrences(of: "id: late-order", with: "id: \"\(id)\""))
        #expect(decoded.scenario == nil)
        let error = try #require(decoded.diagnostics.first)
        #expect(decoded.diagnostics.count == 1, "\(decoded.messages)")
        #expect(error.message.hasPrefix("'\(id)' is not a valid id"))
        #expect(decoded.place(error) == decoded.place(of: "\"\(id)\""))
    }

    @Test(arguments: ["a1", "late_order-2", "x"])
    func theseAreIds(_ id: String) throws {
        let decoded = try Self.decode(Self.yaml().replacingOccurrences(of: "id: late-order", with: "id: \(id)"))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.scenario?.id == id)
    }

    @Test(arguments: ["english", "e", "en_US", "en US", "fā", "-", ""])
    func aLanguageThatIsNotATagIsLocated(_ tag: String) throws {
        let decoded = try Self.decode(Self.yaml(language: "\"\(tag)\""))
        #expect(decoded.scenario == nil)
        let error = try #require(decoded.diagnostic("'\(tag)' is not a BCP 47 language tag; write it like en, fa or lv"))
        #expect(decoded.place(error) == decoded.place(of: "\"\(tag)\""))
    }

    @Test(arguments: [("lv", "lv"), ("fa", "fa"), ("en-GB", "en-gb"), ("zh-Hant-TW", "zh-hant-tw"), ("ast", "ast")])
    func languageTagsAreLowerCased(_ tag: String, _ stored: String) throws {
        let decoded = try Self.decode(Self.yaml(language: tag))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.scenario?.language == stored)
    }

    @Test(arguments: ["en-", "-en", "en--gb"])
    func aTagWithAnEmptySubtagIsRefused(_ tag: String) throws {
        let decoded = try Self.decode(Self.yaml(language: "\"\(tag)\""))
        #expect(decoded.diagnostic("'\(tag)' is not a BCP 47 language tag; write it like en, fa or lv") != nil)
        #expect(decoded.scenario == nil)
    }

    @Test(arguments: ["12", "123-gb"])
    func aPrimaryLanguageSubtagIsLetters(_ tag: String) throws {
        let decoded = try Self.decode(Self.yaml(language: "\"\(tag)\""))
        #expect(decoded.diagnostic("'\(tag)' is not a BCP 47 language tag; write it like en, fa or lv") != nil)
    }

    @Test func humanizedTurnsAnIdIntoAName() {
        #expect("ask-order_number".humanized == "Ask order number")
        #expect("x".humanized == "X")
        #expect("".humanized == "")
        #expect("élan-vital".humanized == "Élan vital")
    }

    // MARK: Missing, misspelt and mistyped keys

    @Test func everyMissingRequiredKeyIsReportedAtTheTop() throws {
        let decoded = try Self.decode("id: late-order\n")
        #expect(decoded.scenario == nil)
        #expect(decoded.messages == ["title", "channel", "language", "customer", "turns", "endings"]
            .map { "the scenario is missing required key '\($0)'" })
        #expect(decoded.diagnostics.allSatisfy { $0.code == .missingKey && decoded.place($0) == "1:1" })
    }

    @Test func aMisspeltKeyIsReportedOnceAsUnknown() throws {
        let decoded = try Self.decode(Self.yaml().replacingOccurrences(of: "title:", with: "titel:"))
        #expect(decoded.scenario == nil)
        #expect(decoded.messages == ["unknown key 'titel' in the scenario; did you mean 'title'?"])
        #expect(decoded.place(decoded.diagnostics.first) == decoded.place(of: "titel"))
    }

    @Test func aScenarioThatIsNotAMappingIsOneError() throws {
        let decoded = try Self.decode("- id: late-order\n")
        #expect(decoded.scenario == nil)
        #expect(decoded.messages == ["expected the scenario to be a mapping of keys, found a list"])
        #expect(decoded.place(decoded.diagnostics.first) == "1:1")
    }

    @Test func anUnknownChannelSuggestsTheNearestOrListsThem() throws {
        let typo = try Self.decode(Self.yaml().replacingOccurrences(of: "channel: chat", with: "channel: chatt"))
        #expect(typo.messages == ["'chatt' is not a valid channel; did you mean 'chat'?"])
        #expect(typo.place(typo.diagnostics.first) == typo.place(of: "chatt"))
        #expect(typo.scenario == nil)
        let far = try Self.decode(Self.yaml().replacingOccurrences(of: "channel: chat", with: "channel: carrier pigeon"))
        #expect(far.messages == ["'carrier pigeon' is not a valid channel; expected one of: chat, phone, email"])
    }

    @Test func anUnknownDifficultyFallsBackWithAnError() throws {
        let decoded = try Self.decode(Self.yaml(head: "difficulty: hard"))
        let error = try #require(decoded.diagnostics.first)
        #expect(error.message.hasPrefix("'hard' is not a valid difficulty"))
        #expect(decoded.place(error) == decoded.place(of: "hard"))
        #expect(decoded.scenario?.difficulty == .intermediate)
    }

    @Test func aCustomerWithoutANameIsReportedAtTheCustomer() throws {
        let decoded = try Self.decode(Self.yaml().replacingOccurrences(of: "customer: { name: Sam Doe }", with: "customer: { patience: 30 }"))
        #expect(decoded.scenario == nil)
        #expect(decoded.messages == ["customer is missing required key 'name'"])
        #expect(decoded.place(decoded.diagnostics.first) == decoded.place(of: "{ patience"))
    }

    @Test func anEmptyValueIsNamed() throws {
        let decoded = try Self.decode(Self.yaml(head: "briefing:"))
        #expect(decoded.messages == ["'briefing' is empty; write a value or remove the key"])
        #expect(decoded.scenario?.briefing == "")
    }

    // MARK: Knowledge

    @Test func aBrokenFactIsReportedAndLeftOut() throws {
        let decoded = try Self.decode(Self.yaml(head: """
            knowledge:
              refund-window: { topic: Refunds }
              address: Main Street
              Shipping: { topic: Shipping, text: Two days. }
              returns: { topic: Returns, text: Free. }
            """))
        #expect(decoded.messages == [
            "knowledge fact 'refund-window' is missing required key 'text'",
            "expected knowledge fact 'address' to be a mapping of keys, found text",
            "'Shipping' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. 'shipping')",
        ])
        #expect(decoded.place(decoded.diagnostics[0]) == decoded.place(of: "{ topic: Refunds"))
        #expect(decoded.place(decoded.diagnostics[1]) == decoded.place(of: "Main Street"))
        #expect(decoded.place(decoded.diagnostics[2]) == decoded.place(of: "Shipping:"))
        #expect(decoded.scenario?.knowledge.map(\.id) == ["returns"])
        #expect(decoded.broken.contains(.fact, "refund-window") && decoded.broken.contains(.fact, "address"))
    }

    // MARK: Silence

    @Test func badSilenceValuesAreLocatedAndKeepTheDefaults() throws {
        let decoded = try Self.decode(Self.yaml(head: """
            silence:
              nudge_after: soon
              nudges: []
              patience_cost: 101
              give_up_after: 25
            """))
        #expect(decoded.messages == [
            "'soon' is not a duration; write it like 30s, 2m or 1m30s",
            "'nudges' needs at least one line",
            "'patience_cost' must be between 0 and 100, found 101",
            "'give_up_after' must be between 1 and 20, found 25",
        ])
        #expect(decoded.diagnostics.map { decoded.place($0) } == [
            decoded.place(of: "soon"), decoded.place(of: "[]"), decoded.place(of: "101"), decoded.place(of: "25"),
        ])
        let silence = try #require(decoded.scenario?.silence)
        #expect(silence.nudgeAfter == nil && silence.nudges.isEmpty)
        #expect(silence.patienceCost == 10 && silence.giveUpAfter == 3)
    }

    @Test func aSingleNudgeAndAPlainNumberOfSeconds() throws {
        let decoded = try Self.decode(Self.yaml(head: "silence: { nudge_after: 40, nudges: Hello? }"))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.scenario?.silence.nudgeAfter == 40)
        #expect(decoded.scenario?.silence.nudges == ["Hello?"])
    }

    // MARK: Turns

    @Test func aScenarioNeedsATurnAndAnEnding() throws {
        let decoded = try Self.decode(Self.yaml(turns: "  {}", endings: "  {}"))
        #expect(decoded.messages == ["a scenario needs at least one turn", "a scenario needs at least one ending"])
        #expect(decoded.diagnostics.map { decoded.place($0) } == [decoded.place(of: "{}"), decoded.place(of: "{}", occurrence: 2)])
        let scenario = try #require(decoded.scenario, "the rest is still decoded for the checks that follow")
        #expect(scenario.turns.isEmpty && scenario.endings.isEmpty && scenario.startTurn == "")
    }

    @Test func aTurnThatIsNotAMappingOrHasABadIdIsLeftOut() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening: Hello there
              Second:
                customer: Hi.
                next: done
              third:
                customer: Hi again.
                next: done
            """))
        #expect(decoded.messages == [
            "expected turn 'opening' to be a mapping of keys, found text",
            "'Second' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. 'second')",
        ])
        #expect(decoded.place(decoded.diagnostics[0]) == decoded.place(of: "Hello there"))
        #expect(decoded.place(decoded.diagnostics[1]) == decoded.place(of: "Second:"))
        #expect(decoded.scenario?.turns.map(\.id) == ["third"])
        #expect(decoded.scenario?.startTurn == "third")
        #expect(decoded.broken.contains(.turn, "opening") && decoded.broken.contains(.turn, "Second"))
    }

    @Test func aTurnWithoutCustomerOrNextNamesTheTurn() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                exemplary: Hello!
            """))
        #expect(decoded.messages == [
            "turn 'opening' is missing required key 'customer'",
            "turn 'opening' is missing required key 'next'",
        ])
        #expect(decoded.diagnostics.allSatisfy { decoded.place($0) == decoded.place(of: "exemplary") }, "at the turn's mapping")
        #expect(decoded.turn("opening")?.customer == [])
        #expect(decoded.turn("opening")?.branches == [])
    }

    @Test func anUnknownTurnKeySuggestsTheNearest() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                exemplery: Hi!
                next: done
            """))
        #expect(decoded.messages == ["unknown key 'exemplery' in turn 'opening'; did you mean 'exemplary'?"])
        #expect(decoded.place(decoded.diagnostics.first) == decoded.place(of: "exemplery"))
    }

    @Test func anEmptyListOfCustomerLinesIsLocated() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: []
                next: done
            """))
        #expect(decoded.messages == ["turn 'opening' needs at least one customer line"])
        #expect(decoded.place(decoded.diagnostics.first) == decoded.place(of: "[]"))
    }

    @Test func onlyAdaptedLinesLeaveNoLineForOtherConversations() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer:
                  - { line: "So it's the depot?", if_said: depot }
                next: done
            """))
        #expect(decoded.messages == [
            "turn 'opening' needs at least one customer line without 'if_said', for conversations none of its adapted lines fits",
        ])
        #expect(decoded.place(decoded.diagnostics.first) == decoded.place(of: "- { line"))
        #expect(decoded.turn("opening")?.adaptedLines.map(\.ifSaid) == [["depot"]])
    }

    @Test func anAdaptedLineWithoutAConditionOrLineIsLocated() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer:
                  - Hello.
                  - { line: "Any news?" }
                  - { if_said: depot }
                next: done
            """))
        #expect(decoded.messages == [
            "an adapted customer line needs 'if_said' or 'unless_said'; write a plain line otherwise",
            "an adapted customer line is missing required key 'line'",
        ])
        #expect(decoded.place(decoded.diagnostics[0]) == decoded.place(of: "{ line: \"Any"))
        #expect(decoded.place(decoded.diagnostics[1]) == decoded.place(of: "{ if_said"))
        #expect(decoded.turn("opening")?.customer == ["Hello."])
    }

    @Test func aCustomerLineThatIsAMappingIsAWrongType() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: { line: Hello. }
                next: done
            """))
        let error = try #require(decoded.diagnostic("expected text for 'customer', found a mapping"))
        #expect(error.code == .wrongType)
        #expect(decoded.place(error) == decoded.place(of: "{ line"))
        #expect(decoded.diagnostics.count == 1, "\(decoded.messages)")
    }

    @Test func aSkipWithoutWhatWasSaidIsLocated() throws {
        let missing = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                skip: { goto: done }
                next: done
            """))
        #expect(missing.messages == ["'skip' is missing required key 'if_said'"])
        #expect(missing.place(missing.diagnostics.first) == missing.place(of: "{ goto"))

        let empty = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                skip: { if_said: [], goto: done }
                next: done
            """))
        #expect(empty.messages == ["'if_said' needs at least one expectation"])
        #expect(empty.place(empty.diagnostics.first) == empty.place(of: "{ if_said"))

        let noTarget = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                skip: { if_said: ask }
                next: done
            """))
        #expect(noTarget.messages == ["'skip' is missing required key 'goto'"])
        #expect(noTarget.turn("opening")?.skip == nil)
    }

    @Test func anUnknownPhaseIsLocated() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                phase: begining
                next: done
            """))
        #expect(decoded.messages.count == 1)
        #expect(decoded.messages.first?.hasPrefix("'begining' is not a valid phase;") == true)
        #expect(decoded.place(decoded.diagnostics.first) == decoded.place(of: "begining"))
        #expect(decoded.turn("opening")?.phase == nil)
    }

    // MARK: Expectations

    @Test func anExpectationWithoutTipOrSayIsReportedAndLeftOut() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                expect:
                  - id: no-tip
                    say: ["order"]
                  - id: no-say
                    tip: Ask.
                  - id: fine
                    say: ["hello"]
                    tip: Greet.
                next: done
            """))
        #expect(decoded.messages == [
            "an expectation is missing required key 'tip'",
            "an expectation is missing required key 'say'",
        ])
        #expect(decoded.place(decoded.diagnostics[0]) == decoded.place(of: "- id: no-tip", offset: 2))
        #expect(decoded.place(decoded.diagnostics[1]) == decoded.place(of: "- id: no-say", offset: 2))
        #expect(decoded.turn("opening")?.expectations.map(\.id) == ["no-say", "fine"], "a missing 'say' is reported; the expectation stays")
        #expect(decoded.broken.contains(.expectation, "no-tip"))
        #expect(!decoded.broken.contains(.expectation, "fine"))
    }

    @Test func expectationValueMistakesAreLocated() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                expect:
                  - id: empty-say
                    say: []
                    tip: Say something.
                  - id: loose
                    say: ["refund"]
                    tolerance: 0.2
                    tip: Refund.
                  - id: alone
                    say: ["fee"]
                    value_alone: false
                    tip: Fee.
                  - id: greedy
                    kind: forbiden
                    say: ["free"]
                    points: 150
                    critical: maybe
                    tip: No.
                  - id: Bad Id
                    say: ["x"]
                    tip: X.
                next: done
            """))
        #expect(decoded.messages == [
            "'say' is empty; list at least one phrase that meets this expectation",
            "'tolerance' says how far a stated value may be from 'value'; add 'value' or remove it",
            "'value_alone' says whether stating 'value' meets the expectation; add 'value' or remove it",
            "'forbiden' is not a valid kind; did you mean 'forbidden'?",
            "'points' must be between 0 and 100, found 150",
            "expected true or false for 'critical', found text 'maybe'",
            "'Bad Id' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. 'bad-id')",
        ])
        #expect(decoded.diagnostics.map { decoded.place($0) } == [
            decoded.place(of: "[]"), decoded.place(of: "0.2"), decoded.place(of: "false"), decoded.place(of: "forbiden"),
            decoded.place(of: "150"), decoded.place(of: "maybe"), decoded.place(of: "Bad Id"),
        ])
        #expect(decoded.diagnostics.map(\.code) == [.emptyPhraseList, .invalidValue, .invalidValue, .invalidValue, .invalidValue, .wrongType, .invalidValue])
        let expectations = try #require(decoded.turn("opening")?.expectations)
        #expect(expectations.map(\.id) == ["empty-say", "loose", "alone", "greedy"])
        #expect(expectations[1].value == nil && expectations[2].value == nil)
        #expect(expectations[3].kind == .fact && expectations[3].points == 10 && !expectations[3].isCritical,
                "each bad value falls back to its default")
        #expect(decoded.broken.contains(.expectation, "Bad Id"))
    }

    @Test func anExpectationThatIsNotAMappingIsLocated() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                expect: [ask-order]
                next: done
            """))
        #expect(decoded.messages == ["expected an expectation to be a mapping of keys, found text"])
        #expect(decoded.place(decoded.diagnostics.first) == decoded.place(of: "ask-order"))
        #expect(decoded.turn("opening")?.expectations.isEmpty == true)
    }

    // MARK: Branches

    @Test func nextThatIsAMappingOrEmptyIsLocated() throws {
        let mapping = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                next: { goto: done }
            """))
        #expect(mapping.messages == ["expected 'next' to be a turn or ending id, or a list of branches; found a mapping"])
        #expect(mapping.place(mapping.diagnostics.first) == mapping.place(of: "{ goto"))

        let empty = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                next: []
            """))
        #expect(empty.messages == ["turn 'opening' has an empty 'next'; add at least one branch"])
        #expect(empty.place(empty.diagnostics.first) == empty.place(of: "[]"))
    }

    @Test func anEmptyNextIsOneError() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                next:
            """))
        #expect(decoded.messages.first == "'next' is empty; write a value or remove the key")
        #expect(decoded.diagnostics.allSatisfy { decoded.place($0) == decoded.place(of: "next:", offset: 5) })
        #expect(decoded.diagnostics.count == 1, "\(decoded.messages)")
    }

    @Test func branchMistakesAreLocated() throws {
        let decoded = try Self.decode(Self.yaml(turns: """
              opening:
                customer: Hello.
                next:
                  - if: {}
                    goto: done
                  - if: { sayd: hello, score_below: 150, patience_at_least: 2.5 }
                    goto: done
                  - if: { critical: true }
                  - goto: done
            """))
        #expect(decoded.messages == [
            "an empty condition; remove 'if' to make this the default branch",
            "'score_below' must be between 0 and 100, found 150",
            "expected a whole number for 'patience_at_least', found a number '2.5'",
            "unknown key 'sayd' in a branch condition; did you mean 'said'?",
            "a branch is missing required key 'goto'",
        ])
        #expect(decoded.diagnostics.map { decoded.place($0) } == [
            decoded.place(of: "{}"), decoded.place(of: "150"), decoded.place(of: "2.5"), decoded.place(of: "sayd"),
            decoded.place(of: "if: { critical", offset: 0),
        ])
        let branches = try #require(decoded.turn("opening")?.branches)
        #expect(branches.count == 3, "the branch without 'goto' is left out")
        #expect(branches[1].condition?.scoreBelow == nil && branches[1].condition?.patienceAtLeast == nil)
    }

    // MARK: Endings

    @Test func endingMistakesAreLocatedAndTheEndingLeftOut() throws {
        let decoded = try Self.decode(Self.yaml(endings: """
              done: { outcome: resolved, debrief: Fine. }
              lost: { outcome: hungup, debrief: Gone. }
              quiet: { outcome: unresolved }
              later: Tomorrow
              Escalated: { outcome: escalated, debrief: Passed on. }
              breach: { outcome: security_failure, debrief: Never share a password. }
            """))
        #expect(decoded.messages == [
            "'hungup' is not a valid outcome; did you mean 'hung_up'?",
            "ending 'quiet' is missing required key 'debrief'",
            "expected ending 'later' to be a mapping of keys, found text",
            "'Escalated' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. 'escalated')",
        ])
        #expect(decoded.diagnostics.map { decoded.place($0) } == [
            decoded.place(of: "hungup"), decoded.place(of: "{ outcome: unresolved"), decoded.place(of: "Tomorrow"),
            decoded.place(of: "Escalated:"),
        ])
        #expect(decoded.scenario?.endings.map(\.id) == ["done", "breach"])
        #expect(decoded.scenario?.endings.last?.outcome == .securityFailure)
        for id in ["lost", "quiet", "later", "Escalated"] { #expect(decoded.broken.contains(.ending, id), "\(id)") }
    }
}
