import Foundation
import Testing
import FrontlineGrader
import FrontlineLoader
@testable import FrontlineModel

/// Rubric patterns compile when the content loads: one that does not refuses to play,
/// located where it is written (the grader used to drop it, scoring the criterion 0).
@Suite struct GraderLibraryPatternTests {
    static let folder = CheckerTests.fixtures.appendingPathComponent("bad-rubric-pattern")
    static let rubric = folder.appendingPathComponent("Rubrics/en/empathy.yaml").path

    @Test func aRubricPatternThatDoesNotCompileRefusesWithItsLocation() throws {
        // Loaded as play loads it: the scenario checked, the rubrics as context.
        let loaded = CatalogLoader.load(paths: [Self.folder.appendingPathComponent("Scenarios/fixture.yaml").path],
                                        context: [Self.folder.appendingPathComponent("Rubrics").path])
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty, "the context's diagnostics are not reported")
        #expect(throws: PatternRefusal.self) { _ = try GraderLibrary.grader(compiling: loaded.catalog, language: "en") }
        do {
            _ = try GraderLibrary.grader(compiling: loaded.catalog, language: "en")
        } catch {
            #expect(error.diagnostics.count == 1)
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.code == .badPattern)
            #expect(diagnostic.location?.file == Self.rubric && diagnostic.location?.line == 9 && diagnostic.location?.column == 21)
            #expect(error.description.contains("frontline check \(Self.rubric)"))
        }
    }

    @Test func theGraderLeavesOutOnlyThePatternThatDoesNotCompileAndSaysWhere() throws {
        let loaded = CatalogLoader.load(paths: [Self.folder.appendingPathComponent("Scenarios/fixture.yaml").path],
                                        context: [Self.folder.appendingPathComponent("Rubrics").path])
        let pack = loaded.catalog.language("en") ?? LanguagePack(language: "en", name: "en")
        let grader = Grader(rubrics: loaded.catalog.rubrics(for: "en"), language: pack)
        #expect(grader.patternDiagnostics.map(\.location) == [SourceLocation(file: Self.rubric, line: 9, column: 21)])
    }

    @Test func regradingRefusesContentWithAPatternThatDoesNotCompile() throws {
        let loaded = CatalogLoader.load(paths: [Self.folder.appendingPathComponent("Scenarios/fixture.yaml").path],
                                        context: [Self.folder.appendingPathComponent("Rubrics").path])
        #expect(throws: PatternRefusal.self) { _ = try GraderLibrary(compiling: loaded.catalog) }
        let shipped = CatalogLoader.load(root: CheckerTests.repository.path).catalog
        let library = try GraderLibrary(compiling: shipped)
        #expect(library.languages == shipped.rubricLanguages.sorted())
    }

    @Test func checkReportsTheSamePatternAtTheSamePlace() throws {
        let loaded = CatalogLoader.load(paths: [Self.rubric])
        let found = loaded.diagnostics.filter { $0.code == .badPattern }
        #expect(found.map(\.location) == [SourceLocation(file: Self.rubric, line: 9, column: 21)])
    }

    @Test func theShippedRubricsCompile() throws {
        let catalog = CatalogLoader.load(root: CheckerTests.repository.path).catalog
        for language in catalog.rubricLanguages {
            #expect(throws: Never.self) { _ = try GraderLibrary.grader(compiling: catalog, language: language) }
        }
    }
}
