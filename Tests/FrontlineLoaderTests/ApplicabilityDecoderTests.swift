import Foundation
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// A criterion's `applies:` mapping into an `Applicability`: phases and channels (one value
/// or a list, "did you mean" for a near miss), customer and reply cues, `name_used`; an
/// empty list or a wrong value as a located error; a condition-free `applies` as a warning;
/// no `applies` at all as `.always`.
@Suite struct ApplicabilityDecoderTests {
    static let path = "Rubrics/en/empathy.yaml"

    typealias Decoded = DecodedFile<Applicability>

    /// Decodes `text` as a criterion's mapping (only `id` and `applies` are read).
    static func decode(_ text: String) throws -> Decoded {
        let source = SourceText(path: path, text: text)
        let document = try YAMLDocument.compose(source).get()
        let diagnostics = Diagnostics(source: source)
        let criterion = try #require(MappingReader(document.root, what: "a criterion", known: ["id", "applies"], diagnostics: diagnostics))
        let applies = ApplicabilityDecoder(diagnostics: diagnostics).decode(criterion)
        return Decoded(text: text, value: applies, diagnostics: diagnostics.items)
    }

    @Test func noAppliesMeansAlways() throws {
        let decoded = try Self.decode("id: greet\n")
        #expect(decoded.applies == .always)
        #expect(decoded.applies.isAlways)
        #expect(decoded.diagnostics.isEmpty)
    }

    @Test func everyConditionIsRead() throws {
        let decoded = try Self.decode("""
            id: greet
            applies:
              phase: [opening, closing]
              channel: chat
              customer: [feeling, problem]
              reply: request
              name_used: false

            """)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        let applies = decoded.applies
        #expect(applies.phases == [.opening, .closing])
        #expect(applies.channels == [.chat])
        #expect(applies.customer == ["feeling", "problem"])
        #expect(applies.reply == ["request"])
        #expect(applies.nameUsed == false)
        #expect(!applies.isAlways)
        #expect(applies.location == SourceLocation(file: Self.path, line: 3, column: 3), "where the mapping starts")
    }

    @Test func nameUsedAloneIsACondition() throws {
        let decoded = try Self.decode("id: greet\napplies: { name_used: true }\n")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.applies.nameUsed == true)
        #expect(!decoded.applies.isAlways)
    }

    @Test func persianCuesAreKeptAsWritten() throws {
        let decoded = try Self.decode("id: greet\napplies:\n  customer: [احساس, مشکل]\n  phase: middle\n")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.applies.customer == ["احساس", "مشکل"])
        #expect(decoded.applies.phases == [.middle])
    }

    @Test func aNearMissIsNamedWithDidYouMeanAndTheRestKept() throws {
        let decoded = try Self.decode("""
            id: greet
            applies:
              phase: [openning, closing]
              channel: [chat, fax]

            """)
        #expect(decoded.applies.phases == [.closing])
        #expect(decoded.applies.channels == [.chat])
        #expect(decoded.diagnostics.map(\.code) == [.invalidValue, .invalidValue])
        #expect(decoded.messages == [
            "'openning' is not a phase under 'applies'; did you mean 'opening'?",
            "'fax' is not a channel under 'applies'; expected one of: chat, phone, email",
        ])
        #expect(decoded.places == [decoded.place(of: "openning"), decoded.place(of: "fax")])
    }

    @Test func anEmptyAppliesIsAWarningAtIt() throws {
        let decoded = try Self.decode("id: greet\napplies: {}\n")
        #expect(decoded.applies.isAlways)
        #expect(decoded.diagnostics.map(\.severity) == [.warning])
        #expect(decoded.messages == ["'applies' states no condition, so the criterion applies to every reply; remove it or add a condition"])
        #expect(decoded.places == ["2:10"])
    }

    @Test func anEmptyListIsAnErrorAtTheList() throws {
        let decoded = try Self.decode("id: greet\napplies:\n  reply: []\n  phase: opening\n")
        #expect(decoded.messages == ["'reply' under 'applies' is empty; list at least one value or remove it"])
        #expect(decoded.places == [decoded.place(of: "[]")])
        #expect(decoded.applies.phases == [.opening])
    }

    @Test func appliesThatIsNotAMappingIsAWrongTypeAndAlways() throws {
        let decoded = try Self.decode("id: greet\napplies: opening\n")
        #expect(decoded.applies == .always)
        #expect(decoded.diagnostics.map(\.code) == [.wrongType])
        #expect(decoded.messages == ["expected applies to be a mapping of keys, found text"])
        #expect(decoded.places == ["2:10"])
    }

    @Test func nameUsedThatIsNotABooleanIsAWrongType() throws {
        let decoded = try Self.decode("id: greet\napplies:\n  name_used: sometimes\n")
        #expect(decoded.applies.nameUsed == nil)
        #expect(decoded.messages == ["expected true or false for 'name_used', found text 'sometimes'"],
                "no second warning: the condition was written, just wrongly")
        #expect(decoded.places == [decoded.place(of: "sometimes")])
    }

    /// One mistake inside `applies` should be one diagnostic (FollowOnTests' rule): when the
    /// only condition was misspelt, misvalued or left empty, the error already says so.
    @Test(arguments: ["  phases: opening\n", "  phase: openning\n", "  channel: []\n"])
    func aBrokenOnlyConditionIsOneDiagnostic(_ body: String) throws {
        let decoded = try Self.decode("id: greet\napplies:\n" + body)
        #expect(decoded.diagnostics.contains { $0.severity == .error }, "\(decoded.messages)")
        #expect(decoded.diagnostics.count == 1, "\(decoded.messages)")
    }
}

extension DecodedFile where Value == Applicability {
    var applies: Applicability { value }
}
