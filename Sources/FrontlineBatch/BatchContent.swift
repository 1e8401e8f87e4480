import FrontlineGrader
import FrontlineModel

/// Where batch grading finds graders and scenarios. `frontline grade` loads them on
/// demand (only the languages and scenarios its lines use); tests hand in a catalog.
public protocol BatchContent: AnyObject, Sendable {
    /// The grader for a language tag, as `GraderLibrary.grader(for:)` finds it.
    func grader(for language: String) -> Grader?
    /// Every language that has rubrics, sorted (named when a line's language has none).
    var rubricLanguages: [String] { get }
    func scenario(_ id: String) -> Scenario?
    /// Every scenario id, for suggestions.
    var scenarioIds: [String] { get }
}

/// Content that is all loaded and compiled already.
public final class CatalogContent: BatchContent {
    public let library: GraderLibrary
    public let catalog: Catalog

    public init(library: GraderLibrary, catalog: Catalog) {
        self.library = library
        self.catalog = catalog
    }

    public func grader(for language: String) -> Grader? { library.grader(for: language) }
    public var rubricLanguages: [String] { library.languages }
    public func scenario(_ id: String) -> Scenario? { catalog.scenario(id) }
    public var scenarioIds: [String] { catalog.scenarios.map(\.id) }
}
