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

    /// Why `resolve` chose `content`, for messages: "$FRONTLINE_CONTENT", "the current folder"…
    static func origin(of content: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let configured = environment["FRONTLINE_CONTENT"], !configured.isEmpty { return "FRONTLINE_CONTENT=\(configured)" }
        if same(content, FileManager.default.currentDirectoryPath) { return "the current folder" }
        return "\(content) (where frontline was built; set FRONTLINE_CONTENT to use another folder)"
    }

    /// What to say when scenario `id` is not in `content`: where Frontline looked and, when
    /// the scenario is in a folder nearby (./Scenarios, this folder, ../Scenarios), the
    /// command that points Frontline at it.
    static func missingScenario(_ id: String, content: String, known: [String], command: String = "play",
                                environment: [String: String] = ProcessInfo.processInfo.environment,
                                currentFolder: String = FileManager.default.currentDirectoryPath) -> String {
        let hint = id.didYouMean(known)
        var message = "no scenario '\(id)' in \(origin(of: content, environment: environment))\(hint.isEmpty ? "." : hint)"
        if let root = nearbyContent(holding: id, from: currentFolder), !same(root, content) {
            let file = (root as NSString).appendingPathComponent("Scenarios/\(id).yaml")
            message += "\nThere is one in \(file): point Frontline at that folder with\n"
                + "  FRONTLINE_CONTENT=\(shellQuoted(root)) frontline \(command) \(id)\n"
                + "or 'export FRONTLINE_CONTENT=\(shellQuoted(root))' for the rest of this shell session."
        } else if !known.isEmpty {
            message += " Available: \(known.sorted().joined(separator: ", "))"
        }
        return message
    }

    /// The content folder (the one holding Scenarios/) that has `<id>.yaml`, looking in the
    /// current folder, the folder above (when standing in Scenarios/) and ../Scenarios.
    static func nearbyContent(holding id: String, from folder: String) -> String? {
        let fm = FileManager.default
        let parent = (folder as NSString).deletingLastPathComponent
        for root in [folder, parent] {
            let scenarios = (root as NSString).appendingPathComponent("Scenarios")
            for ext in ["yaml", "yml"] where fm.fileExists(atPath: (scenarios as NSString).appendingPathComponent("\(id).\(ext)")) {
                return root
            }
        }
        return nil
    }

    static func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
            == URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// A path as it can be pasted into a POSIX shell.
    static func shellQuoted(_ path: String) -> String {
        path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+".contains($0) } ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
