import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

/// `frontline check`: load and validate the files, then run every criterion's examples
/// and every golden walkthrough through the real grader and engine.
public enum Checker {
    /// - Parameters:
    ///   - paths: files or folders to check; empty means the content root's Scenarios/ and Rubrics/.
    ///     A file is checked as it would be with its folder (see `CheckTargets`).
    ///   - contentRoot: where the shipped Scenarios/ and Rubrics/ live, loaded as context
    ///     for cross-references.
    public static func run(paths: [String], contentRoot: String) -> CheckReport {
        let targets = CheckTargets(paths: paths, contentRoot: contentRoot)
        let loaded = CatalogLoader.load(paths: targets.checked, context: targets.context)
        let checked = loaded.files
        var diagnostics = loaded.diagnostics
        if !loaded.diagnostics.contains(where: { $0.severity == .error }) {
            // Only the checked files' examples and walkthroughs are run: the context's
            // would be reported nowhere.
            var replayed = loaded.catalog
            replayed.walkthroughs = replayed.walkthroughs.filter { checked.contains($0.source.path) }
            let library = graders(replayed, files: checked)
            diagnostics += ExampleRunner(catalog: loaded.catalog, files: checked, library: library).run()
            diagnostics += WalkthroughRunner(catalog: replayed, library: library).run()
            diagnostics += ModelReplyRunner(catalog: replayed, files: checked, library: library).run()
        }
        diagnostics = diagnostics.filter { $0.location.map { checked.contains($0.file) } ?? true }
        return CheckReport(diagnostics: loaded.attachingSourceLines(diagnostics), filesChecked: loaded.filesRead)
    }

    /// Graders for the languages the checked rubrics and replayed walkthroughs need, made
    /// once: compiling a language's rubrics is most of what checking one file costs.
    static func graders(_ catalog: Catalog, files: Set<String>) -> GraderLibrary {
        var languages = Set(catalog.rubrics.filter { files.contains($0.source.path) }.map(\.language))
        for scenario in catalog.scenarios where files.contains(scenario.source.path) { // their model replies are graded
            languages.insert(scenario.language.lowercased())
            languages.insert(String(scenario.language.lowercased().split(separator: "-").first ?? ""))
        }
        for walkthrough in catalog.walkthroughs {
            if let language = catalog.scenario(walkthrough.scenario)?.language {
                languages.insert(language.lowercased())
                languages.insert(String(language.lowercased().split(separator: "-").first ?? ""))
            }
        }
        var needed = catalog
        needed.rubrics = catalog.rubrics.filter { languages.contains($0.language) }
        return GraderLibrary(catalog: needed)
    }

    /// Paths below the current directory are shown relative to it, as compilers do.
    static func relativize(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
