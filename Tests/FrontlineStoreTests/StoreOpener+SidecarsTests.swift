import Foundation
import GRDB
import Testing
@testable import FrontlineStore

/// What a refused inspection may remove beside the file: only what it made itself.
@Suite("Cleaning up beside a refused file")
struct StoreOpenerSidecarsTests {
    static let hasSQLiteShell = FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")
        || run("sqlite3", ["-version"])

    static func write(_ path: String, bytes count: Int) {
        FileManager.default.createFile(atPath: path, contents: Data(repeating: 0, count: count))
    }

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// The clean-up around an inspection that makes `files` (suffix, size) and fails with `error`.
    static func inspect(_ path: String, making files: [(String, Int)], failing error: StoreError) {
        #expect(throws: error) {
            try StoreOpener.leavingNothingBeside(path) { () throws(StoreError) in
                for (suffix, size) in files { write(path + suffix, bytes: size) }
                throw error
            }
        }
    }

    @Test("a refused file loses the empty -wal and the -shm its inspection made")
    func refusedRemovesWhatItMade() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        Self.inspect(path, making: [("-wal", 0), ("-shm", 32_768)], failing: .notAProgressStore(path: path))
        #expect(!Self.exists(path + "-wal"))
        #expect(!Self.exists(path + "-shm"))
    }

    @Test("what was there before is kept")
    func existingKept() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        Self.write(path + "-wal", bytes: 0)
        Self.write(path + "-shm", bytes: 32_768)
        Self.inspect(path, making: [], failing: .newerVersion(path: path, migration: "v99"))
        #expect(Self.exists(path + "-wal"))
        #expect(Self.exists(path + "-shm"))
    }

    @Test("a file that could not be read just now is not cleaned up: it may be in use by its owner")
    func busyKeepsEverything() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        Self.inspect(path, making: [("-wal", 0), ("-shm", 32_768)], failing: .failed("database is locked"))
        #expect(Self.exists(path + "-wal"))
        #expect(Self.exists(path + "-shm"))
    }

    @Test("a -wal with frames holds somebody's transactions and is kept, with its -shm")
    func walWithFramesKept() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        Self.inspect(path, making: [("-wal", 4_152), ("-shm", 32_768)], failing: .corrupt(path: path, detail: "malformed"))
        #expect(Self.exists(path + "-wal"))
        #expect(Self.exists(path + "-shm"))
    }

    @Test("a rollback journal is never removed: it is what repairs the file")
    func journalKept() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        Self.inspect(path, making: [("-journal", 512)], failing: .notADatabase(path: path))
        #expect(Self.exists(path + "-journal"))
    }

    /// The race this guards against: while Frontline inspects a file, another process
    /// opens it and switches it to WAL. Its -wal and -shm appear during the inspection;
    /// removing them would cut its committed transactions off from every later reader.
    @Test("files another process made during the inspection, and still has open, are kept",
          .enabled(if: hasSQLiteShell, "needs the sqlite3 shell (scripts/setup installs it)"))
    func anotherProcessFilesKept() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        let shell = try SQLiteShell(path: path)
        defer { shell.quit() }
        #expect(throws: StoreError.notAProgressStore(path: path)) {
            try StoreOpener.leavingNothingBeside(path) { () throws(StoreError) in
                let answer = shell.run("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept'); SELECT 'ready';")
                #expect(answer.contains("ready"))
                throw .notAProgressStore(path: path)
            }
        }
        #expect(Self.exists(path + "-wal"), "the other process's log is still where every reader looks for it")
        #expect(Self.exists(path + "-shm"))
        // A reader that comes now sees the other process's committed row.
        let queue = try DatabaseQueue(path: path, configuration: StoreOpener.readOnlyConfiguration(label: "test"))
        #expect(try queue.read { db in try String.fetchAll(db, sql: "SELECT text FROM notes") } == ["kept"])
        try queue.close()
    }

    @Test("an empty -wal another process has open is kept too: it holds a lock on the file while open",
          .enabled(if: hasSQLiteShell, "needs the sqlite3 shell (scripts/setup installs it)"))
    func emptyLogOfAnOpenConnectionKept() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        let shell = try SQLiteShell(path: path)
        #expect(throws: StoreError.self) {
            try StoreOpener.leavingNothingBeside(path) { () throws(StoreError) in
                // WAL mode and a read: an empty -wal and a -shm, both in use.
                #expect(shell.run("PRAGMA journal_mode = WAL; SELECT count(*) FROM sqlite_master; SELECT 'ready';").contains("ready"))
                throw .notAProgressStore(path: path)
            }
        }
        #expect(StoreOpener.isInUse(path))
        #expect(Self.exists(path + "-wal"))
        #expect(Self.exists(path + "-shm"))
        shell.quit()
        #expect(!StoreOpener.isInUse(path), "a closed connection holds no lock")
    }
}

/// The sqlite3 shell as another process holding a database open: commands go to its
/// standard input, answers come back line by line.
final class SQLiteShell: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    let output = Pipe()

    init(path: String) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-batch", path]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Sends `commands` (ending in a SELECT of a marker) and reads until the marker's line.
    func run(_ commands: String) -> String {
        input.fileHandleForWriting.write(Data((commands + "\n").utf8))
        var answer = ""
        while !answer.contains("ready\n") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            answer += String(decoding: chunk, as: UTF8.self)
        }
        return answer
    }

    func quit() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
