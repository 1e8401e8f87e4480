import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// One error, one diagnostic across files: what a broken file would have defined is not
/// reported as unknown everywhere it is named (#16).
@Suite struct FollowOnTests {
    static let repository = CatalogLoaderTests.repository

    /// A copy of refund-request with its walkthrough and a track naming it, in a folder.
    static func folder(scenario edit: (String) -> String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-follow-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let scenarios = repository.appendingPathComponent("Scenarios")
        let text = try String(contentsOf: scenarios.appendingPathComponent("refund-request.yaml"), encoding: .utf8)
        try edit(text).write(to: folder.appendingPathComponent("refund-request.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: scenarios.appendingPathComponent("refund-request.walkthrough.yaml"),
                                         to: folder.appendingPathComponent("refund-request.walkthrough.yaml"))
        try "id: mini\ntitle: Mini\nsteps:\n  - title: One\n    scenarios: [refund-request]\n    pass: { overall: 70 }\n"
            .write(to: folder.appendingPathComponent("mini.track.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static func load(_ folder: URL) -> [Diagnostic] {
        CatalogLoader.load(paths: [folder.path], context: [repository.appendingPathComponent("Rubrics").path]).renderedDiagnostics
    }

    @Test func aSyntaxErrorInAScenarioIsTheOnlyDiagnostic() throws {
        let folder = try Self.folder { $0.replacingOccurrences(of: "title: A blender that arrived cracked", with: "title: A blender: that [arrived") }
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = Self.load(folder)
        #expect(diagnostics.map(\.code) == [.yamlSyntax], "\(diagnostics.map(\.description))")
    }

    @Test func aScenarioMissingItsIdIsTheOnlyDiagnostic() throws {
        let folder = try Self.folder { $0.replacingOccurrences(of: "id: refund-request\n", with: "") }
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = Self.load(folder)
        #expect(diagnostics.map(\.code) == [.missingKey], "\(diagnostics.map(\.description))")
    }

    @Test func aMissingTipDoesNotMakeTheExpectationUnknown() throws {
        let folder = try Self.folder {
            $0.replacingOccurrences(of: "        tip: Ask for the order number (or the order's email) so you can find the purchase.\n", with: "")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = Self.load(folder)
        #expect(diagnostics.map(\.code) == [.missingKey], "\(diagnostics.map(\.description))")
        #expect(diagnostics.first?.message.contains("'tip'") == true)
    }

    @Test func anEndingThatDoesNotDecodeIsNotAlsoUnknownOrUnreachable() throws {
        let folder = try Self.folder { $0.replacingOccurrences(of: "    outcome: hung_up", with: "    outcome: hung-up-on-us") }
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnostics = Self.load(folder)
        #expect(diagnostics.map(\.code) == [.invalidValue], "\(diagnostics.map(\.description))")
    }
}
