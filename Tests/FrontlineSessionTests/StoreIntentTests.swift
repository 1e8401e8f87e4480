import Foundation
import FrontlineModel
import FrontlineStore
import Testing
@testable import FrontlineSession

/// The one way commands open the store: writing migrates and notices dead sessions,
/// reading changes nothing and names the command that updates an older store.
@Suite struct StoreIntentTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writingCreatesTheStoreAndReadingReadsItUnchanged() throws {
        let path = try Self.folder() + "/progress.sqlite"
        let location = StoreLocation(path)
        #expect(location == .file(path))
        #expect(throws: StoreError.self) { try location.open(.read) }
        #expect(!FileManager.default.fileExists(atPath: path), "reading does not create a store")
        let writer = try location.open(.write)
        _ = try writer.startSession(SessionStart(trainee: "Ava", scenarioId: "s", scenarioTitle: "S", language: "en", mode: "coach",
                                                 contentFingerprint: "0", startedAt: Date(timeIntervalSince1970: 1_000)))
        try writer.close()
        let before = FileManager.default.contents(atPath: path)
        let reader = try location.open(.read)
        #expect(try reader.trainees() == ["Ava"])
        try reader.close()
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func anOlderStoreIsNamedWithTheCommandThatUpdatesIt() {
        let message = StoreLocation.needsMigration("/tmp/my store.sqlite")
        #expect(message.hasPrefix("/tmp/my store.sqlite was written by an older Frontline"))
        #expect(message.hasSuffix("update it once with: frontline sync --store '/tmp/my store.sqlite'"))
    }

    @Test func shellWordsAreQuotedOnlyWhenTheyMustBe() {
        #expect(ShellWord.quoted("/tmp/progress.sqlite") == "/tmp/progress.sqlite")
        #expect(ShellWord.quoted("it's here") == #"'it'\''s here'"#)
        #expect(ShellWord.quoted("") == "''")
    }

    @Test func aPostgresURLIsATeamStore() {
        #expect(StoreLocation("postgres://ava@127.0.0.1:5432/frontline") == .postgres("postgres://ava@127.0.0.1:5432/frontline"))
        #expect(StoreLocation("postgresql://ava@host/db") == .postgres("postgresql://ava@host/db"))
    }
}
