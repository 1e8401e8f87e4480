import Foundation
import GRDB

/// Opening a store file without ever harming an existing file: the header is read first,
/// then the database is inspected through a read-only connection, and only a healthy
/// Frontline store (or a new, empty file) is opened for writing and migrated.
enum StoreOpener {
    static let sqliteMagic = Array("SQLite format 3\0".utf8)

    static func open(path: String) throws(StoreError) -> DatabaseQueue {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw .folder(path: path) }
            try inspect(path: path)
        } else {
            let folder = NSString(string: path).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotCreate(path: path, detail: "cannot create the folder \(folder): \(error.localizedDescription)")
                }
            }
        }
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(SQLiteStore.busyTimeout)
            configuration.journalMode = .wal
            configuration.foreignKeysEnabled = true
            configuration.label = "FrontlineStore"
            // Checkpoints run when a session ends (SQLiteStore.checkpoint), not inside a
            // turn's commit, so no turn pays for copying the log back into the file.
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
            let queue = try retryingWhileBusy { try DatabaseQueue(path: path, configuration: configuration) }
            try requireWritable(queue)
            try migrate(queue, path: path)
            return queue
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// Refuses, without writing a byte, a file that is not a healthy Frontline store this
    /// build can use. An empty file is accepted: SQLite treats it as a new database.
    static func inspect(path: String) throws(StoreError) {
        guard try hasStoreHeader(path: path) else { return }
        try leavingNothingBeside(path) { () throws(StoreError) in
            do {
                let queue = try DatabaseQueue(path: path, configuration: readOnlyConfiguration(label: "FrontlineStore inspection"))
                defer { try? queue.close() }
                try queue.read { db in try inspect(db, path: path, fullCheck: fileSize(path) <= fullCheckLimit) }
            } catch {
                throw readError(error, path: path)
            }
        }
    }

    /// The header checks made before SQLite sees a file: false for an empty file (a new
    /// store); throws for a file that is not SQLite or ends inside its header.
    static func hasStoreHeader(path: String) throws(StoreError) -> Bool {
        let header = try readHeader(path: path)
        if header.isEmpty { return false }
        guard header.starts(with: sqliteMagic) else { throw .notADatabase(path: path) }
        guard header.count == 100 else { throw .corrupt(path: path, detail: "the file ends inside its header") }
        return true
    }

    /// A connection that reads only and waits for a writer's lock like every other one.
    static func readOnlyConfiguration(label: String) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(SQLiteStore.busyTimeout)
        configuration.label = label
        return configuration
    }

    /// An error met while reading a store as the trainee should hear it: a file whose
    /// header said SQLite but whose rest disagrees is `corrupt`.
    static func readError(_ error: any Error, path: String) -> StoreError {
        if let error = error as? DatabaseError, error.resultCode == .SQLITE_NOTADB {
            return .corrupt(path: path, detail: error.message ?? "not a database past its header")
        }
        return StoreError.wrapping(error, path: path)
    }

    /// Files up to this size get a full `quick_check` when opened (a few milliseconds).
    /// Larger stores (years of history) would take seconds, so they get the schema and
    /// header checks only; damage elsewhere surfaces as `corrupt` when it is read.
    static let fullCheckLimit = 8 << 20

    /// The file's size in bytes (0 when it cannot be read), from stat(2): FileManager's
    /// attributes also look up the owner's user and group names, which costs a review
    /// about half a millisecond.
    static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    static func inspect(_ db: Database, path: String, fullCheck: Bool) throws {
        if fullCheck {
            let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
            guard check == ["ok"] else {
                throw StoreError.corrupt(path: path, detail: check.prefix(3).joined(separator: "; "))
            }
        }
        let applicationId = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationId != StoreSchema.applicationId {
            // GRDB creates grdb_migrations before (and outside) the first migration, so another
            // process may be caught between the two: that is a new store too.
            let objects = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                """) ?? 0
            // No objects at all: a new file whose first migration has not run yet.
            if objects > 0 { throw StoreError.notAProgressStore(path: path) }
            return
        }
        try requireKnownMigrations(db, path: path)
    }

    static func requireKnownMigrations(_ db: Database, path: String) throws {
        let applied = try StoreSchema.migrator.appliedIdentifiers(db)
        let unknown = applied.subtracting(StoreSchema.knownMigrations).sorted()
        if let first = unknown.first { throw StoreError.newerVersion(path: path, migration: first) }
    }

    /// The first 100 bytes (SQLite's header), or fewer for a short file.
    static func readHeader(path: String) throws(StoreError) -> [UInt8] {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .folder(path: path)
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .cannotCreate(path: path, detail: "the file cannot be read")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw .cannotCreate(path: path, detail: "the file cannot be read: \(error.localizedDescription)")
        }
    }

    /// SQLite silently opens a file it may not write read-only; writes then fail. Ask for
    /// the write lock now (and write nothing) so the trainee hears it before playing.
    private static func requireWritable(_ queue: DatabaseQueue) throws {
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "BEGIN IMMEDIATE")
            try db.execute(sql: "ROLLBACK")
        }
    }

    /// Runs the migrations this build knows. Two processes opening a new shared file at
    /// once may race on the first migration: the loser retries and finds it applied.
    static func migrate(_ queue: DatabaseQueue, path: String) throws {
        try retrying(on: [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_ERROR], attempts: 5, pause: 0.05) {
            try StoreSchema.migrator.migrate(queue)
        }
        try queue.read { db in try requireKnownMigrations(db, path: path) }
    }
}
