import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// Rubrics/<lang>/<dimension>.yaml into a `Rubric`: every key's value, the defaults
/// (negatable rewards, the response-time ramp), facets, and each mistake a located
/// diagnostic that leaves the rest of the rubric decoded.
@Suite struct RubricDecoderTests {
    static let path = "Rubrics/xx/empathy.yaml"

    struct Decoded {
        let text: String
        let rubric: Rubric?
        let diagnostics: [Diagnostic]

        func with(_ code: DiagnosticCode) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
        func place(of needle: String, occurrence: Int = 1, offset: Int = 0) -> String {
            ScenarioValidatorTests.place(of: needle, in: text, occurrence: occurrence, offset: offset)
        }
        func place(_ diagnostic: Diagnostic?) -> String {
            diagnostic?.location.map { "\($0.line):\($0.column)" } ?? "nowhere"
        }
        func criterion(_ id: String) -> Criterion? { rubric?.criteria.first { $0.id == id } }
    }

    static func decode(_ text: String) throws -> Decoded {
        let source = SourceText(path: path, text: text)
        let document = try YAMLDocument.compose(source).get()
        let diagnostics = Diagnostics(source: source)
        let rubric = RubricDecoder(diagnostics: diagnostics, sourceFile: SourceFile(path: path, fingerprint: source.fingerprint))
            .decode(document.root)
        return Decoded(text: text, rubric: rubric, diagnostics: diagnostics.items)
    }

    /// A rubric of `dimension` with `criteria` (each line indented by two).
    static func rubric(_ criteria: String, dimension: String = "empathy", head: String = "") -> String {
        "dimension: \(dimension)\nlanguage: xx\nweight: 0.4\n\(head)criteria:\n\(criteria)\n"
    }

    static let greet = """
          - id: greet
            name: Greet
            tip: Say hello.
            points: 10
            say: ["hello"]
            examples:
              match: ["hello there"]
              no_match: ["bye"]
        """

    // MARK: What a rubric says

    @Test func everyKeyIsRead() throws {
        let decoded = try Self.decode("""
            dimension: empathy
            language: XX
            weight: 0.4
            full_marks: 80
            facets:
              warmth: { weight: 0.6, full_marks: 20 }
              courtesy: { weight: 0.4 }
            criteria:
              - id: acknowledge
                facet: warmth
                name: Acknowledge feelings
                rationale: Customers calm down when they feel heard.
                tip: Name the feeling, {name}.
                points: 25
                critical: true
                applies: { customer: [feeling], phase: [middle, closing] }
                say: ["i understand", "that sounds (hard|awful)"]
                unless: ["i understand your order"]
                unless_next: ["^ but the"]
                examples:
                  match: ["I understand, that sounds awful."]
                  no_match:
                    - { reply: "Thanks.", customer: "I'm upset", customer_name: Ana Lind, seconds: 12, channel: phone }
              - id: blame
                name: Blaming the customer
                tip: Do not blame.
                penalty: 15
                say: ["your fault"]
                examples:
                  match: ["It's your fault."]

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.description))")
        let rubric = try #require(decoded.rubric)
        #expect(rubric.dimension == .empathy)
        #expect(rubric.language == "xx", "language tags are lower-cased")
        #expect(rubric.weight == 0.4)
        #expect(rubric.fullMarks == 80)
        #expect(rubric.targets.isEmpty && rubric.allowancePerCharacter == 0)
        #expect(rubric.source.path == Self.path)
        #expect(rubric.facets.map(\.name) == ["warmth", "courtesy"])
        #expect(rubric.facets.map(\.weight) == [0.6, 0.4])
        #expect(rubric.facets.map(\.fullMarks) == [20, nil])
        #expect(rubric.facets.first?.location.map { "\($0.line):\($0.column)" } == decoded.place(of: "warmth:"))
        #expect(rubric.keyLocations["weight"].map { "\($0.line):\($0.column)" } == decoded.place(of: "0.4"))

        let acknowledge = try #require(decoded.criterion("acknowledge"))
        #expect(acknowledge.facet == "warmth")
        #expect(acknowledge.name == "Acknowledge feelings")
        #expect(acknowledge.rationale == "Customers calm down when they feel heard.")
        #expect(acknowledge.tip == "Name the feeling, {name}.")
        #expect(acknowledge.points == 25 && !acknowledge.isPenalty && acknowledge.isCritical)
        #expect(acknowledge.detector == .phrases)
        #expect(acknowledge.negatable, "a reward is negatable unless it says otherwise")
        #expect(acknowledge.phrases.map(\.pattern) == ["i understand", "that sounds (hard|awful)"])
        #expect(acknowledge.unless.map(\.pattern) == ["i understand your order"])
        #expect(acknowledge.unlessNext.map(\.pattern) == ["^ but the"])
        #expect(acknowledge.applies.customer == ["feeling"])
        #expect(acknowledge.applies.phases == [.middle, .closing])
        #expect(acknowledge.location.map { "\($0.line):\($0.column)" } == decoded.place(of: "- id: acknowledge", offset: 2))
        #expect(acknowledge.examples.map(\.shouldMatch) == [true, false])
        let example = try #require(acknowledge.examples.last)
        #expect(example.reply == "Thanks.")
        #expect(example.customer == "I'm upset" && example.customerName == "Ana Lind")
        #expect(example.seconds == 12 && example.channel == .phone)
        #expect(example.location.map { "\($0.line):\($0.column)" } == decoded.place(of: "\"Thanks.\""), "at the reply, its quote")
        #expect(acknowledge.examples.first?.location.map { "\($0.line):\($0.column)" } == decoded.place(of: "\"I understand, that"))

        let blame = try #require(decoded.criterion("blame"))
        #expect(blame.isPenalty && blame.points == 15 && !blame.isCritical)
        #expect(!blame.negatable, "a penalty is not negatable unless it says so")
        #expect(blame.unlessNext.isEmpty)
        #expect(blame.facet == nil, "a penalty needs no facet")
        #expect(blame.applies.isAlways)
    }

    @Test func aResponseTimeRubricReadsTargetsAndItsRamp() throws {
        let decoded = try Self.decode(Self.rubric("""
              - id: on-time
                name: On time
                tip: Be quick.
                detector: response_time
                points: 100
                full_until: 1.5
                zero_at: 4
                examples:
                  match: [{ reply: "Hi", seconds: 1 }]
              - id: default-ramp
                name: Default ramp
                tip: Be quick.
                detector: response_time
                points: 100
                examples:
                  match: [{ reply: "Hi", seconds: 1 }]
            """, dimension: "response_time", head: "targets: { chat: 30s, phone: 1m30s, email: 2h }\nallowance_per_character: 2\n"))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.description))")
        let rubric = try #require(decoded.rubric)
        #expect(rubric.dimension == .responseTime)
        #expect(rubric.targets == [.chat: 30, .phone: 90, .email: 7200])
        #expect(rubric.allowancePerCharacter == 2)
        #expect(decoded.criterion("on-time")?.fullUntil == 1.5 && decoded.criterion("on-time")?.zeroAt == 4)
        #expect(decoded.criterion("default-ramp")?.fullUntil == 1 && decoded.criterion("default-ramp")?.zeroAt == 3)
        #expect(decoded.criterion("on-time")?.phrases.isEmpty == true)
    }

    // MARK: Mistakes, located

    @Test func aResponseTimeRubricNeedsATargetForEveryChannel() throws {
        let criterion = """
              - id: on-time
                name: On time
                tip: Be quick.
                detector: response_time
                points: 100
                examples:
                  match: [{ reply: "Hi", seconds: 1 }]
            """
        let partial = try Self.decode(Self.rubric(criterion, dimension: "response_time", head: "targets: { chat: 30s }\n"))
        #expect(partial.with(.missingKey).map(\.message) == [
            "the response-time rubric needs a target for 'phone' under 'targets'",
            "the response-time rubric needs a target for 'email' under 'targets'",
        ])
        #expect(partial.with(.missingKey).allSatisfy { partial.place($0) == partial.place(of: "{ chat: 30s }") })
        #expect(partial.rubric?.targets == [.chat: 30], "the rubric is still read")

        let none = try Self.decode(Self.rubric(criterion, dimension: "response_time"))
        #expect(none.with(.missingKey).count == 3)
        #expect(none.with(.missingKey).allSatisfy { none.place($0) == "1:1" }, "at the rubric")
    }

    @Test func aTargetThatIsNotADurationIsAnErrorAtIt() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet, head: "targets: { chat: soon }\n"))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(error.message == "'soon' is not a duration; write it like 30s, 2m or 1m30s")
        #expect(decoded.place(error) == decoded.place(of: "soon"))
    }

    @Test func pointsAndPenaltyTogetherAreAnErrorAtPenalty() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "    points: 10", with: "    points: 10\n    penalty: 5")))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(decoded.diagnostics.count == 1)
        #expect(error.message == "a criterion has either 'points' (a reward) or 'penalty', not both")
        #expect(decoded.place(error) == decoded.place(of: "penalty"))
    }

    @Test func aCriterionWithoutPointsOrPenaltyIsAnErrorAtTheCriterion() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "    points: 10\n", with: "")))
        let error = try #require(decoded.with(.missingKey).first)
        #expect(decoded.diagnostics.count == 1)
        #expect(error.message == "a criterion needs 'points' (a reward) or 'penalty'")
        #expect(decoded.place(error) == decoded.place(of: "- id: greet", offset: 2))
    }

    @Test func pointsOutOfRangeAreAnError() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "points: 10", with: "points: 150")))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(error.message == "'points' must be between 0 and 100, found 150")
        #expect(decoded.place(error) == decoded.place(of: "150"))
        // One error, not also "needs points".
        #expect(decoded.diagnostics.count == 1, "\(decoded.diagnostics.map(\.description))")
    }

    @Test func theResponseTimeDetectorBelongsInTheResponseTimeRubric() throws {
        let decoded = try Self.decode(Self.rubric("""
              - id: quick
                name: Quick
                tip: Be quick.
                detector: response_time
                points: 10
                examples:
                  match: [{ reply: "Hi", seconds: 1 }]
            """))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(decoded.diagnostics.count == 1)
        #expect(error.message == "the response_time detector belongs in the response_time rubric")
        #expect(decoded.place(error) == decoded.place(of: "response_time"))
    }

    @Test func anEmptySayIsAnErrorAtIt() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "say: [\"hello\"]", with: "say: []")))
        let error = try #require(decoded.with(.emptyPhraseList).first)
        #expect(error.message == "'say' is empty; list at least one phrase this criterion matches")
        #expect(decoded.place(error) == decoded.place(of: "[]"))
    }

    @Test func aDetectorWithoutPhrasesRefusesSay() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "    points: 10", with: "    points: 10\n    detector: customer_name")))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(error.message == "the customer_name detector does not use 'say'; remove it")
        #expect(decoded.place(error) == decoded.place(of: "[\"hello\"]"))
        #expect(decoded.criterion("greet")?.phrases.isEmpty == true)
    }

    /// `relates_customer` reads `say` (the speaker's words) and `unless` like the phrases
    /// detector, and needs them.
    @Test func theRelatesCustomerDetectorReadsSayAndNeedsIt() throws {
        let relating = Self.greet.replacingOccurrences(of: "    points: 10", with: "    points: 10\n    detector: relates_customer")
            .replacingOccurrences(of: "    say: [\"hello\"]", with: "    say: [\"(i|my)\"]\n    unless: [\"i will\"]")
        let decoded = try Self.decode(Self.rubric(relating))
        #expect(decoded.diagnostics.isEmpty, "\(decoded.diagnostics.map(\.message))")
        #expect(decoded.criterion("greet")?.detector == .relatesCustomer)
        #expect(decoded.criterion("greet")?.phrases.map(\.pattern) == ["(i|my)"])
        #expect(decoded.criterion("greet")?.unless.map(\.pattern) == ["i will"])
        let without = try Self.decode(Self.rubric(relating.replacingOccurrences(of: "    say: [\"(i|my)\"]\n", with: "")))
        #expect(without.with(.missingKey).count == 1, "\(without.diagnostics.map(\.message))")
    }

    @Test func aCriterionWithoutExamplesIsAnErrorNamingIt() throws {
        let decoded = try Self.decode(Self.rubric("""
              - id: greet
                name: Greet
                tip: Say hello.
                points: 10
                say: ["hello"]
            """))
        let error = try #require(decoded.with(.noExamples).first)
        #expect(error.message == "criterion 'greet' has no examples; add replies under 'examples: match' and 'examples: no_match' (they are its tests)")
        #expect(decoded.place(error) == decoded.place(of: "- id: greet", offset: 2))
        #expect(decoded.criterion("greet") != nil, "still read")
    }

    @Test func examplesWithNoRepliesAreAnErrorAtExamples() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet
            .replacingOccurrences(of: "      match: [\"hello there\"]\n      no_match: [\"bye\"]", with: "      match: []")))
        let error = try #require(decoded.with(.noExamples).first)
        #expect(decoded.diagnostics.count == 1, "\(decoded.diagnostics.map(\.description))")
        #expect(error.message == "'examples' lists no replies; add some under 'match' and 'no_match'")
        #expect(decoded.place(error) == decoded.place(of: "match: []"))
    }

    @Test func anExampleMappingNeedsAReply() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "no_match: [\"bye\"]", with: "no_match: [{ customer: Hi }]")))
        let error = try #require(decoded.with(.missingKey).first)
        #expect(error.message.contains("'reply'"))
        #expect(decoded.place(error) == decoded.place(of: "{ customer: Hi }"))
        #expect(decoded.criterion("greet")?.examples.count == 1, "the other example is kept")
    }

    @Test func zeroAtMustComeAfterFullUntil() throws {
        let decoded = try Self.decode(Self.rubric("""
              - id: on-time
                name: On time
                tip: Be quick.
                detector: response_time
                points: 100
                full_until: 2
                zero_at: 2
                examples:
                  match: [{ reply: "Hi", seconds: 1 }]
            """, dimension: "response_time", head: "targets: { chat: 30s, phone: 8s, email: 30m }\n"))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(decoded.diagnostics.count == 1)
        #expect(error.message == "'zero_at' must be larger than 'full_until'")
        #expect(decoded.place(error) == decoded.place(of: "2", occurrence: 2))
    }

    @Test
    func aFullUntilBeyondTheDefaultZeroAtIsAnError() throws {
        let decoded = try Self.decode(Self.rubric("""
              - id: on-time
                name: On time
                tip: Be quick.
                detector: response_time
                points: 100
                full_until: 4
                examples:
                  match: [{ reply: "Hi", seconds: 1 }]
            """, dimension: "response_time", head: "targets: { chat: 30s, phone: 8s, email: 30m }\n"))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(error.message.contains("'zero_at' must be larger than 'full_until' (4)"))
        #expect(decoded.place(error) == "11:17", "at full_until's value")
    }

    // MARK: Facets

    static let faceted = "facets:\n  warmth: { weight: 0.5 }\n  courtesy: { weight: 0.5 }\n"

    @Test func aCriterionInAnUnlistedFacetIsAnErrorWithASuggestion() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "    name: Greet", with: "    facet: curtesy\n    name: Greet"),
                                                  head: Self.faceted))
        let error = try #require(decoded.with(.unknownReference).first)
        #expect(decoded.diagnostics.count == 1)
        #expect(error.message == "criterion 'greet' is in facet 'curtesy', which the rubric does not list; did you mean 'courtesy'?")
        #expect(decoded.place(error) == decoded.place(of: "- id: greet", offset: 2))
    }

    @Test func aFacetWithoutAFacetsListSaysToListThem() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "    name: Greet", with: "    facet: warmth\n    name: Greet")))
        #expect(decoded.with(.unknownReference).map(\.message)
            == ["criterion 'greet' is in facet 'warmth', which the rubric does not list; list the facets under 'facets:' first"])
    }

    @Test func withFacetsEveryRewardBelongsToOne() throws {
        let penalty = """

              - id: blame
                name: Blame
                tip: Do not.
                penalty: 10
                say: ["your fault"]
                examples:
                  match: ["your fault"]
            """
        let decoded = try Self.decode(Self.rubric(Self.greet + penalty, head: Self.faceted))
        #expect(decoded.with(.missingKey).map(\.message)
            == ["criterion 'greet' needs a 'facet' (one of: warmth, courtesy): with facets, every reward belongs to one"])
        #expect(decoded.diagnostics.count == 1, "the penalty needs none")
    }

    @Test func aFacetNeedsAWeight() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "    name: Greet", with: "    facet: warmth\n    name: Greet"),
                                                  head: "facets:\n  warmth: { full_marks: 20 }\n"))
        #expect(decoded.with(.missingKey).first?.message.contains("'weight'") == true)
        #expect(decoded.rubric?.facets.isEmpty == true)
    }

    // MARK: The rubric itself

    @Test func aRubricMissingItsRequiredKeysIsNotDecoded() throws {
        let decoded = try Self.decode("criteria:\n\(Self.greet)\n")
        #expect(decoded.rubric == nil)
        let missing = decoded.with(.missingKey).map(\.message)
        #expect(missing.count == 3, "\(missing)")
        #expect(["'dimension'", "'language'", "'weight'"].allSatisfy { key in missing.contains { $0.contains(key) } })
        #expect(decoded.with(.missingKey).allSatisfy { decoded.place($0) == "1:1" })
    }

    @Test func anUnknownDimensionSuggestsOne() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet, dimension: "empaty"))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(error.message == "'empaty' is not a valid dimension; did you mean 'empathy'?")
        #expect(decoded.place(error) == decoded.place(of: "empaty"))
        #expect(decoded.rubric == nil)
    }

    @Test func aWeightAboveOneIsAnError() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet).replacingOccurrences(of: "weight: 0.4", with: "weight: 1.5"))
        let error = try #require(decoded.with(.invalidValue).first)
        #expect(error.message == "'weight' must be between 0 and 1, found 1.5")
        #expect(decoded.place(error) == decoded.place(of: "1.5"))
    }

    @Test func aBrokenCriterionIsLeftOutAndTheOthersKept() throws {
        let broken = """

              - id: broken
                name: Broken
                points: 10
                say: ["oops"]
                examples:
                  match: ["oops"]
            """
        let decoded = try Self.decode(Self.rubric(Self.greet + broken))
        #expect(decoded.rubric?.criteria.map(\.id) == ["greet"])
        let error = try #require(decoded.with(.missingKey).first)
        #expect(decoded.diagnostics.count == 1)
        #expect(error.message.contains("'tip'"))
        #expect(decoded.place(error) == decoded.place(of: "- id: broken", offset: 2))
    }

    @Test func anUnknownCriterionKeySuggestsTheKnownOne() throws {
        let decoded = try Self.decode(Self.rubric(Self.greet.replacingOccurrences(of: "    tip: Say hello.", with: "    tip: Say hello.\n    rationle: Why.")))
        let error = try #require(decoded.with(.unknownKey).first)
        #expect(error.message.hasSuffix("did you mean 'rationale'?"))
        #expect(decoded.place(error) == decoded.place(of: "rationle"))
    }
}
