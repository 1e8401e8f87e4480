import Testing
import FrontlineGrader
import FrontlineModel

@Suite struct GraderLibraryTests {
    let library = ShippedContent.library

    @Test func aLanguageWithoutRubricsGetsAMessage() throws {
        let grade = library.grade("Guten Tag", language: "de", context: GradingContext())
        let message = try #require(grade.message)
        #expect(message.contains("'de'") && message.contains("en"))
        #expect(grade.scores.isEmpty && grade.findings.isEmpty)
    }

    @Test func regionalTagsFallBackToTheLanguage() {
        #expect(library.grader(for: "en-GB") != nil)
        #expect(library.grader(for: "EN") != nil)
        #expect(library.grader(for: "xx-YY") == nil)
        #expect(library.languages.contains("en"))
    }
}
