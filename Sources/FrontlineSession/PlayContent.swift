import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import FrontlineStore

/// What `play` needs from the content folder: the scenario, the catalogue it was loaded
/// with, and a grader compiled for the scenario's language. Only the scenario's own file
/// and the rubrics are read when `Scenarios/<id>.yaml` exists; the whole catalogue only
/// when it does not (to find the scenario elsewhere, or to suggest a name).
public struct PlayContent {
    public var scenario: Scenario
    public var catalog: Catalog
    public var grader: Grader

    /// Loads scenario `id` from `root`. Refuses, with what to do, a scenario that is not
    /// there (`missing` words it from the ids there are), one with errors, a language
    /// without rubrics, and rubric patterns that do not compile.
    public static func load(_ id: String, root: String, missing: (_ known: [String]) -> String) throws(SessionError) -> PlayContent {
        let ownFile = (root as NSString).appendingPathComponent("Scenarios/\(id).yaml")
        var loaded = FileManager.default.fileExists(atPath: ownFile)
            ? CatalogLoader.load(paths: [ownFile], context: [(root as NSString).appendingPathComponent("Rubrics")])
            : CatalogLoader.load(root: root)
        if loaded.catalog.scenario(id) == nil { loaded = CatalogLoader.load(root: root) }
        let catalog = loaded.catalog
        guard let scenario = catalog.scenario(id) else { throw SessionError(missing(catalog.scenarios.map(\.id))) }
        if let problem = loaded.diagnostics.first(where: { $0.severity == .error && $0.location?.file == scenario.source.path }) {
            throw SessionError("scenario '\(id)' has errors; run 'frontline check \(scenario.source.path)':\n\(problem)")
        }
        guard !catalog.rubrics(for: scenario.language).isEmpty else {
            throw SessionError("no rubrics for the scenario's language '\(scenario.language)'")
        }
        // Only this language's rubrics are compiled; a pattern that does not compile refuses to play.
        do {
            return PlayContent(scenario: scenario, catalog: catalog,
                               grader: try GraderLibrary.grader(compiling: catalog, language: scenario.language))
        } catch {
            throw SessionError(error.description)
        }
    }

    /// How the store records the start of a session of this scenario: with the content's
    /// fingerprint, so a later regrade knows which scenario and rubrics graded it.
    public func sessionStart(trainee: String, mode: String, at date: Date) -> SessionStart {
        SessionStart(trainee: trainee, scenarioId: scenario.id, scenarioTitle: scenario.title, language: scenario.language,
                     mode: mode, contentFingerprint: catalog.contentFingerprint(of: scenario), startedAt: date)
    }
}
