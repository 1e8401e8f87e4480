import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import Testing
@testable import FrontlineSession

/// What `play` loads before the customer speaks: the scenario by its own file, the whole
/// catalogue only to find or suggest one, and the refusals (missing, broken, no rubrics,
/// patterns that do not compile) in words that say what to do.
@Suite struct PlayContentTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var latvian: LanguagePack? {
        CatalogLoader.load(paths: [repository.path + "/Rubrics/lv/language.yaml"]).catalog.language("lv")
    }

    /// A content folder with the shipped rubrics and the given scenario files.
    static func content(_ scenarios: [String: String]) throws -> String {
        let root = try StoreIntentTests.folder()
        try FileManager.default.createDirectory(atPath: root + "/Scenarios", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/Rubrics", withDestinationPath: repository.path + "/Rubrics")
        for (name, text) in scenarios { try text.write(toFile: root + "/Scenarios/\(name)", atomically: true, encoding: .utf8) }
        return root
    }

    static func scenario(id: String, language: String = "en", next: String = "done") -> String {
        """
        id: \(id)
        title: A router that keeps dropping
        channel: chat
        language: \(language)
        customer:
          name: Sam Lee
          patience: 50
        turns:
          opening:
            customer: My router keeps dropping the connection.
            next: \(next)
        endings:
          done:
            outcome: resolved
            debrief: Done.
        """
    }

    static func refusal(_ id: String, root: String) -> String? {
        do {
            _ = try PlayContent.load(id, root: root) { "missing; known: \($0.sorted().joined(separator: ","))" }
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theScenarioIsLoadedByItsOwnFileWithAGraderForItsLanguage() throws {
        let content = try PlayContent.load("refund-request", root: Self.repository.path) { _ in "missing" }
        #expect(content.scenario.id == "refund-request")
        #expect(content.catalog.scenarios.map(\.id) == ["refund-request"], "only its own file, not every scenario")
        #expect(!content.catalog.rubrics(for: "en").isEmpty)
        let grade = content.grader.grade("I'm so sorry about that, I understand how frustrating this is.",
                                         context: GradingContext(customerMessage: "My blender arrived cracked."))
        #expect(grade.scores[.empathy].map { $0 > 0 } == true, "the grader was compiled from the English rubrics")
    }

    @Test func aScenarioInAnotherFileIsFoundInTheWholeCatalogue() throws {
        let root = try Self.content(["routers.yaml": Self.scenario(id: "router-drops")])
        let content = try PlayContent.load("router-drops", root: root) { _ in "missing" }
        #expect(content.scenario.source.path.hasSuffix("Scenarios/routers.yaml"))
    }

    @Test func aMissingScenarioIsWordedFromTheIdsThereAre() throws {
        let root = try Self.content(["a.yaml": Self.scenario(id: "a"), "b.yaml": Self.scenario(id: "b")])
        #expect(Self.refusal("c", root: root) == "missing; known: a,b")
    }

    @Test func aScenarioWithErrorsIsRefusedWithItsFirstErrorAndTheCommandToCheckIt() throws {
        let root = try Self.content(["broken.yaml": Self.scenario(id: "broken", next: "nowhere")])
        let message = try #require(Self.refusal("broken", root: root))
        #expect(message.hasPrefix("scenario 'broken' has errors; run 'frontline check \(root)/Scenarios/broken.yaml':\n"))
        #expect(message.contains("broken.yaml:11:11: error: unknown turn or ending 'nowhere' [FL0012]"))
    }

    @Test func aLanguageWithoutRubricsIsRefused() throws {
        let root = try Self.content(["klingon.yaml": Self.scenario(id: "klingon", language: "tlh")])
        let message = try #require(Self.refusal("klingon", root: root))
        #expect(message.contains("scenario language 'tlh' has no rubrics (rubrics exist for: en, fa, lv)"))
    }

    @Test func aRubricPatternThatDoesNotCompileRefusesToPlay() throws {
        let fixture = Self.repository.path + "/Tests/FrontlineCheckTests/Fixtures/bad-rubric-pattern"
        let message = try #require(Self.refusal("fixture", root: fixture))
        #expect(message.contains("Rubrics/en/empathy.yaml:9:21: error: in phrase '(good morning|good day': '(' is never closed with ')' [FL0020]"))
    }

    @Test func theSessionStartCarriesTheContentsFingerprint() throws {
        let content = try PlayContent.load("refund-request", root: Self.repository.path) { _ in "missing" }
        let start = content.sessionStart(trainee: "Ava", mode: "exam", at: Date(timeIntervalSince1970: 5))
        #expect(start.trainee == "Ava" && start.mode == "exam" && start.scenarioId == "refund-request" && start.language == "en")
        #expect(start.scenarioTitle == content.scenario.title)
        #expect(start.contentFingerprint == content.catalog.contentFingerprint(of: content.scenario))
        #expect(start.contentFingerprint.count >= 8)
        #expect(start.startedAt == Date(timeIntervalSince1970: 5))
    }
}
