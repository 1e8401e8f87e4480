import FrontlineModel
import FrontlineText

/// Content with a phrase pattern that does not compile: it refuses to play, with every
/// pattern's located diagnostic (a pattern the grader dropped would silently score 0).
public struct PatternRefusal: Error, Sendable, CustomStringConvertible {
    public var language: String
    public var diagnostics: [Diagnostic]

    public init(language: String, diagnostics: [Diagnostic]) {
        self.language = language
        self.diagnostics = diagnostics
    }

    public var description: String {
        let files = Set(diagnostics.compactMap { $0.location?.file }).sorted()
        let one = diagnostics.count == 1
        return "the '\(language)' rubrics have \(one ? "a phrase pattern that does" : "\(diagnostics.count) phrase patterns that do") not compile; fix \(one ? "it" : "them") and run 'frontline check \(files.joined(separator: " "))':\n"
            + diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension GraderLibrary {
    /// The grader for `language`'s rubrics and pack, once every pattern it matches (the
    /// criteria's phrases and `unless`, the pack's cues) compiles; otherwise the refusal.
    /// Each pattern is parsed once, by the grader that is then used.
    public static func grader(compiling catalog: Catalog, language: String) throws(PatternRefusal) -> Grader {
        let pack = catalog.language(language) ?? LanguagePack(language: language, name: language)
        let grader = Grader(rubrics: catalog.rubrics(for: language), language: pack)
        guard grader.patternDiagnostics.isEmpty else {
            throw PatternRefusal(language: language, diagnostics: grader.patternDiagnostics)
        }
        return grader
    }
}

extension GraderLibrary {
    /// A grader for every language with rubrics, once all their patterns compile; otherwise
    /// the first such language's refusal (regrading with a pattern left out would score its
    /// criterion 0 without a word).
    public init(compiling catalog: Catalog) throws(PatternRefusal) {
        self.init(catalog: catalog)
        for language in languages {
            if let grader = graders[language], !grader.patternDiagnostics.isEmpty {
                throw PatternRefusal(language: language, diagnostics: grader.patternDiagnostics)
            }
        }
    }
}
