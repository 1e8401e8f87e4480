import Foundation
import FrontlineStore
#if PostgreSQL
import FrontlinePostgres
#endif

/// A problem with the benchmark's data or environment, printed as "Error: …".
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Where generated data goes: a store file, or a postgres://… team store (with the
/// PostgreSQL trait). The same spelling as frontline's --store.
enum StoreTarget: Equatable {
    case file(String)
    case postgres(String)

    init(_ text: String) {
        self = text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") ? .postgres(text) : .file(text)
    }

    var display: String {
        switch self {
        case .file(let path): NSString(string: path).expandingTildeInPath
        case .postgres(let url):
            #if PostgreSQL
            (try? PostgresLocation(url: url).description) ?? url
            #else
            url.replacingOccurrences(of: #":[^:@/]*@"#, with: "@", options: .regularExpression)
            #endif
        }
    }

    /// Opens the store for writing (migrating it).
    func open() throws(StoreError) -> any ProgressStore {
        switch self {
        case .file(let path): return try SQLiteStore(path: NSString(string: path).expandingTildeInPath)
        case .postgres(let url):
            #if PostgreSQL
            return try PostgresStore(url: url)
            #else
            throw .failed("store-data was built without PostgreSQL support; build it with --traits PostgreSQL to fill \(display)")
            #endif
        }
    }
}

/// The content folder: $FRONTLINE_CONTENT, else the current folder if it has Scenarios/,
/// else the checkout this tool was built in.
enum ContentLocation {
    static func resolve() -> String {
        if let configured = ProcessInfo.processInfo.environment["FRONTLINE_CONTENT"], !configured.isEmpty { return configured }
        let fm = FileManager.default
        let cwd = fm.currentDirectoryPath
        if fm.fileExists(atPath: cwd + "/Scenarios") { return cwd }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<7 {
            if fm.fileExists(atPath: dir.appendingPathComponent("Scenarios").path) { return dir.path }
            dir.deleteLastPathComponent()
        }
        return cwd
    }
}
