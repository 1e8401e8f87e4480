import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Opening to read")
struct ProgressStoreReadingTests {
    typealias F = ReviewFixture

    @Test("a missing store is an error, and is not created")
    func missing() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("nothing/progress.sqlite")
        #expect(throws: StoreError.self) { try SQLiteStore.openForReading(path: path) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("nothing")))
    }

    @Test("a current store is read through a read-only connection that writes nothing")
    func readOnly() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let writer = try SQLiteStore(path: path)
        try F.play(writer, trainee: "Ava")
        try writer.close()
        let before = bytes(of: path)
        let reader = try SQLiteStore.openForReading(path: path)
        #expect(try reader.review(ReviewFilter()).sessions.total == 1)
        #expect(throws: StoreError.self) { try reader.execute(sql: "DELETE FROM sessions") }
        try reader.close()
        #expect(bytes(of: path) == before)
    }

    @Test("a store that cannot be written can still be reviewed", .enabled(if: ReadOnlyFixture.canProtect))
    func protectedFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let writer = try SQLiteStore(path: path)
        try F.play(writer, trainee: "Ava")
        try writer.close()
        ReadOnlyFixture.protect(path)
        defer { ReadOnlyFixture.unprotect(path) }
        #expect(try SQLiteStore.openForReading(path: path).review(ReviewFilter(trainee: "Ava")).sessions.total == 1)
    }

    /// Reading a protected store that still held a session in progress tried to open it
    /// for writing (to mark the session interrupted) and failed: "sessions cannot be saved".
    @Test("a store that cannot be written is read even with a session in progress", .enabled(if: ReadOnlyFixture.canProtect))
    func protectedFileWithASessionInProgress() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let writer = try SQLiteStore(path: path)
        try F.play(writer, trainee: "Ava")
        _ = try writer.startSession(Fixture.session(), process: ProcessIdentity(pid: try deadPid(), hostname: ProcessIdentity.current.hostname))
        try writer.close()
        ReadOnlyFixture.protect(path)
        defer { ReadOnlyFixture.unprotect(path) }
        let reader = try SQLiteStore.openForReading(path: path)
        #expect(try reader.review(ReviewFilter()).sessions.total == 2)
        try reader.close()
    }

    @Test("sessions left in progress by a dead process are marked interrupted first")
    func interruptedFirst() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let writer = try SQLiteStore(path: path)
        _ = try writer.startSession(Fixture.session(), process: ProcessIdentity(pid: try deadPid(), hostname: ProcessIdentity.current.hostname))
        try writer.close()
        let reader = try SQLiteStore.openForReading(path: path)
        #expect(try reader.review(ReviewFilter()).sessions.interrupted == 1)
    }

    @Test("an older store is migrated first; another program's database is refused untouched")
    func olderAndForeign() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        try SQLiteStore.createFile(path: path, upTo: "v1-sessions-turns-findings")
        let migrated = try SQLiteStore.openForReading(path: path)
        #expect(try migrated.review(ReviewFilter()).sessions.total == 0)
        #expect(try migrated.column(sql: "SELECT COUNT(*) FROM grdb_migrations") == [String(StoreSchema.knownMigrations.count)])
        let other = folder.file("other.sqlite")
        #expect(run("python3", ["-c", "import sqlite3; c = sqlite3.connect('\(other)'); c.execute('create table t (x)'); c.commit()"]))
        let original = bytes(of: other)
        #expect(throws: StoreError.notAProgressStore(path: other)) { try SQLiteStore.openForReading(path: other) }
        #expect(bytes(of: other) == original)
    }
}
