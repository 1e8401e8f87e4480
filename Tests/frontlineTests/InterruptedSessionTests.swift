import Foundation
import Testing
import FrontlineStore

/// A killed process loses nothing already graded, and the next command that writes to
/// the store marks its session as interrupted (reading commands change nothing).
@Suite(.enabled(if: TmuxDriver.available, "tmux is not installed (scripts/setup installs it)"))
struct InterruptedSessionTests {
    @Test func aKilledSessionKeepsItsTurnsAndIsMarkedInterrupted() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("progress.sqlite").path
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try tmux.start("\(Binary.path) play refund-request --trainee killed --seed 0", in: Binary.repository,
                       environment: ["FRONTLINE_STORE": store, "XDG_STATE_HOME": folder.path])
        try tmux.waitFor("Dana: Hi.")
        try tmux.type("I'm so sorry, Dana. What's your order number?")
        try tmux.send("Enter")
        try tmux.waitFor("It's KX-20931")
        let killed = Process()
        killed.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        killed.arguments = ["-KILL", "-f", "^\(Binary.path) play refund-request --trainee killed"]
        try killed.run()
        killed.waitUntilExit()
        try tmux.waitFor("FRONTLINE-EXITED 137")

        let before = try SQLiteStore(path: store)
        let session = try #require(try before.sessions(trainee: "killed", scenario: nil, limit: 1).first)
        #expect(session.status == .inProgress)
        #expect(try before.turns(session: session.id).count == 1, "the graded turn was committed before the kill")

        // A command that only reads leaves the store as it found it…
        let listed = try Binary.run(["list", "--trainee", "killed"], environment: ["FRONTLINE_STORE": store])
        #expect(listed.status == 0)
        guard case .current(let reader) = try SQLiteStore.openReadOnly(path: store) else {
            Issue.record("the store was not current")
            return
        }
        #expect(try reader.session(session.id)?.status == .inProgress)
        try reader.close()
        // …and the next command that writes notices the dead process.
        let synced = try Binary.run(["sync"], environment: ["FRONTLINE_STORE": store])
        #expect(synced.status == 0, "\(synced.err)")
        let after = try SQLiteStore(path: store)
        #expect(try after.session(session.id)?.status == .interrupted)
        #expect(try after.turns(session: session.id).count == 1)
    }

    @Test func sigtermEndsCleanlyAndSaves() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("progress.sqlite").path
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try tmux.start("\(Binary.path) play refund-request --trainee termed --seed 0", in: Binary.repository,
                       environment: ["FRONTLINE_STORE": store, "XDG_STATE_HOME": folder.path])
        try tmux.waitFor("Dana: Hi.")
        try tmux.type("half a reply")
        let term = Process()
        term.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        term.arguments = ["-TERM", "-f", "^\(Binary.path) play refund-request --trainee termed"]
        try term.run()
        term.waitUntilExit()
        let screen = try tmux.waitFor("FRONTLINE-EXITED 0")
        #expect(screen.contains("Debrief: interrupted"))
        let saved = try SQLiteStore(path: store)
        #expect(try saved.sessions(trainee: "termed", scenario: nil, limit: 1).first?.status == .interrupted)
    }
}
