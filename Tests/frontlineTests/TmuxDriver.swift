import Foundation

/// Drives the real `frontline` binary in a tmux pane, as a person would: send keys,
/// read the screen. One terminal test runs at a time (a process-wide lock from start to
/// stop): tests that raced to start tmux servers in parallel hung on inherited pipes.
/// Each driver runs its own tmux server (`-L`, a socket named after the session): on the
/// shared default server, another suite's last `kill-session` (or another user's tests on
/// the same machine) could shut the server down just as this one started a session.
final class TmuxDriver {
    let session: String
    private(set) var started = false
    private static let exclusive = NSLock()

    init(name: String = "fl-\(UUID().uuidString.prefix(8))") {
        session = name
    }

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") || FileManager.default.isExecutableFile(atPath: "/bin/tmux")
    }

    /// Starts `command` (a shell line) in a detached pane of the given size.
    func start(_ command: String, in directory: URL, environment: [String: String] = [:], width: Int = 100, height: Int = 40) throws {
        Self.exclusive.lock()
        started = true
        let env = environment.map { "\($0.key)=\(shellQuote($0.value))" }.joined(separator: " ")
        // Starting the first session forks the tmux server, which inherits our pipes: read
        // nothing here, or we would wait for the server to exit.
        try Self.spawnDetached(["tmux", "-L", session, "new-session", "-d", "-s", session, "-x", String(width), "-y", String(height), "-c", directory.path,
                                "env LANG=C.UTF-8 TERM=xterm-256color \(env) \(command); echo FRONTLINE-EXITED $?; sleep 30"])
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
        guard started else { return }
        _ = try? run(["kill-server"])
        started = false
        Self.exclusive.unlock()
    }

    /// Runs a command that may fork a daemon (the tmux server) without Foundation's
    /// Process: the daemon would inherit the descriptor Process watches, and
    /// waitUntilExit would never return. Standard streams go to /dev/null and every other
    /// descriptor is closed in the child.
    static func spawnDetached(_ arguments: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in 0...2 { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        // The shell closes every inherited descriptor above 2, then becomes the command.
        let closer = "for fd in /proc/$$/fd/*; do n=${fd##*/}; [ \"$n\" -gt 2 ] && eval \"exec $n>&-\" 2>/dev/null; done; exec \"$@\""
        let argv = (["/bin/bash", "-c", closer, "bash"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ)
        guard spawned == 0 else { throw TmuxError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        guard status == 0 else {
            let named = arguments.count > 3 && arguments[1] == "-L" ? [arguments[0], arguments[3]] : Array(arguments.prefix(2))
            throw TmuxError("\(named.joined(separator: " ")) failed with status \(status)")
        }
    }

    @discardableResult
    private func run(_ arguments: [String], capture: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", session] + arguments
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
