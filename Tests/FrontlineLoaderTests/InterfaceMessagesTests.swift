import Foundation
import Testing
@testable import FrontlineLoader
import FrontlineLocale
@testable import FrontlineModel

/// A language pack's `ui:` section: what `frontline check` says about a translation that
/// would leave a trainee reading English or a blank.
@Suite struct InterfaceMessagesTests {
    func load(_ yaml: String) throws -> LoadResult {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("language.yaml")
        try Data(yaml.utf8).write(to: file)
        return CatalogLoader.load(paths: [file.path])
    }

    /// Every message but `skip`, in Latvian-like filler with the right placeholders.
    func section(skip: Set<String> = [], forms: [String] = ["zero", "one", "other"]) -> String {
        MessageKey.allCases.filter { !skip.contains($0.rawValue) }.map { key in
            let fill = key.placeholders.sorted().map { "{\($0)}" }.joined(separator: " ")
            if key.isPlural { return "  \(key.rawValue):\n" + forms.map { "    \($0): \"x \(fill)\"" }.joined(separator: "\n") }
            return "  \(key.rawValue): \"x \(fill)\""
        }.joined(separator: "\n")
    }

    @Test func aCompleteSectionHasNoDiagnostics() throws {
        let result = try load("language: lv\nname: Latviešu\nui:\n" + section())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.catalog.language("lv")?.ui.count == MessageKey.allCases.count)
    }

    @Test func aPersianOrLatvianPackWithoutASectionIsAnError() throws {
        let result = try load("language: fa\nname: فارسی\n")
        #expect(result.diagnostics.map(\.code) == [.missingTranslation])
        #expect(result.diagnostics.first?.message.contains("no 'ui:' section") == true)
        #expect(try load("language: en\nname: English\n").diagnostics.isEmpty, "English is built in")
    }

    @Test func aMissingMessageIsNamedWithItsEnglish() throws {
        let result = try load("language: lv\nname: Latviešu\nui:\n" + section(skip: ["patience.calmer"]))
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == .missingTranslation)
        #expect(diagnostic.message.contains("'patience.calmer' (English: \"{name} sounds calmer\")"))
        #expect(diagnostic.location?.line == 3)
    }

    @Test func aLatvianMessageThatCountsNeedsItsZeroForm() throws {
        let result = try load("language: lv\nname: Latviešu\nui:\n" + section(forms: ["one", "other"]))
        #expect(!result.diagnostics.isEmpty)
        #expect(result.diagnostics.allSatisfy { $0.code == .missingTranslation && $0.message.contains("no 'zero' form") })
        #expect(try load("language: fa\nname: فارسی\nui:\n" + section(forms: ["one", "other"])).diagnostics.isEmpty, "Persian has one and other")
    }

    @Test func aPlaceholderDroppedInventedOrAKeyMisspeltIsAnError() throws {
        var yaml = "language: lv\nname: Latviešu\nui:\n" + section(skip: ["patience.calmer", "patience.close"])
        yaml += "\n  patience.calmer: \"mierīgāk\"\n  patience.close: \"{vards} gandrīz padodas\"\n  patience.calmr: \"x\""
        let messages = try load(yaml).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("leaves out '{name}'") })
        #expect(messages.contains { $0.contains("'{vards}' is not filled in") })
        #expect(messages.contains { $0.contains("unknown key 'patience.calmr'") && $0.contains("did you mean 'patience.calmer'") })
    }
}
