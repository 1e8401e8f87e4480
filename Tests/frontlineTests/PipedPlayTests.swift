import Foundation
import FrontlineStore
import Testing

/// Another program can drive a conversation through pipes, line by line: each customer
/// line is flushed before Frontline waits for the reply.
@Suite struct PipedPlayTests {
    @Test func aProgramCanConverseThroughPipes() throws {
        let folder = try Binary.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["play", "refund-request", "--trainee", "pipe", "--seed", "0",
                             "--store", folder.appendingPathComponent("p.sqlite").path]
        process.currentDirectoryURL = Binary.repository
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let reader = LineCollector(output.fileHandleForReading)
        #expect(reader.waitFor("Dana: Hi."), "the opening line arrives while Frontline waits for a reply")
        input.fileHandleForWriting.write(Data("Sorry, Dana. What is your order number?\n".utf8))
        #expect(reader.waitFor("KX-20931"), "the next line arrives after the reply")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }
}

/// A piped session that gets SIGTERM, SIGHUP or SIGINT (Ctrl-C in the shell running
/// the pipeline) ends at once and is saved as interrupted, as a terminal session is.
/// Before, the blocking read left the default action: the process died `in_progress`.
@Suite struct PipedSignalTests {
    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func aSignalEndsAndSavesAPipedSession(_ signal: Int32) throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("p.sqlite").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["play", "refund-request", "--trainee", "piped", "--seed", "0", "--store", store]
        process.currentDirectoryURL = Binary.repository
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = folder.path
        process.environment = environment
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }

        let reader = LineCollector(output.fileHandleForReading)
        #expect(reader.waitFor("Dana: Hi."))
        input.fileHandleForWriting.write(Data("Sorry, Dana. What is your order number?\n".utf8))
        #expect(reader.waitFor("KX-20931"), "one turn is graded and saved first")
        kill(process.processIdentifier, signal)
        // The pipe stays open: only the signal can end it (a process still running after
        // 10 s is killed, and the test fails rather than hangs).
        let deadline = Date().addingTimeInterval(10)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!process.isRunning, "the session must end at once")
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(reader.waitFor("Debrief: interrupted"))
        let saved = try SQLiteStore.openForReading(path: store)
        let session = try #require(try saved.sessions(trainee: "piped", scenario: nil, limit: 1).first)
        #expect(session.status == .interrupted)
        #expect(session.turnCount == 1)
    }
}

/// Collects a pipe's output on a background thread so a test can wait for a line.
final class LineCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var text = ""

    init(_ handle: FileHandle) {
        handle.readabilityHandler = { [weak self] h in
            let data = h.availableData
            guard let self, !data.isEmpty else { return }
            self.lock.withLock { self.text += String(decoding: data, as: UTF8.self) }
        }
    }

    func waitFor(_ needle: String, timeout: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if lock.withLock({ text.contains(needle) }) { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}
