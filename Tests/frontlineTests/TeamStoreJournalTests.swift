import Foundation
import Testing

/// "Nothing lost when the network is not there": a trainee plays on a PostgreSQL team
/// store whose server is stopped after the first reply and started again before the
/// third. The turns are kept in the local journal and delivered exactly once, in order.
///
/// The test runs its own throwaway server (`scripts/with-postgres`, nested) so that
/// stopping it cannot disturb the other tests' server. Needs a build with the PostgreSQL
/// trait and PostgreSQL installed (`scripts/test` sees to both).
@Suite("Team store journal", .enabled(if: TeamStoreAvailability.isAvailable))
struct TeamStoreJournalTests {
    static let replies = [
        "Mr Okafor, I'm really sorry. This is your third call, you've been without internet since Monday and the callback you were promised never came - I can hear how frustrating that is. I'm going to stay with this until it's sorted.",
        "The line test shows your router is fine - the fault is on the line between the street cabinet and your home. I've booked an engineer for tomorrow morning, between 8am and 1pm, and they'll ring you 30 minutes before.",
        "I completely understand why you're annoyed, Mr Okafor - you shouldn't pay for days you couldn't use. I've applied a credit of £5 for each day since Monday, so £15 so far on your next bill. I've also added a free 50GB data boost to your Brightwave mobile so you can use it as a hotspot tonight.",
    ]

    @Test("the server stops mid-session and comes back: every turn is stored once, in order; a killed session's turns go with sync")
    func serverStopsAndReturns() throws {
        let folder = try Binary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        // The driver waits for what a trainee would see before each next step.
        let driver = """
            set -u
            cd \(quoted(folder.path))
            export XDG_STATE_HOME="$PWD/state" XDG_DATA_HOME="$PWD/data" NO_COLOR=1
            wait_for() { for _ in $(seq 1 300); do [ "$(grep -c "$1" out)" -ge "${2:-1}" ] && return 0; sleep 0.1; done; echo "TIMEOUT waiting for $1"; cat out; exit 3; }
            \(quoted(Binary.path)) admin setup --store "$FRONTLINE_TEST_POSTGRES" >/dev/null || exit 4
            mkfifo in
            ( \(quoted(Binary.path)) play angry-caller --store "$FRONTLINE_TEST_POSTGRES" --trainee Ava <in >out 2>&1; echo "PLAY EXIT $?" >>out ) &
            exec 3>in
            wait_for "Marcus:"
            echo \(quoted(Self.replies[0])) >&3
            wait_for " Overall " 1
            "$FRONTLINE_TEST_POSTGRES_CTL" stop </dev/null >/dev/null 2>&1
            echo \(quoted(Self.replies[1])) >&3
            wait_for "cannot be reached"
            "$FRONTLINE_TEST_POSTGRES_CTL" start </dev/null >/dev/null 2>&1
            echo \(quoted(Self.replies[2])) >&3
            wait_for "PLAY EXIT"
            exec 3>&-
            # A second session is killed while the server is away; 'frontline sync' delivers its turn.
            mkfifo in2
            ( exec \(quoted(Binary.path)) play angry-caller --store "$FRONTLINE_TEST_POSTGRES" --trainee Ava <in2 >out2 2>&1 ) &
            player=$!
            exec 4>in2
            for _ in $(seq 1 300); do grep -q "Marcus:" out2 && break; sleep 0.1; done
            "$FRONTLINE_TEST_POSTGRES_CTL" stop </dev/null >/dev/null 2>&1
            echo \(quoted(Self.replies[0])) >&4
            for _ in $(seq 1 300); do grep -q "cannot be reached" out2 && break; sleep 0.1; done
            kill -9 "$player"; wait "$player" 2>/dev/null
            exec 4>&-
            "$FRONTLINE_TEST_POSTGRES_CTL" start </dev/null >/dev/null 2>&1
            echo "SYNC $(\(quoted(Binary.path)) sync --store "$FRONTLINE_TEST_POSTGRES")"
            echo "TURNS $(psql -tAc "SELECT string_agg(session_id || ':' || turn_index, ',' ORDER BY session_id, turn_index) FROM turns")"
            echo "SESSIONS $(psql -tAc "SELECT string_agg(status || '/' || turn_count, ',' ORDER BY id) FROM sessions")"
            echo "JOURNAL $(ls state/frontline/journal | wc -l)"
            cat out
            """
        try driver.write(to: folder.appendingPathComponent("driver.sh"), atomically: true, encoding: .utf8)
        let script = Binary.repository.appendingPathComponent("scripts/with-postgres").path
        let status = try Spawn.run(["/bin/bash", script, "--", "/bin/bash", folder.appendingPathComponent("driver.sh").path],
                                   output: folder.appendingPathComponent("driver.log").path, timeout: 240)
        let log = (try? String(contentsOf: folder.appendingPathComponent("driver.log"), encoding: .utf8)) ?? ""
        #expect(status == 0, "\(log)")
        #expect(log.contains("TURNS 1:0,1:1,1:2,2:0"), "\(log)")
        #expect(log.contains("SESSIONS completed/3,in_progress/1"), "\(log)")
        #expect(log.contains("SYNC Delivered 1 kept entry"), "\(log)")
        #expect(log.contains("JOURNAL 0"), "\(log)")
        #expect(log.contains("your turns are kept on this computer"), "\(log)")
        #expect(log.contains("The team store is back"), "\(log)")
        #expect(log.contains("PLAY EXIT 0"), "\(log)")
    }
}

enum TeamStoreAvailability {
    /// Built with the PostgreSQL trait, and run where PostgreSQL is (scripts/test).
    static var isAvailable: Bool {
        #if PostgreSQL
        ProcessInfo.processInfo.environment["FRONTLINE_TEST_POSTGRES"] != nil
        #else
        false
        #endif
    }
}

/// Runs a command with posix_spawn, its output to a file, and waits for it (with a limit).
/// Not Foundation's Process: the command starts a server that outlives its parent.
enum Spawn {
    static func run(_ arguments: [String], output: String, timeout: Double) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            throw CocoaError(.executableLoad)
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if Date() > deadline {
                kill(pid, SIGTERM)
                _ = waitpid(pid, &status, 0)
                return -1
            }
            usleep(100_000)
        }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
