import Foundation
import FrontlineStore
#if PostgreSQL
import FrontlinePostgres
#endif

/// Where the progress store is: a file (the default, SQLite) or a PostgreSQL team store,
/// from --store, else FRONTLINE_STORE, else $XDG_DATA_HOME/frontline/progress.sqlite.
public enum StoreLocation: Equatable, Sendable {
    case file(String)
    case postgres(String)

    public static let optionHelp = "Progress store: a file, or a postgres://USER@HOST:PORT/DATABASE team store (default: $FRONTLINE_STORE, then $XDG_DATA_HOME/frontline/progress.sqlite)."

    public init(_ given: String?) {
        let text = TraineeDefaults.storePath(given)
        self = text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") ? .postgres(text) : .file(text)
    }

    /// The local file a trainee can fall back to when the team store cannot be reached.
    public static var localDefault: String { TraineeDefaults.xdg("XDG_DATA_HOME", fallback: ".local/share") + "/frontline/progress.sqlite" }

    /// Whether there is anything to read yet (a PostgreSQL store always answers for itself).
    public var exists: Bool {
        switch self {
        case .file(let path): FileManager.default.fileExists(atPath: NSString(string: path).expandingTildeInPath)
        case .postgres: true
        }
    }

    public var display: String {
        switch self {
        case .file(let path): NSString(string: path).expandingTildeInPath
        case .postgres(let url): (try? Self.postgresDescription(url)) ?? url
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

    public static func postgresDescription(_ url: String) throws -> String {
        #if PostgreSQL
        return try PostgresLocation(url: url).description
        #else
        return url.replacingOccurrences(of: #":[^:@/]*@"#, with: "@", options: .regularExpression)
        #endif
    }
}
