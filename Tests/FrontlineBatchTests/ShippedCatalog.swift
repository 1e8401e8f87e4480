import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

/// The repository's own rubrics and scenarios, loaded once for the batch tests.
enum ShippedContent {
    /// The checkout root (this file is Tests/FrontlineBatchTests/ShippedCatalog.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let catalog: Catalog = CatalogLoader.load(root: root).catalog
    static let library = GraderLibrary(catalog: catalog)
}
