import Foundation

/// Where things go when the trainee does not say: XDG folders and the login name.
public enum TraineeDefaults {
    public static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// --trainee, else FRONTLINE_TRAINEE, else the login name.
    public static func trainee(_ given: String?) -> String {
        name(given, variable: "FRONTLINE_TRAINEE", fallback: "trainee")
    }

    /// Who annotates: --supervisor, else FRONTLINE_SUPERVISOR, else the login name.
    public static func supervisor(_ given: String?) -> String {
        name(given, variable: "FRONTLINE_SUPERVISOR", fallback: "supervisor")
    }

    /// The name given, else the environment variable's, else the login name.
    static func name(_ given: String?, variable: String, fallback: String) -> String {
        if let given, !given.trimmingCharacters(in: .whitespaces).isEmpty { return given }
        if let name = environment[variable], !name.isEmpty { return name }
        if let login = getlogin().map({ String(cString: $0) }), !login.isEmpty { return login }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? fallback
    }

    /// --store, else FRONTLINE_STORE, else $XDG_DATA_HOME/frontline/progress.sqlite.
    public static func storePath(_ given: String?) -> String {
        if let given, !given.isEmpty { return given }
        if let path = environment["FRONTLINE_STORE"], !path.isEmpty { return path }
        return xdg("XDG_DATA_HOME", fallback: ".local/share") + "/frontline/progress.sqlite"
    }

    /// $XDG_STATE_HOME/frontline/history/<trainee> (readline history, per trainee).
    public static func historyPath(trainee: String) -> String {
        let safe = trainee.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_" ? String($0) : "_" }.joined()
        return xdg("XDG_STATE_HOME", fallback: ".local/state") + "/frontline/history/\(safe.isEmpty ? "trainee" : safe)"
    }

    public static func xdg(_ variable: String, fallback: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/" + fallback
    }
}
