import Foundation
import Testing
@testable import FrontlineCheck
import FrontlineLoader
@testable import FrontlineModel

/// Checking one file finds what checking its folder finds (#16).
@Suite struct CheckTargetsTests {
    static let repository = CheckerTests.repository

    static func shippedFiles() -> [String] {
        CatalogLoader.files(in: CatalogLoader.contentFolders(root: repository.path))
    }

    @Test func aScenarioBringsItsWalkthroughAndTheContentFolder() {
        let scenario = Self.repository.appendingPathComponent("Scenarios/refund-request.yaml").path
        let targets = CheckTargets(paths: [scenario], contentRoot: Self.repository.path)
        #expect(targets.checked == [scenario, Self.repository.appendingPathComponent("Scenarios/refund-request.walkthrough.yaml").path])
        #expect(targets.context.contains { $0.hasSuffix("Scenarios") } && targets.context.contains { $0.hasSuffix("Rubrics") })
    }

    @Test func aWalkthroughBringsItsScenarioAsContext() {
        let walkthrough = Self.repository.appendingPathComponent("Scenarios/refund-request.walkthrough.yaml").path
        let targets = CheckTargets(paths: [walkthrough], contentRoot: "/nonexistent")
        #expect(targets.checked == [walkthrough])
        #expect(targets.context == [Self.repository.appendingPathComponent("Scenarios/refund-request.yaml").path])
    }

    @Test func aRubricBringsItsLanguagesOtherRubricsAsContext() {
        let rubric = Self.repository.appendingPathComponent("Rubrics/lv/empathy.yaml").path
        let targets = CheckTargets(paths: [rubric], contentRoot: "/nonexistent")
        let names = targets.context.map { ($0 as NSString).lastPathComponent }
        #expect(names == ["accuracy.yaml", "response_time.yaml", "language.yaml"])
        #expect(targets.checked == [rubric])
    }

    /// `frontline check <file>` and `frontline check` agree on every shipped file.
    @Test(arguments: shippedFiles())
    func checkingOneShippedFileAgreesWithCheckingTheFolder(_ file: String) {
        let alone = Checker.run(paths: [file], contentRoot: Self.repository.path)
        let all = Self.full.diagnostics.filter { $0.location?.file.hasSuffix(Self.relative(file)) == true }
        let mine = alone.diagnostics.filter { $0.location.map { Self.same($0.file, file) } ?? true }
        #expect(mine.map(\.description) == all.map { $0.description.replacingOccurrences(of: $0.location!.file, with: file) })
        #expect(alone.diagnostics.allSatisfy { $0.code != .missingWalkthrough }, "\(alone.diagnostics.map(\.description))")
    }

    static var full: CheckReport { CheckerTests.shipped }

    static func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }

    static func relative(_ path: String) -> String {
        String(path.dropFirst(repository.path.count + 1))
    }

    /// The walkthrough beside an edited scenario is replayed against it, and its
    /// disagreements are reported (they were silently skipped).
    @Test func anEditedScenarioReplaysTheWalkthroughBesideIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarios = Self.repository.appendingPathComponent("Scenarios")
        let text = try String(contentsOf: scenarios.appendingPathComponent("refund-request.yaml"), encoding: .utf8)
        // The model path's second turn no longer resolves the refund.
        let edited = text.replacingOccurrences(of: "goto: resolved\n", with: "goto: unresolved\n")
        #expect(edited != text)
        try edited.write(to: folder.appendingPathComponent("refund-request.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: scenarios.appendingPathComponent("refund-request.walkthrough.yaml"),
                                         to: folder.appendingPathComponent("refund-request.walkthrough.yaml"))
        let report = Checker.run(paths: [folder.appendingPathComponent("refund-request.yaml").path], contentRoot: Self.repository.path)
        #expect(report.filesChecked == 2)
        #expect(report.diagnostics.contains { $0.code == .walkthroughDisagrees && $0.location?.file.hasSuffix("refund-request.walkthrough.yaml") == true },
                "\(report.diagnostics.map(\.description))")
        #expect(!report.diagnostics.contains { $0.code == .missingWalkthrough || $0.code == .duplicateId })
    }
}
