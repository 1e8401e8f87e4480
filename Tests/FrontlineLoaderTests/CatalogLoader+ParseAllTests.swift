import Foundation
import Testing
@testable import FrontlineLoader
@testable import FrontlineModel

/// Files are read and composed on all cores, then decoded in order: the result must be a
/// serial load's — the same catalog, and the same diagnostics in the same order — for
/// good files, unreadable ones and YAML that does not parse.
@Suite struct CatalogLoaderParseAllTests {
    static let repository = CatalogLoaderTests.repository

    @Test func parsedInParallelInTheOrderGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "key: [unclosed\n".write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let shipped = CatalogLoader.files(in: [Self.repository.appendingPathComponent("Scenarios").path,
                                               Self.repository.appendingPathComponent("Rubrics").path])
        let paths = [folder.appendingPathComponent("broken.yaml").path] + shipped
            + [folder.appendingPathComponent("missing.yaml").path]
        let parallel = CatalogLoader.parseAll(paths)
        #expect(parallel.map(\.display) == paths)
        for (one, path) in zip(parallel, paths) {
            let serial = CatalogLoader.parse(path)
            switch (one.content, serial.content) {
            case (.read(let a, .success(let x)), .read(let b, .success(let y))):
                #expect(a.text == b.text && x.root == y.root, "\(path)")
            case (.read(_, .failure(let x)), .read(_, .failure(let y))):
                #expect(x.message == y.message && x.location == y.location, "\(path)")
            case (.unreadable(let x), .unreadable(let y)):
                #expect(x.message == y.message, "\(path)")
            default:
                Issue.record("\(path): parsed differently")
            }
        }
        if case .read(_, .failure) = parallel[0].content {} else { Issue.record("broken YAML composed") }
        if case .unreadable = parallel[paths.count - 1].content {} else { Issue.record("a missing file was read") }
    }

    @Test func aLoadGivesWhatLoadingFileByFileGives() {
        let paths = CatalogLoader.files(in: [Self.repository.appendingPathComponent("Rubrics").path])
        let loaded = CatalogLoader.load(paths: paths, validate: false)
        var serial = LoadResult(catalog: Catalog(), diagnostics: [], sources: [:])
        for path in paths { CatalogLoader.loadFile(path, into: &serial, reportDiagnostics: true) }
        #expect(loaded.catalog.rubrics == serial.catalog.rubrics)
        #expect(loaded.catalog.languages == serial.catalog.languages)
        #expect(loaded.diagnostics.map(\.message) == serial.diagnostics.map(\.message))
        #expect(loaded.files == serial.files)
    }
}
