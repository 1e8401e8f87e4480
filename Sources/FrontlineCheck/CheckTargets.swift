import Foundation
import FrontlineLoader

/// What `frontline check` reads for the paths it is given: the files to report on, and
/// the files it reads only for cross-references. Checking one file finds what checking
/// its folder would: a scenario's golden walkthrough (`<id>.walkthrough.yaml` beside it,
/// checked and replayed with it), a walkthrough's scenario, a rubric's sibling rubrics
/// and language pack, and the content folder's scenarios (for tracks) and rubrics.
struct CheckTargets: Equatable {
    /// Reported on: the paths given, and the walkthroughs beside the scenarios among them.
    var checked: [String]
    /// Read for cross-references only; their own problems are not reported.
    var context: [String]

    static let rubricSiblings = ["empathy", "accuracy", "response_time", "language"]

    init(paths: [String], contentRoot: String) {
        let folders = CatalogLoader.contentFolders(root: contentRoot).map(Checker.relativize)
        guard !paths.isEmpty else {
            checked = folders
            context = folders
            return
        }
        var checked = paths
        var context = folders
        let fm = FileManager.default
        for path in paths where Self.isYAML(path) {
            let folder = (path as NSString).deletingLastPathComponent
            func beside(_ name: String) -> String { folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name) }
            let name = (path as NSString).lastPathComponent
            let stem = Self.stem(name)
            if stem.hasSuffix(".walkthrough") {
                let scenario = String(stem.dropLast(".walkthrough".count))
                context += ["yaml", "yml"].map { beside("\(scenario).\($0)") }.filter(fm.fileExists)
            } else if !stem.hasSuffix(".track") {
                for companion in ["yaml", "yml"].map({ beside("\(stem).walkthrough.\($0)") }) where fm.fileExists(atPath: companion) {
                    if !checked.contains(companion) { checked.append(companion) }
                }
                // A rubric's language: the other rubrics and the language pack in its folder.
                for sibling in Self.rubricSiblings where sibling != stem {
                    context += ["yaml", "yml"].map { beside("\(sibling).\($0)") }.filter(fm.fileExists)
                }
            }
        }
        self.checked = checked
        self.context = context
    }

    static func isYAML(_ path: String) -> Bool { path.hasSuffix(".yaml") || path.hasSuffix(".yml") }

    /// `refund-request.walkthrough.yaml` → `refund-request.walkthrough`.
    static func stem(_ name: String) -> String { (name as NSString).deletingPathExtension }
}
