import Foundation

extension StoreOpener {
    /// The files SQLite may create beside a database: the write-ahead log, its shared
    /// memory index, and the rollback journal.
    static let sidecarSuffixes = ["-wal", "-shm", "-journal"]

    /// Runs `body`, and if it refuses the file, removes what opening it created beside it.
    ///
    /// A read-only connection to a database in WAL mode creates an empty `-wal` and a
    /// 32 KiB `-shm` beside it even though it writes nothing into the database. When the
    /// file is then refused (another program's database, a newer Frontline's store), the
    /// message says it was left untouched, so nothing may be left beside it either. Only
    /// files that were not there before are removed.
    static func leavingNothingBeside<T>(_ path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let existing = Set(sidecarSuffixes.filter { FileManager.default.fileExists(atPath: path + $0) })
        do {
            return try body()
        } catch {
            for suffix in sidecarSuffixes where !existing.contains(suffix) {
                unlink(path + suffix)
            }
            throw error
        }
    }
}
