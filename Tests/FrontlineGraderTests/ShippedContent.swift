import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

/// The repository's own rubrics and scenarios, loaded once for the tests.
enum ShippedContent {
    /// The checkout root: the first folder above this file with a Rubrics folder.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Rubrics").path) { return url.path }
            url.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }()

    static let catalog: Catalog = CatalogLoader.load(root: root).catalog
    static let library = GraderLibrary(catalog: catalog)
    static let english: Grader = library.grader(for: "en")!

    static func empathy(_ reply: String, customer: String = "", name: String? = nil) -> Double {
        english.grade(reply, context: GradingContext(customerMessage: customer, customerName: name)).scores[.empathy] ?? -1
    }

    static func findings(_ reply: String, _ criterion: String, context: GradingContext = GradingContext()) -> [Finding] {
        english.grade(reply, context: context).findings.filter { $0.criterionId == criterion }
    }

    static func expectation(_ id: String, _ kind: FrontlineModel.Expectation.Kind = .fact, say: [String], requires: [String] = [],
                            points: Double = 10, critical: Bool = false) -> FrontlineModel.Expectation {
        FrontlineModel.Expectation(id: id, kind: kind, name: id, phrases: say.map { Phrase($0) }, tip: "tip for \(id)", points: points,
                    isCritical: critical, requires: requires)
    }
}
