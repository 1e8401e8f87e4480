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
