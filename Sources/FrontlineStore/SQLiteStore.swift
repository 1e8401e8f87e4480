import Foundation
import GRDB

/// The embedded progress store: every session, turn and finding of every trainee, in one
/// SQLite file (WAL, so several trainees can share it) or in memory.
///
/// Each call is its own transaction, committed before it returns, so a killed process
/// loses nothing it had recorded. No GRDB type appears in this API.
public final class SQLiteStore: ProgressStore, @unchecked Sendable {
    /// How long a write waits for another process holding the file's write lock.
    static let busyTimeout: TimeInterval = 10

    /// The file (":memory:" for an in-memory store), as used in error messages.
    public let path: String
    public var location: String { path }
    let writer: DatabaseQueue
    /// The process recorded on the sessions this store starts.
    let process: ProcessIdentity

    init(writer: DatabaseQueue, path: String, process: ProcessIdentity = .current) {
        self.writer = writer
        self.path = path
        self.process = process
    }

    /// Opens the store at `path`, creating the folder and the file on first use. An existing
    /// file is checked read-only first and left untouched unless it is a healthy store of
    /// this or an older version.
    public convenience init(path: String) throws(StoreError) {
        let path = NSString(string: path).expandingTildeInPath
        self.init(writer: try StoreOpener.open(path: path), path: path)
    }

    /// A store that lives as long as the value: for tests and `--no-store` runs.
    public static func inMemory() throws(StoreError) -> SQLiteStore {
        let path = ":memory:"
        do {
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.label = "FrontlineStore"
            let queue = try DatabaseQueue(configuration: configuration)
            try StoreOpener.migrate(queue, path: path)
            return SQLiteStore(writer: queue, path: path)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    /// One write transaction (BEGIN IMMEDIATE, so the busy timeout applies), committed on return.
    func write<T>(_ updates: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(updates)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(value)
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }
}
