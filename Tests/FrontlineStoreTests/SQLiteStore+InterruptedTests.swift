import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Interrupted sessions")
struct ProgressStoreInterruptedTests {
    static let here = ProcessIdentity.current.hostname

    @Test("a session whose process was killed is marked interrupted on the next open, its turns kept")
    func killedProcess() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let records = (0..<3).map { Fixture.turn($0) }
        // The process that "was killed": its row names a pid that no longer runs.
        let store = try SQLiteStore(path: path)
        let id = try store.startSession(Fixture.session(),
                                        process: ProcessIdentity(pid: try deadPid(), hostname: Self.here))
        for record in records {
            try store.recordTurn(session: id, record, shownAt: Fixture.shownAt(record.index))
        }
        // What a kill leaves behind: the file and its WAL as they are mid-session, never
        // checkpointed or closed (the shared-memory index is rebuilt from the WAL).
        let crashed = folder.file("crashed.sqlite")
        try FileManager.default.copyItem(atPath: path, toPath: crashed)
        try FileManager.default.copyItem(atPath: path + "-wal", toPath: crashed + "-wal")
        #expect((bytes(of: crashed + "-wal")?.count ?? 0) > 0)
        try store.close()

        let next = try SQLiteStore(path: crashed)
        #expect(try next.markInterruptedSessions() == 1)
        let session = try #require(try next.session(id))
        #expect(session.status == .interrupted)
        #expect(session.turnCount == 3)
        #expect(try next.turns(session: id).map(\.record) == records)
        #expect(try next.markInterruptedSessions() == 0)
        try next.close()
    }

    @Test("sessions of running processes, and finished sessions, are left alone", arguments: StoreKind.allCases)
    func runningProcesses(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let mine = try store.startSession(Fixture.session())
            let parent = try store.startSession(Fixture.session(), process: ProcessIdentity(pid: getppid(), hostname: Self.here))
            let finished = try store.startSession(Fixture.session(), process: ProcessIdentity(pid: try deadPid(), hostname: Self.here))
            try store.finishSession(finished, summary: Fixture.summary(overall: 80), at: Fixture.start)
            #expect(try store.markInterruptedSessions() == 0)
            #expect(try store.session(mine)?.status == .inProgress)
            #expect(try store.session(parent)?.status == .inProgress)
            #expect(try store.session(finished)?.status == .completed)
        }
    }

    @Test("a session of another machine is interrupted after 24 hours without a sign of life", arguments: StoreKind.allCases)
    func otherMachine(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let elsewhere = ProcessIdentity(pid: getpid(), hostname: "another-machine.example")
            let old = try store.startSession(Fixture.session(startedAt: Fixture.start), process: elsewhere)
            let recent = try store.startSession(Fixture.session(startedAt: Fixture.start.addingTimeInterval(86_400)),
                                                process: elsewhere)
            // A turn an hour in keeps the recent one alive longer.
            try store.recordTurn(session: recent, Fixture.turn(0), shownAt: Fixture.start.addingTimeInterval(86_400 + 3600))
            let now = Fixture.start.addingTimeInterval(2 * 86_400 + 1800)
            #expect(try store.markInterruptedSessions(now: now) == 1)
            #expect(try store.session(old)?.status == .interrupted)
            #expect(try store.session(recent)?.status == .inProgress)
        }
    }

    @Test("an interrupted session that records a turn is in progress again, and can be finished",
          arguments: StoreKind.allCases)
    func resumed(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let elsewhere = ProcessIdentity(pid: 1, hostname: "another-machine.example")
            let id = try store.startSession(Fixture.session(), process: elsewhere)
            #expect(try store.markInterruptedSessions(now: Fixture.start.addingTimeInterval(3 * 86_400)) == 1)
            try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            #expect(try store.session(id)?.status == .inProgress)
            #expect(try store.markInterruptedSessions(now: Fixture.start.addingTimeInterval(3 * 86_400)) == 1)
            try store.finishSession(id, summary: Fixture.summary(overall: 55), at: Fixture.start.addingTimeInterval(3 * 86_400))
            #expect(try store.session(id)?.status == .completed)
        }
    }
}
