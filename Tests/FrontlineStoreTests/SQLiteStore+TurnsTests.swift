import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Turns")
struct ProgressStoreTurnsTests {
    @Test("a recorded turn comes back whole, findings in order", arguments: StoreKind.allCases)
    func roundTrip(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            let records = [Fixture.turn(0), Fixture.turn(1, accuracy: nil, firstKeystroke: nil), Fixture.turn(2)]
            for record in records {
                try store.recordTurn(session: id, record, shownAt: Fixture.shownAt(record.index))
            }
            let turns = try store.turns(session: id)
            #expect(turns.map(\.record) == records)
            #expect(turns.map(\.shownAt) == records.map { Fixture.shownAt($0.index) })
            #expect(turns.allSatisfy { $0.sessionId == id })
            let first = try #require(turns.first)
            #expect(first.findings.map(\.position) == [0, 1, 2, 3])
            #expect(first.findings.map(\.criterionId) == ["acknowledge", "dismissive", "refund-window", "response-time"])
            #expect(first.findings[0].evidence == Evidence(start: 4, end: 13, text: "so sorry"))
            #expect(first.findings[1].isCritical && first.findings[1].points == -10)
            #expect(first.findings[2].tip == "Say that refunds take 5 working days.")
            #expect(first.gradeOverall == 71.5 && first.overall == 66.5 && first.criticalFailure)
            #expect(first.firstKeystrokeSeconds == 2.5 && first.sentSeconds == 12.25)
            #expect(turns[1].firstKeystrokeSeconds == nil)
            #expect(try store.session(id)?.turnCount == 3)
            #expect(try store.session(id)?.lastActivityAt == Fixture.shownAt(2).addingTimeInterval(12.25))
            #expect(try store.turns(session: id + 1).isEmpty)
        }
    }

    @Test("a dimension that did not apply is NULL, not zero", arguments: StoreKind.allCases)
    func notApplicableIsNull(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            try store.recordTurn(session: id, Fixture.turn(0, accuracy: nil), shownAt: Fixture.shownAt(0))
            #expect(try store.column(sql: "SELECT accuracy FROM turns") == [nil])
            #expect(try store.column(sql: "SELECT empathy FROM turns") == ["75.0"])
            #expect(try store.turns(session: id).first?.scores[.accuracy] == nil)
            #expect(try store.column(sql: "SELECT COUNT(*) FROM findings WHERE evidence_start IS NULL") == ["2"])
        }
    }

    @Test("replies with SQL and Persian or Latvian text are stored verbatim", arguments: StoreKind.allCases)
    func verbatimReplies(kind: StoreKind) throws {
        let replies = [
            "'; DELETE FROM turns; --",
            "متأسفم، می‌خواهم همین حالا سفارش شما را بررسی کنم.",
            "Atvainojiet, lūdzu! Es pārbaudīšu jūsu sūtījumu — ļoti žēl.",
            "Line one\nline two\twith a tab",
        ]
        try withStore(kind) { store throws in
            let id = try store.startSession(Fixture.session())
            for (index, reply) in replies.enumerated() {
                try store.recordTurn(session: id, Fixture.turn(index, reply: reply, customer: reply), shownAt: Fixture.shownAt(index))
            }
            let turns = try store.turns(session: id)
            #expect(turns.map { Array($0.reply.utf8) } == replies.map { Array($0.utf8) })
            #expect(turns.map { Array($0.customerLine.utf8) } == replies.map { Array($0.utf8) })
        }
    }

    @Test("a NUL character, which SQLite text cannot carry through GRDB, becomes U+FFFD instead of cutting the text",
          arguments: StoreKind.allCases)
    func nulCharacter(kind: StoreKind) throws {
        try withStore(kind) { store in
            let id = try store.startSession(Fixture.session(trainee: "A\u{0}va"))
            try store.recordTurn(session: id, Fixture.turn(0, reply: "before\u{0}after"), shownAt: Fixture.shownAt(0))
            #expect(try store.session(id)?.trainee == "A\u{FFFD}va")
            #expect(try store.turns(session: id).first?.reply == "before\u{FFFD}after")
        }
    }

    @Test("a turn for an unknown or finished session, or a repeated turn, is refused and writes nothing",
          arguments: StoreKind.allCases)
    func refusals(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            #expect(throws: StoreError.unknownSession("7")) {
                try store.recordTurn(session: 7, Fixture.turn(0), shownAt: Fixture.start)
            }
            let id = try store.startSession(Fixture.session())
            try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            #expect(throws: StoreError.failed("turn 0 of session \(id) is already recorded")) {
                try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
            }
            try store.finishSession(id, summary: Fixture.summary(overall: 60), at: Fixture.start)
            #expect(throws: StoreError.failed("session \(id) is already completed")) {
                try store.recordTurn(session: id, Fixture.turn(1), shownAt: Fixture.shownAt(1))
            }
            #expect(try store.column(sql: "SELECT COUNT(*) FROM turns") == ["1"])
            #expect(try store.column(sql: "SELECT COUNT(*) FROM findings") == ["4"])
            #expect(try store.session(id)?.turnCount == 1)
        }
    }

    @Test("a recorded turn is committed at once: another connection to the file sees it")
    func committedImmediately() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let writer = try SQLiteStore(path: path)
        let reader = try SQLiteStore(path: path)
        let id = try writer.startSession(Fixture.session())
        try writer.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
        #expect(try reader.turns(session: id).map(\.record) == [Fixture.turn(0)])
        try writer.close()
        try reader.close()
    }
}
