/// What can go wrong opening or writing the progress store, in words a trainee can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notADatabase(path: String)
    /// An SQLite database, but another program's: Frontline will not write into it.
    case notAProgressStore(path: String)
    case corrupt(path: String, detail: String)
    case readOnly(path: String)
    case newerVersion(path: String, migration: String)
    case cannotCreate(path: String, detail: String)
    /// The store path names a folder (every command says so in the same words).
    case folder(path: String)
    case unknownSession(String)
    /// The database server could not be reached (or the connection dropped).
    case unreachable(location: String, detail: String)
    /// The database refused: this login's role may not read or change that.
    case denied(location: String, detail: String)
    case failed(String)

    public var description: String {
        switch self {
        case .notADatabase(let path):
            "\(path) is not a Frontline progress store (not an SQLite database); it was left untouched. Use --store to pick another file."
        case .notAProgressStore(let path):
            "\(path) is an SQLite database of another program, not a Frontline progress store; it was left untouched. Use --store to pick another file."
        case .corrupt(let path, let detail):
            "\(path) is damaged (\(detail)); it was left untouched. Restore it from a backup or use --store to pick another file."
        case .readOnly(let path):
            "\(path) is read-only, so sessions cannot be saved. Fix its permissions or use --store to pick another file."
        case .newerVersion(let path, let migration):
            "\(path) was written by a newer Frontline (it has migration '\(migration)'); upgrade Frontline to use it. The file was left untouched."
        case .folder(let path):
            "\(path) is a folder, not a progress store file; it was left untouched. Use --store to pick a file (a new name creates one)."
        case .cannotCreate(let path, let detail):
            "cannot create the progress store at \(path): \(detail)"
        case .unknownSession(let id):
            "no session '\(id)'"
        case .unreachable(let location, let detail):
            "cannot reach the team store at \(location): \(detail)"
        case .denied(let location, let detail):
            "the team store at \(location) refused: \(detail). Ask your supervisor or manager if you need this."
        case .failed(let detail):
            "the progress store failed: \(detail)"
        }
    }
}
