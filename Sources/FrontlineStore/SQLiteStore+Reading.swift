import Foundation
import GRDB

extension SQLiteStore {
    /// Opens an existing store to read it (reviews, transcripts, exports) through a
    /// read-only connection: nothing is locked, written or checkpointed. A store that
    /// still needs a migration, or holds sessions marked in progress whose process may be
    /// gone, is opened as usual instead (migrated, and such sessions marked interrupted),
    /// so what is read is always current. A missing file is an error, never created.
    public static func openForReading(path: String) throws(StoreError) -> SQLiteStore {
        let path = NSString(string: path).expandingTildeInPath
        guard FileManager.default.fileExists(atPath: path) else {
            throw .cannotCreate(path: path, detail: "there is no store there yet")
        }
        if let queue = try StoreOpener.openReadOnly(path: path) {
            let store = SQLiteStore(writer: queue, path: path)
            if try !store.hasSessionsInProgress() { return store }
            try? queue.close()
        }
        let store = try SQLiteStore(path: path)
        try store.markInterruptedSessions()
        return store
    }

    func hasSessionsInProgress() throws(StoreError) -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sessions WHERE status = 'in_progress')") ?? false
        }
    }
}

extension StoreOpener {
    /// A read-only connection to a healthy store that has every migration this build knows;
    /// nil when it needs migrating first (or is new and empty). Refuses, untouched, what
    /// `open` would refuse, with the same checks, made on this one connection.
    static func openReadOnly(path: String) throws(StoreError) -> DatabaseQueue? {
        guard try hasStoreHeader(path: path) else { return nil }
        do {
            let queue = try DatabaseQueue(path: path, configuration: readOnlyConfiguration(label: "FrontlineStore"))
            let size = fileSize(path)
            let current = try queue.read { db -> Bool in
                try inspect(db, path: path, fullCheck: size <= fullCheckLimit)
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == StoreSchema.applicationId else { return false }
                return try StoreSchema.migrator.hasCompletedMigrations(db)
            }
            if current { return queue }
            try queue.close()
            return nil
        } catch {
            throw readError(error, path: path)
        }
    }
}
