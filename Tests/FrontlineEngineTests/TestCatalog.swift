import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

/// The shipped content, loaded once for the engine tests.
enum TestCatalog {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    static let loaded = CatalogLoader.load(root: root)
    static let library = GraderLibrary(catalog: loaded.catalog)

    static func scenario(_ id: String) -> Scenario { loaded.catalog.scenario(id)! }
    static func grader(_ language: String = "en") -> Grader { library.grader(for: language)! }
}
