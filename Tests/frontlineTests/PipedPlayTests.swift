import Foundation
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
