import Foundation
import GRDB

/// Stores at an older schema version, for tests of later migrations (internal).
extension SQLiteStore {
    /// An in-memory store migrated only up to `migration`.
    static func inMemory(upTo migration: String) throws -> SQLiteStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        let queue = try DatabaseQueue(configuration: configuration)
        try StoreSchema.migrator.migrate(queue, upTo: migration)
        return SQLiteStore(writer: queue, path: ":memory:")
    }

    /// Runs the migrations this build knows that the store has not had yet.
    func migrateToLatest() throws {
        try StoreSchema.migrator.migrate(writer)
    }
}

extension SQLiteStore {
    /// Creates a store file migrated only up to `migration`, and closes it (tests).
    static func createFile(path: String, upTo migration: String) throws {
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue, upTo: migration)
        try queue.close()
    }
}
