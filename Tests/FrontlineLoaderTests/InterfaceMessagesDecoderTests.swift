import Foundation
import FrontlineLocale
import FrontlineTestSupport
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// A language pack's `ui:` section read by `InterfaceMessagesDecoder` on its own: the table
/// of texts and plural forms it returns, and each located error — no section for a language
/// the interface speaks, missing messages (the first five named with their English),
/// missing plural forms for the language's categories, a dropped or invented placeholder,
/// plural forms that are not a mapping, an empty value.
@Suite struct InterfaceMessagesDecoderTests {
    static let path = "Rubrics/lv/language.yaml"

    typealias Decoded = DecodedFile<[String: UIText]>

    static func decode(_ text: String, language: String?) throws -> Decoded {
        try Decoded.decode(text, path: path) { root, diagnostics, _ in
            let map = try #require(MappingReader(root, what: "the language file", known: ["language", "name", "ui"], diagnostics: diagnostics))
            return InterfaceMessagesDecoder(diagnostics: diagnostics).decode(map, language: language, root: root)
        }
    }

    /// Every message but `skip`: "x" and the message's placeholders; plural messages with `forms`.
    static func section(skip: Set<String> = [], forms: [String] = ["zero", "one", "other"]) -> String {
        MessageKey.allCases.filter { !skip.contains($0.rawValue) }.map { key in
            let fill = key.placeholders.sorted().map { "{\($0)}" }.joined(separator: " ")
            if key.isPlural { return "  \(key.rawValue):\n" + forms.map { "    \($0): \"x \(fill)\"" }.joined(separator: "\n") }
            return "  \(key.rawValue): \"x \(fill)\""
        }.joined(separator: "\n")
    }

    static func file(_ body: String) -> String { "name: Latviešu\nui:\n" + body + "\n" }

    @Test func aCompleteSectionGivesEveryMessageAndNoDiagnostics() throws {
        let decoded = try Self.decode(Self.file(Self.section()), language: "lv")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.table.count == MessageKey.allCases.count)
        #expect(decoded.table["prompt"] == .text("x "))
        #expect(decoded.table["patience.calmer"] == .text("x {name}"))
        #expect(decoded.table["transcript.turns"] == .forms(["zero": "x {n}", "one": "x {n}", "other": "x {n}"]))
    }

    @Test func persianTranslationsAreKeptAsWritten() throws {
        let body = Self.section(skip: ["patience.calmer", "transcript.turns"], forms: ["one", "other"])
            + "\n  patience.calmer: \"{name} آرام‌تر شد\"\n  transcript.turns:\n    one: \"{n} نوبت\"\n    other: \"{n} نوبت\""
        let decoded = try Self.decode(Self.file(body), language: "fa")
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
        #expect(decoded.table["patience.calmer"] == .text("{name} آرام‌تر شد"))
        #expect(decoded.table["transcript.turns"] == .forms(["one": "{n} نوبت", "other": "{n} نوبت"]))
    }

    @Test(arguments: ["lv", "fa-IR", "LV"])
    func noSectionForALanguageTheInterfaceSpeaksIsOneErrorAtTheTop(_ language: String) throws {
        let decoded = try Self.decode("name: x\n", language: language)
        #expect(decoded.table.isEmpty)
        #expect(decoded.diagnostics.map(\.code) == [.missingTranslation])
        let expected = UILanguage(tag: language)!.rawValue
        #expect(decoded.messages.first?.contains("shown in English to a \(expected) trainee") == true, "\(decoded.messages)")
        #expect(decoded.messages.first?.contains("translate the \(MessageKey.allCases.count) interface messages under 'ui:'") == true)
        #expect(decoded.places == ["1:1"])
    }

    @Test(arguments: [String?.none, "en", "en-GB", "de", "ltg"])
    func noSectionIsFineForEnglishOrALanguageTheInterfaceDoesNotSpeak(_ language: String?) throws {
        let decoded = try Self.decode("name: x\n", language: language)
        #expect(decoded.table.isEmpty)
        #expect(decoded.diagnostics.isEmpty, "\(decoded.messages)")
    }

    @Test func oneMissingMessageIsNamedWithItsEnglishAtTheUIKey() throws {
        let decoded = try Self.decode(Self.file(Self.section(skip: ["patience.calmer"], forms: ["one", "other"])), language: nil)
        #expect(decoded.messages == ["no translation of 1 interface message: 'patience.calmer' (English: \"{name} sounds calmer\"); add it under 'ui:'"])
        #expect(decoded.places == ["2:1"])
        #expect(decoded.table.count == MessageKey.allCases.count - 1)
    }

    @Test func manyMissingMessagesNameTheFirstFiveAndCountTheRest() throws {
        let decoded = try Self.decode(Self.file("  prompt: \"tu>\""), language: "de")
        let missing = MessageKey.allCases.filter { $0 != .prompt }
        #expect(missing.count > 5)
        let named = missing.prefix(5).map { "'\($0.rawValue)' (English: \"\($0.englishText.excerpt())\")" }.joined(separator: ", ")
        #expect(decoded.messages == ["no translation of \(missing.count) interface messages: \(named) and \(missing.count - 5) more; add them under 'ui:'"])
        #expect(decoded.table == ["prompt": .text("tu>")])
    }

    @Test func aDroppedOrInventedPlaceholderIsAnErrorAtTheValueAndLeftOut() throws {
        let body = Self.section(skip: ["patience.calmer", "patience.close", "prompt"], forms: ["one", "other"])
            + "\n  patience.calmer: \"mierīgāk\"\n  patience.close: \"{vārds} gandrīz padodas\"\n  prompt: \"{name}>\""
        let decoded = try Self.decode(Self.file(body), language: nil)
        #expect(decoded.messages == [
            "the translation of 'patience.calmer' leaves out '{name}'; the trainee would not see it",
            "'{vārds}' is not filled in for 'patience.close'; it has {name}",
            "'{name}' is not filled in for 'prompt'; it has no placeholders",
        ])
        #expect(decoded.places == [decoded.place(of: "\"mierīgāk\""), decoded.place(of: "\"{vārds}"), decoded.place(of: "\"{name}>\"")])
        #expect(decoded.table["patience.calmer"] == nil && decoded.table["patience.close"] == nil && decoded.table["prompt"] == nil)
        #expect(decoded.diagnostics.allSatisfy { $0.code == .invalidValue })
    }

    @Test func aLatvianPluralWithoutItsZeroFormIsAnErrorAtTheKey() throws {
        let body = Self.section(skip: ["transcript.turns"]) + "\n  transcript.turns:\n    one: \"{n} gājiens\"\n    other: \"{n} gājieni\""
        let decoded = try Self.decode(Self.file(body), language: "lv")
        #expect(decoded.messages == ["'transcript.turns' has no 'zero' form; lv needs zero, one, other"])
        #expect(decoded.diagnostics.map(\.code) == [.missingTranslation])
        #expect(decoded.places == [decoded.place(of: "transcript.turns:")])
        #expect(decoded.table["transcript.turns"] == .forms(["one": "{n} gājiens", "other": "{n} gājieni"]), "the forms written are kept")
    }

    @Test func withoutAnInterfaceLanguageOneAndOtherAreNeeded() throws {
        let body = Self.section(skip: ["transcript.turns"], forms: ["one", "other"]) + "\n  transcript.turns:\n    other: \"{n} turns\""
        let decoded = try Self.decode(Self.file(body), language: nil)
        #expect(decoded.messages == ["'transcript.turns' has no 'one' form; this language needs one, other"])
    }

    @Test func pluralFormsThatAreNotAMappingAreAWrongType() throws {
        let body = Self.section(skip: ["transcript.turns"], forms: ["one", "other"]) + "\n  transcript.turns: \"{n} turns\""
        let decoded = try Self.decode(Self.file(body), language: "en")
        #expect(decoded.messages == ["expected the plural forms of 'transcript.turns' to be a mapping of keys, found text"],
                "one error; the message is not also called missing")
        #expect(decoded.places == [decoded.place(of: "\"{n} turns\"")])
        #expect(decoded.table["transcript.turns"] == nil)
    }

    @Test func anUnknownPluralCategoryOrMessageKeyIsAnUnknownKey() throws {
        let body = Self.section(forms: ["one", "other", "few"]).replacingOccurrences(of: "  patience.calmer:", with: "  patience.calmr:")
        let decoded = try Self.decode(Self.file(body), language: "en")
        let unknown = decoded.diagnostics.filter { $0.code == .unknownKey }
        let plurals = MessageKey.allCases.filter(\.isPlural).count
        #expect(unknown.count == plurals + 1, "\(decoded.messages)")
        #expect(unknown.first?.message.hasPrefix("unknown key 'few' in the plural forms of '") == true, "\(decoded.messages)")
        #expect(unknown.last?.message.hasPrefix("unknown key 'patience.calmr' in the interface messages") == true, "\(decoded.messages)")
        #expect(unknown.last?.message.contains("'patience.calmer'") == true, "did you mean: \(decoded.messages)")
        #expect(decoded.messages.contains { $0.hasPrefix("no translation of 1 interface message: 'patience.calmer'") })
    }

    @Test func anEmptyValueIsAnErrorAtIt() throws {
        let body = Self.section(skip: ["prompt"], forms: ["one", "other"]) + "\n  prompt:"
        let decoded = try Self.decode(Self.file(body), language: nil)
        #expect(decoded.messages == ["'prompt' is empty; write a value or remove the key"])
        #expect(decoded.diagnostics.map(\.code) == [.wrongType])
        #expect(decoded.table["prompt"] == nil)
    }

    @Test func aSectionThatIsNotAMappingIsOneWrongType() throws {
        let decoded = try Self.decode("name: x\nui: [a, b]\n", language: "lv")
        #expect(decoded.table.isEmpty)
        #expect(decoded.messages == ["expected the interface messages to be a mapping of keys, found a list"])
        #expect(decoded.places == ["2:5"])
    }
}

extension DecodedFile where Value == [String: UIText] {
    var table: [String: UIText] { value }
}
