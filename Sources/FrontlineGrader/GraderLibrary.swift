import FrontlineModel

/// One grader per language that has rubrics, made once from a catalog.
public struct GraderLibrary: Sendable {
    public let graders: [String: Grader]

    public init(catalog: Catalog) {
        var graders: [String: Grader] = [:]
        for language in catalog.rubricLanguages {
            let pack = catalog.language(language) ?? LanguagePack(language: language, name: language)
            graders[language] = Grader(rubrics: catalog.rubrics(for: language), language: pack)
        }
        self.graders = graders
    }

    public var languages: [String] { graders.keys.sorted() }

    /// The grader for a language tag; `fa-IR` falls back to `fa`.
    public func grader(for language: String) -> Grader? {
        let tag = language.lowercased()
        if let exact = graders[tag] { return exact }
        return tag.split(separator: "-").first.flatMap { graders[String($0)] }
    }

    /// Grades, or explains that the language has no rubric (instead of a silent zero).
    public func grade(_ reply: String, language: String, context: GradingContext) -> Grade {
        guard let grader = grader(for: language) else {
            let known = languages.joined(separator: ", ")
            return Grade(scores: [:], overall: 0, findings: [], criticalFailure: false,
                         message: "no rubric for language '\(language)' (rubrics exist for: \(known)); the reply was not graded")
        }
        return grader.grade(reply, context: context)
    }
}
