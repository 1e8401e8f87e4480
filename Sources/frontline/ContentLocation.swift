import Foundation

/// Where the scenarios and rubrics live: $FRONTLINE_CONTENT, else the current folder if it
/// has Scenarios/, else the checkout the executable was built in (for `swift run`).
enum ContentLocation {
    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let configured = environment["FRONTLINE_CONTENT"], !configured.isEmpty { return configured }
        let fm = FileManager.default
        let cwd = fm.currentDirectoryPath
        if fm.fileExists(atPath: cwd + "/Scenarios") { return cwd }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if fm.fileExists(atPath: dir.appendingPathComponent("Scenarios").path) { return dir.path }
            dir.deleteLastPathComponent()
        }
        return cwd
    }
}
