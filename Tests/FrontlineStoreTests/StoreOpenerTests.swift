import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// Opening files that are not healthy stores: a clear error, and never a changed byte.
@Suite("Opening the store file")
struct StoreOpenerTests {
    /// A store with a few sessions, closed, so that everything is in the main file.
    static func makeStoreFile(at path: String, sessions: Int = 30) throws {
        let store = try SQLiteStore(path: path)
        for session in 0..<sessions {
            let id = try store.startSession(Fixture.session(trainee: "Trainee \(session)"))
            for index in 0..<3 {
                try store.recordTurn(session: id, Fixture.turn(index), shownAt: Fixture.shownAt(index))
            }
        }
        try store.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closing checkpoints and removes the WAL")
    }

    /// Overwrites `range` of the file with deterministic garbage.
    static func scramble(_ path: String, from start: Int, to end: Int? = nil) throws {
        var data = try #require(bytes(of: path))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for offset in start..<(end ?? data.count) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            data[offset] = UInt8(truncatingIfNeeded: state >> 33)
        }
        try data.write(to: URL(fileURLWithPath: path))
    }

    @Test("a new store creates its folders and file")
    func createsFoldersAndFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("team/alpha/progress.sqlite")
        let store = try SQLiteStore(path: path)
        #expect(FileManager.default.fileExists(atPath: path))
        _ = try store.startSession(Fixture.session())
        try store.close()
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.sessions().count == 1)
        try reopened.close()
    }

    @Test("a text file is not a database, and is left untouched")
    func textFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.txt")
        let text = Data("My notes about the refund policy.\nDo not lose them!\n".utf8)
        try text.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notADatabase(path: path)) { _ = try SQLiteStore(path: path) }
        #expect(bytes(of: path) == text)
        #expect(siblings(of: path) == ["notes.txt"])
    }

    @Test("a file that begins like SQLite but ends inside its header is corrupt, and left untouched")
    func truncatedHeader() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let data = Data("SQLite format 3\0 and then nothing".utf8)
        try data.write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.corrupt(path: path, detail: "the file ends inside its header")) {
            _ = try SQLiteStore(path: path)
        }
        #expect(bytes(of: path) == data)
    }

    @Test("a database with a valid header and garbage pages is corrupt, and left untouched",
          arguments: [("garbage after the header", 100), ("garbage after the first page", 4096)])
    func corruptPages(_ description: String, from offset: Int) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        try Self.makeStoreFile(at: path)
        try Self.scramble(path, from: offset)
        let before = try #require(bytes(of: path))
        #expect(before.count > 4 * 4096)
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            guard case StoreError.corrupt(let reported, _) = error else { return false }
            return reported == path
        }
        #expect(bytes(of: path) == before)
    }

    @Test("a store written by a newer Frontline is refused, and left untouched")
    func newerVersion() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        try Self.makeStoreFile(at: path, sessions: 1)
        let store = try SQLiteStore(path: path)
        try store.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-supervisor-time-travel')")
        try store.close()
        let before = try #require(bytes(of: path))
        #expect(throws: StoreError.newerVersion(path: path, migration: "v9-supervisor-time-travel")) {
            _ = try SQLiteStore(path: path)
        }
        #expect(bytes(of: path) == before)
    }

    @Test("another program's SQLite database is refused, and left untouched")
    func foreignDatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("contacts.sqlite")
        let store = try SQLiteStore(path: path)
        try store.execute(sql: "PRAGMA application_id = 0")
        try store.execute(sql: "CREATE TABLE contacts (name TEXT)")
        try store.close()
        let before = try #require(bytes(of: path))
        #expect(throws: StoreError.notAProgressStore(path: path)) { _ = try SQLiteStore(path: path) }
        #expect(bytes(of: path) == before)
    }

    @Test("an empty file becomes a new store")
    func emptyFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteStore(path: path)
        _ = try store.startSession(Fixture.session())
        #expect(try store.sessions().count == 1)
        try store.close()
    }

    @Test("a folder is not a store file, in the same words for playing and for reading")
    func folderPath() throws {
        let folder = try TemporaryFolder()
        #expect(throws: StoreError.folder(path: folder.path)) { _ = try SQLiteStore(path: folder.path) }
        #expect(throws: StoreError.folder(path: folder.path)) { _ = try SQLiteStore.openForReading(path: folder.path) }
    }

    /// A read-only connection to a WAL-mode file made an empty -wal and a 32 KiB -shm
    /// beside a file the message then said was left untouched.
    @Test("a refused WAL-mode database gets nothing created beside it")
    func refusedWALDatabaseLeavesNoSidecars() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("contacts.sqlite")
        let store = try SQLiteStore(path: path)
        try store.execute(sql: "PRAGMA application_id = 0")
        try store.execute(sql: "CREATE TABLE contacts (name TEXT)")
        try store.close()
        for suffix in ["-wal", "-shm"] { unlink(path + suffix) }
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(before == ["contacts.sqlite"])
        #expect(throws: StoreError.notAProgressStore(path: path)) { _ = try SQLiteStore(path: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(throws: StoreError.notAProgressStore(path: path)) { _ = try SQLiteStore.openForReading(path: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
    }

    @Test("a read-only store is refused before any session is played, and left untouched",
          .enabled(if: ReadOnlyFixture.canProtect, "cannot make a file read-only here (as root this needs chattr +i)"))
    func readOnlyFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        try Self.makeStoreFile(at: path, sessions: 2)
        let before = try #require(bytes(of: path))
        #expect(ReadOnlyFixture.protect(path))
        defer { ReadOnlyFixture.unprotect(path) }
        #expect(throws: StoreError.readOnly(path: path)) { _ = try SQLiteStore(path: path) }
        #expect(bytes(of: path) == before)
    }

    @Test("a store cannot be created in a folder that cannot be written",
          .enabled(if: ReadOnlyFixture.canProtect, "cannot make a folder read-only here (as root this needs chattr +i)"))
    func readOnlyFolder() throws {
        let folder = try TemporaryFolder()
        let locked = folder.file("locked")
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        #expect(ReadOnlyFixture.protect(locked))
        defer { ReadOnlyFixture.unprotect(locked) }
        let path = locked + "/progress.sqlite"
        #expect {
            _ = try SQLiteStore(path: path)
        } throws: { error in
            guard case StoreError.cannotCreate(let reported, _) = error else { return false }
            return reported == path
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
