import FrontlineModel
import FrontlineText

/// Content with a phrase pattern that does not compile: it refuses to play, with every
/// pattern's located diagnostic (a pattern the grader dropped would silently score 0).
public struct PatternRefusal: Error, Sendable, CustomStringConvertible {
    public var language: String
    public var diagnostics: [Diagnostic]

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
    public static func grader(compiling catalog: Catalog, language: String) throws(PatternRefusal) -> Grader {
        let pack = catalog.language(language) ?? LanguagePack(language: language, name: language)
        let rubrics = catalog.rubrics(for: language)
        let problems = patternDiagnostics(rubrics: rubrics, pack: pack)
        guard problems.isEmpty else { throw PatternRefusal(language: language, diagnostics: problems) }
        return Grader(rubrics: rubrics, language: pack)
    }

    /// Every pattern of these rubrics and this pack's cues that does not compile, located.
    public static func patternDiagnostics(rubrics: [Rubric], pack: LanguagePack) -> [Diagnostic] {
        let tokenizer = Tokenizer(pack)
        var phrases: [Phrase] = []
        for rubric in rubrics where rubric.language == pack.language {
            for criterion in rubric.criteria { phrases += criterion.phrases + criterion.unless }
        }
        for cue in pack.cues.keys.sorted() { phrases += pack.cues[cue] ?? [] }
        return phrases.compactMap { phrase in
            if case .failure(let diagnostic) = PhrasePattern.parse(phrase, tokenizer: tokenizer) { return diagnostic }
            return nil
        }
    }
}
