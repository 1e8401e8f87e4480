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
        let readOnly = try StoreOpener.openReadOnly(path: path).map { SQLiteStore(writer: $0, path: path) }
        if let readOnly, try !readOnly.hasSessionsInProgress() { return readOnly }
        do {
            let store = try SQLiteStore(path: path)
            try? readOnly?.close()
            try store.markInterruptedSessions()
            return store
        } catch .readOnly {
            // Nothing will be saved, so "sessions cannot be saved" is beside the point:
            // a current store is read as it is (sessions in progress shown as such).
            if let readOnly { return readOnly }
            throw .failed("\(path) is read-only and was written by an older Frontline, which must update it before it can be read; make it writable once (or copy it) and run the command again")
        }
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
        return try leavingNothingBeside(path) { () throws(StoreError) -> DatabaseQueue? in try readOnlyQueue(path: path) }
    }

    private static func readOnlyQueue(path: String) throws(StoreError) -> DatabaseQueue? {
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
