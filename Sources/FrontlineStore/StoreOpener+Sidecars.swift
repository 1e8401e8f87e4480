import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StoreOpener {
    /// The files SQLite may create beside a database: the write-ahead log, its shared
    /// memory index, and the rollback journal.
    static let sidecarSuffixes = ["-wal", "-shm", "-journal"]

    /// Runs `body`, and if it refuses the file, removes what opening it created beside it.
    ///
    /// A read-only connection to a database in WAL mode creates an empty `-wal` and a
    /// 32 KiB `-shm` beside it even though it writes nothing into the database. When the
    /// file is then refused (another program's database, a newer Frontline's store), the
    /// message says it was left untouched, so nothing may be left beside it either.
    ///
    /// Only what the inspection itself can have made is removed, never another process's
    /// files that appeared meanwhile (a colleague creating the same shared store, the other
    /// program writing its database): nothing unless the file was refused (a busy or
    /// unreadable file may be in use by its owner), nothing while another process holds a
    /// lock on the database or its `-shm` (SQLite keeps one for as long as a connection is
    /// open), a `-wal` only when it is empty (a read-only connection never writes one; a
    /// `-wal` with frames holds someone's committed transactions) and never a `-journal`
    /// (a read-only connection never makes one; a hot journal is what repairs the file).
    static func leavingNothingBeside<T>(_ path: String, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        let existing = Set(["-wal", "-shm"].filter { FileManager.default.fileExists(atPath: path + $0) })
        do {
            return try body()
        } catch {
            guard error.refusesTheFile else { throw error }
            let created = Set(["-wal", "-shm"]).subtracting(existing)
            guard !created.isEmpty, !isInUse(path) else { throw error }
            if created.contains("-wal") {
                guard fileSize(path + "-wal") == 0 else { throw error }
                unlink(path + "-wal")
            }
            if created.contains("-shm") { unlink(path + "-shm") }
            throw error
        }
    }

    /// Whether another process has the database open through SQLite: it then holds a lock
    /// on the file (and in WAL mode one on the `-shm` too) for as long as its connection is
    /// open. Locks held by this process are not seen (POSIX locks are per process); callers
    /// hold no other connection to the file when they ask.
    static func isInUse(_ path: String) -> Bool {
        isLockedByAnotherProcess(path) || isLockedByAnotherProcess(path + "-shm")
    }

    /// Whether another process holds a POSIX lock on any byte of the file (F_GETLK: asks,
    /// takes nothing). A file that cannot be opened is not locked.
    static func isLockedByAnotherProcess(_ path: String) -> Bool {
        let descriptor = systemOpenForReading(path)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var probe = flock()
        probe.l_type = Int16(F_WRLCK)
        probe.l_whence = Int16(SEEK_SET)
        probe.l_start = 0
        probe.l_len = 0
        // When the question cannot be asked, the answer that harms nobody is "in use".
        guard fcntl(descriptor, F_GETLK, &probe) == 0 else { return true }
        return probe.l_type != Int16(F_UNLCK)
    }
}

extension StoreError {
    /// The file is not a store this build can use (its contents say so), as opposed to a
    /// file that could not be read just now (busy, locked, unreadable).
    var refusesTheFile: Bool {
        switch self {
        case .notADatabase, .notAProgressStore, .corrupt, .newerVersion: true
        default: false
        }
    }
}

/// open(2) for reading, at file scope: inside `StoreOpener`, `open` names its own method.
private func systemOpenForReading(_ path: String) -> Int32 { open(path, O_RDONLY) }
