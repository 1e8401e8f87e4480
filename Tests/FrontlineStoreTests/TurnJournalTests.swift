import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// The local journal that keeps turns while a team store is away (the end-to-end test with
/// a server stopped and started again is `TeamStoreJournalTests`).
@Suite("Turn journal")
struct TurnJournalTests {
    @Test("entries are on disk before they are sent, delivered in order, and the file goes when empty",
          arguments: StoreKind.allCases)
    func delivers(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let folder = try TemporaryFolder()
            let session = try store.startSession(Fixture.session())
            let journal = try TurnJournal(folder: folder.path, store: store.location, session: session)
            try journal.append(.turn(session: session, record: Fixture.turn(0), shownAt: Fixture.shownAt(0)))
            try journal.append(.turn(session: session, record: Fixture.turn(1), shownAt: Fixture.shownAt(1)))
            #expect(FileManager.default.fileExists(atPath: journal.path))
            #expect(try TurnJournal(reading: journal.path).pending.count == 2)
            #expect(try journal.deliver(to: store) == .delivered(2))
            try journal.append(.finish(session: session, summary: Fixture.summary(overall: 70), at: Fixture.shownAt(3)))
            #expect(try journal.deliver(to: store) == .delivered(1))
            #expect(!FileManager.default.fileExists(atPath: journal.path))
            #expect(try store.turns(session: session).map(\.index) == [0, 1])
            #expect(try store.session(session)?.status == .completed)
        }
    }

    @Test("a journal left by a crash is delivered once: what already arrived is not sent again",
          arguments: StoreKind.allCases)
    func exactlyOnce(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let folder = try TemporaryFolder()
            let session = try store.startSession(Fixture.session())
            let journal = try TurnJournal(folder: folder.path, store: store.location, session: session)
            for index in 0..<3 {
                try journal.append(.turn(session: session, record: Fixture.turn(index), shownAt: Fixture.shownAt(index)))
            }
            // The first turn reached the server, but the answer never came back; the second
            // arrived too, and the process died before it could rewrite the file.
            try store.recordTurn(session: session, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            try store.recordTurn(session: session, Fixture.turn(1), shownAt: Fixture.shownAt(1))
            // A write cut short by the crash leaves half a line at the end.
            let handle = try #require(FileHandle(forWritingAtPath: journal.path))
            handle.seekToEndOfFile()
            handle.write(Data("{\"turn\":{\"sess".utf8))
            try handle.close()

            let leftovers = TurnJournal.leftovers(in: folder.path, store: store.location)
            #expect(leftovers.count == 1 && leftovers[0].pending.count == 3)
            #expect(TurnJournal.leftovers(in: folder.path, store: "postgres://elsewhere").isEmpty)
            #expect(try leftovers[0].deliver(to: store) == .delivered(3))
            #expect(try store.turns(session: session).map(\.index) == [0, 1, 2])
            #expect(TurnJournal.leftovers(in: folder.path, store: store.location).isEmpty)
        }
    }

    @Test("a file that is not a journal is refused")
    func notAJournal() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("x.jsonl")
        try Data("hello\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { _ = try TurnJournal(reading: path) }
    }
}
