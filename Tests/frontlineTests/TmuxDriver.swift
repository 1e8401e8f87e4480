import Foundation

/// Drives the real `frontline` binary in a tmux pane, as a person would: send keys,
/// read the screen.
final class TmuxDriver {
    let session: String
    private(set) var started = false

    init(name: String = "fl-\(UUID().uuidString.prefix(8))") {
        session = name
    }

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/bin/tmux")
    }

    /// Starts `command` (a shell line) in a detached pane of the given size.
    func start(_ command: String, in directory: URL, environment: [String: String] = [:], width: Int = 100, height: Int = 40) throws {
        let env = environment.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
        // Starting the first session forks the tmux server, which inherits our pipes: read
        // nothing here, or we would wait for the server to exit.
        try run(["new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), "-c", directory.path,
                 "env LANG=C.UTF-8 TERM=xterm-256color \(env) \(command); echo FRONTLINE-EXITED $?; sleep 30"], capture: false)
        started = true
    }

    func send(_ keys: String...) throws {
        try run(["send-keys", "-t", session] + keys)
    }

    /// Types text literally (no key names).
    func type(_ text: String) throws {
        try run(["send-keys", "-t", session, "-l", text])
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-J", "-S", "-200", "-t", session])
    }

    /// Waits until the screen contains `text`; returns the screen.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw TmuxError("timed out waiting for \"\(text)\"; the screen shows:\n\(last)")
    }

    func stop() {
        if started { _ = try? run(["kill-session", "-t", session]) }
    }

    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux"] + arguments
        let pipe = Pipe()
        process.standardOutput = capture ? pipe : FileHandle.nullDevice
        process.standardError = capture ? pipe : FileHandle.nullDevice
        try process.run()
        let data = capture ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        if process.terminationStatus != 0 { throw TmuxError("tmux \(arguments.first ?? ""): \(output)") }
        return output
    }

    private func shellQuote(_ value: String) -> String { "'" + value.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}

struct TmuxError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
