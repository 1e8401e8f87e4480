import Foundation
import FrontlineLoader
import FrontlineModel

/// `frontline check`: load and validate the files, then run every criterion's examples
/// and every golden walkthrough through the real grader and engine.
public enum Checker {
    /// - Parameters:
    ///   - paths: files or folders to check; empty means the content root's Scenarios/ and Rubrics/.
    ///   - contentRoot: where the shipped Rubrics/ live, loaded as context for cross-references.
    public static func run(paths: [String], contentRoot: String) -> CheckReport {
        let targets = paths.isEmpty
            ? ["Scenarios", "Rubrics"].map { (contentRoot as NSString).appendingPathComponent($0) }
                .filter { FileManager.default.fileExists(atPath: $0) }
                .map(relativize)
            : paths
        let context = [(contentRoot as NSString).appendingPathComponent("Rubrics")].map(relativize)
        let loaded = CatalogLoader.load(paths: targets, context: context)
        var diagnostics = loaded.diagnostics
        if !loaded.diagnostics.contains(where: { $0.severity == .error }) {
            diagnostics += ExampleRunner(catalog: loaded.catalog).run()
            diagnostics += WalkthroughRunner(catalog: loaded.catalog).run()
            diagnostics += ModelReplyRunner(catalog: loaded.catalog).run()
        }
        let checked = loaded.files
        diagnostics = diagnostics.filter { $0.location.map { checked.contains($0.file) } ?? true }
        return CheckReport(diagnostics: loaded.attachingSourceLines(diagnostics), filesChecked: loaded.filesRead)
    }

    /// Paths below the current directory are shown relative to it, as compilers do.
    static func relativize(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
