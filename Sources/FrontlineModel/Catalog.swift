/// Everything loaded from a content folder: scenarios, rubrics, language packs and
/// golden walkthroughs, as immutable values.
public struct Catalog: Sendable {
    public var scenarios: [Scenario]
    public var rubrics: [Rubric]
    public var languages: [LanguagePack]
    public var walkthroughs: [Walkthrough]
    public var tracks: [Track]

    public init(scenarios: [Scenario] = [], rubrics: [Rubric] = [], languages: [LanguagePack] = [], walkthroughs: [Walkthrough] = [],
                tracks: [Track] = []) {
        self.scenarios = scenarios
        self.rubrics = rubrics
        self.languages = languages
        self.walkthroughs = walkthroughs
        self.tracks = tracks
    }

    public func track(_ id: String) -> Track? { tracks.first { $0.id == id } }

    public func scenario(_ id: String) -> Scenario? { scenarios.first { $0.id == id } }
    public func rubrics(for language: String) -> [Rubric] { rubrics.filter { $0.language == language } }
    public func language(_ code: String) -> LanguagePack? { languages.first { $0.language == code } }
    public var rubricLanguages: [String] { Array(Set(rubrics.map(\.language))).sorted() }
}
