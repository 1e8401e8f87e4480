import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineStore
import Testing
@testable import store_data

/// The generator's promises: the same arguments give the same store, with the trainees
/// and misses a review benchmark needs.
struct StoreGeneratorTests {
    static let content = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    func generate(into path: String) throws -> SQLiteStore {
        let catalog = CatalogLoader.load(root: Self.content).catalog
        let generator = try StoreGenerator(catalog: catalog, trainees: 9, turnsPerSession: 4, seed: 1)
        let store = try SQLiteStore(path: path)
        let end = Date(timeIntervalSince1970: 1_782_691_200)
        try store.insertBulk(generator.plan(sessions: 90, weeks: 4, end: end).map(generator.session))
        return store
    }

    @Test func theSameArgumentsGiveTheSameStore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("store-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try generate(into: folder.appendingPathComponent("a.sqlite").path)
        let second = try generate(into: folder.appendingPathComponent("b.sqlite").path)
        #expect(try first.sessionCount() == 90)
        let trainees = try first.trainees()
        #expect(trainees.count == 9)
        #expect(trainees.contains { $0.contains(",") })
        #expect(trainees.contains { $0.unicodeScalars.contains { $0.value >= 0x600 && $0.value < 0x700 } })
        let a = try first.exportPage(ReviewFilter(), after: nil, limit: 200)
        let b = try second.exportPage(ReviewFilter(), after: nil, limit: 200)
        #expect(a.count == 90)
        #expect(a == b)
        #expect(a.flatMap(\.turns).contains { $0.findings.contains { $0.outcome == .missed } })
    }
}
