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
        let header = try readHeader(path: path)
        if header.isEmpty { return nil }
        guard header.starts(with: sqliteMagic) else { throw .notADatabase(path: path) }
        guard header.count == 100 else { throw .corrupt(path: path, detail: "the file ends inside its header") }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(SQLiteStore.busyTimeout)
            configuration.foreignKeysEnabled = true
            configuration.label = "FrontlineStore"
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let size = fileSize(path)
            let current = try queue.read { db -> Bool in
                try inspect(db, path: path, fullCheck: size <= fullCheckLimit)
                guard try Int32.fetchOne(db, sql: "PRAGMA application_id") == StoreSchema.applicationId else { return false }
                return try StoreSchema.migrator.hasCompletedMigrations(db)
            }
            if current { return queue }
            try queue.close()
            return nil
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .corrupt(path: path, detail: error.message ?? "not a database past its header")
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }
}
