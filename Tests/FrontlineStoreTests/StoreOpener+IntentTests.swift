import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// Opening to read only: a command that reads never migrates a store, never marks a
/// session interrupted, and leaves every byte as it found it.
@Suite("Opening to read only")
struct StoreOpenerIntentTests {
    typealias F = ReviewFixture

    @Test("a current store is read and left byte for byte as it was")
    func current() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let writer = try SQLiteStore(path: path)
        try F.play(writer, trainee: "Ava")
        try writer.close()
        let before = bytes(of: path)
        guard case .current(let reader) = try SQLiteStore.openReadOnly(path: path) else {
            Issue.record("a current store was not opened")
            return
        }
        #expect(try reader.review(ReviewFilter()).sessions.total == 1)
        #expect(throws: StoreError.self) { try reader.execute(sql: "DELETE FROM sessions") }
        try reader.close()
        #expect(bytes(of: path) == before)
    }

    @Test("a session left in progress by a dead process stays as it is")
    func deadProcessIsNotMarked() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        let writer = try SQLiteStore(path: path)
        _ = try writer.startSession(Fixture.session(), process: ProcessIdentity(pid: try deadPid(), hostname: ProcessIdentity.current.hostname))
        try writer.close()
        let before = bytes(of: path)
        guard case .current(let reader) = try SQLiteStore.openReadOnly(path: path) else {
            Issue.record("a current store was not opened")
            return
        }
        #expect(try reader.review(ReviewFilter()).sessions.interrupted == 0)
        try reader.close()
        #expect(bytes(of: path) == before)
    }

    @Test("an older store is not migrated: it is named as needing it, untouched")
    func older() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("progress.sqlite")
        try SQLiteStore.createFile(path: path, upTo: "v1-sessions-turns-findings")
        let before = bytes(of: path)
        let opening = try SQLiteStore.openReadOnly(path: path)
        guard case .needsMigration(let named) = opening else {
            Issue.record("an older store was opened as current")
            return
        }
        #expect(named == path)
        #expect(bytes(of: path) == before)
        for suffix in StoreOpener.sidecarSuffixes { #expect(!FileManager.default.fileExists(atPath: path + suffix)) }
    }

    @Test("a missing store is an error and is not created; a folder is refused")
    func missingAndFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("nothing/progress.sqlite")
        #expect(throws: StoreError.self) { try SQLiteStore.openReadOnly(path: path) }
        #expect(!FileManager.default.fileExists(atPath: folder.file("nothing")))
        #expect(throws: StoreError.folder(path: folder.path)) { try SQLiteStore.openReadOnly(path: folder.path) }
    }
}
