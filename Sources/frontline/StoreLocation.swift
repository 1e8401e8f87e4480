import Foundation
import FrontlineStore
#if PostgreSQL
import FrontlinePostgres
#endif

/// Where the progress store is: a file (the default, SQLite) or a PostgreSQL team store,
/// from --store, else FRONTLINE_STORE, else $XDG_DATA_HOME/frontline/progress.sqlite.
enum StoreLocation: Equatable {
    case file(String)
    case postgres(String)

    static let optionHelp = "Progress store: a file, or a postgres://USER@HOST:PORT/DATABASE team store (default: $FRONTLINE_STORE, then $XDG_DATA_HOME/frontline/progress.sqlite)."

    init(_ given: String?) {
        let text = TraineeDefaults.storePath(given)
        self = text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") ? .postgres(text) : .file(text)
    }

    /// The local file a trainee can fall back to when the team store cannot be reached.
    static var localDefault: String { TraineeDefaults.xdg("XDG_DATA_HOME", fallback: ".local/share") + "/frontline/progress.sqlite" }

    /// Whether there is anything to read yet (a PostgreSQL store always answers for itself).
    var exists: Bool {
        switch self {
        case .file(let path): FileManager.default.fileExists(atPath: NSString(string: path).expandingTildeInPath)
        case .postgres: true
        }
    }

    var display: String {
        switch self {
        case .file(let path): NSString(string: path).expandingTildeInPath
        case .postgres(let url): (try? Self.postgresDescription(url)) ?? url
        }
    }

    /// Opens the store for writing (migrating a file store; a team store is migrated by
    /// `frontline admin setup`, or here when this login owns it).
    func open() throws(StoreError) -> any ProgressStore {
        switch self {
        case .file(let path): return try SQLiteStore(path: path)
        case .postgres(let url): return try Self.openPostgres(url)
        }
    }

    /// Opens an existing store to read it.
    func openForReading() throws(StoreError) -> any ProgressStore {
        switch self {
        case .file(let path): return try SQLiteStore.openForReading(path: path)
        case .postgres(let url): return try Self.openPostgres(url)
        }
    }

    static func openPostgres(_ url: String) throws(StoreError) -> any ProgressStore {
        #if PostgreSQL
        return try PostgresStore(url: url)
        #else
        throw .failed("""
            this frontline was built without PostgreSQL support, so it cannot use \(url.split(separator: "@").last ?? "")
            Build it with: swift build --traits PostgreSQL   (or use a store file: --store PATH)
            """)
        #endif
    }

    static func postgresDescription(_ url: String) throws -> String {
        #if PostgreSQL
        return try PostgresLocation(url: url).description
        #else
        return url.replacingOccurrences(of: #":[^:@/]*@"#, with: "@", options: .regularExpression)
        #endif
    }
}
