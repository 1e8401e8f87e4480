import Foundation
import Testing
@testable import FrontlineBatch
import FrontlineGrader
import FrontlineLoader

/// `frontline grade` reads only the rubrics of the languages its lines use; what it
/// reads must grade exactly as the whole content folder would.
@Suite struct LazyContentTests {
    @Test func readsTheDeclaredLanguageOnlyWhenItIsPlain() {
        #expect(LazyContent.declaredLanguage("dimension: empathy\nlanguage: en\n") == "en")
        #expect(LazyContent.declaredLanguage("language: \"FA\"  # Persian\r\nname: x") == "fa")
        #expect(LazyContent.declaredLanguage("dimension: empathy\n") == nil)
        #expect(LazyContent.declaredLanguage("language: en\nlanguage: fa\n") == nil)
        #expect(LazyContent.declaredLanguage("language: no\n") == nil)
        #expect(LazyContent.declaredLanguage("  language: en\n") == nil)
        #expect(LazyContent.declaredLanguage("{language: en, dimension: empathy}") == nil)
    }

    /// `scan` finds the words with `memchr`; it must agree with reading byte by byte.
    @Test func scanAgreesWithReadingEveryByte() throws {
        func byByte(_ text: String) -> (Bool, String?) {
            let bytes = Array(text.utf8), word = Array("language:".utf8)
            var lines: [Substring] = []
            for i in bytes.indices where (i == 0 || bytes[i - 1] == 0x0A || bytes[i - 1] == 0x0D)
                && bytes[i...].starts(with: word) {
                let end = bytes[i...].firstIndex { $0 == 0x0A || $0 == 0x0D } ?? bytes.count
                lines.append(Substring(String(decoding: bytes[i..<end], as: UTF8.self)))
            }
            return (text.contains("dimension"), LazyContent.declaredLanguage(lines: lines))
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        var texts = ["", "language:", "language: en", "xlanguage: en\n", "a\rlanguage: lv\r\n", "dimension",
                     "dimensio", "name: x\nlanguage: en\nlanguage: en\n", "language: fa\n  language: en\n",
                     "no words here\n", "\nlanguage:en", "languagelanguage: en\n", "dimension: empathy\r\nlanguage: lv"]
        for path in CatalogLoader.files(in: CatalogLoader.contentFolders(root: root)) {
            texts.append(try String(contentsOfFile: path, encoding: .utf8))
        }
        for text in texts {
            var copy = text
            let scanned = copy.withUTF8 { LazyContent.scan($0) }
            let expected = byByte(text)
            #expect(scanned.mentionsDimension == expected.0 && scanned.language == expected.1, "\(text.prefix(60))")
        }
    }

    @Test func gradesAsTheWholeFolderWould() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let lazy = LazyContent(root: root)
        let full = CatalogLoader.load(root: root).catalog
        let library = GraderLibrary(catalog: full)
        #expect(lazy.rubricLanguages == library.languages)
        let eager = BatchGrading(library: library, catalog: full, scenario: nil)
        let onDemand = BatchGrading(content: lazy, scenario: nil)
        for line in [#"{"id": 1, "customer": "It broke.", "reply": "I'm so sorry it broke, Dana!"}"#,
                     #"{"id": 2, "language": "fa-IR", "reply": "متاسفم که بسته دیر رسید"}"#,
                     #"{"id": 3, "language": "lv", "reply": "Atvainojos par kavēšanos"}"#,
                     #"{"id": 4, "language": "de", "reply": "Entschuldigung"}"#,
                     #"{"id": 5, "scenario": "refund-request", "reply": "Sorry, I have refunded it."}"#] {
            let a = try eager.gradeLine(Data(line.utf8)), b = try onDemand.gradeLine(Data(line.utf8))
            #expect(a == b, "\(line)")
        }
    }
}
