import Foundation
import GRDB
import Testing
@testable import FrontlineStore

@Suite("Opening while another process holds the file")
struct StoreOpenerBusyTests {
    final class Counter: @unchecked Sendable { var calls = 0 }

    @Test("a lock that is gone by the next try is waited out")
    func busyThenFree() throws {
        let counter = Counter()
        let value = try StoreOpener.retryingWhileBusy(pause: 0.001) { () throws -> Int in
            counter.calls += 1
            if counter.calls < 3 { throw DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked") }
            return 42
        }
        #expect(value == 42)
        #expect(counter.calls == 3)
    }

    @Test("a lock that stays is reported after the last attempt")
    func busyForGood() {
        let counter = Counter()
        #expect(throws: DatabaseError.self) {
            try StoreOpener.retryingWhileBusy(attempts: 4, pause: 0.001) { () throws -> Int in
                counter.calls += 1
                throw DatabaseError(resultCode: .SQLITE_LOCKED, message: "database table is locked")
            }
        }
        #expect(counter.calls == 4)
    }

    @Test("a lock that made an attempt wait out its timeout is not waited for again and again")
    func noRetryPastTheBudget() {
        let counter = Counter()
        #expect(throws: DatabaseError.self) {
            try StoreOpener.retryingWhileBusy(pause: 0.001, within: 0.05) { () throws -> Int in
                counter.calls += 1
                Thread.sleep(forTimeInterval: 0.06) // as if the busy timeout had been waited out
                throw DatabaseError(resultCode: .SQLITE_BUSY, message: "database is locked")
            }
        }
        #expect(counter.calls == 1)
    }

    @Test("other errors are not tried again")
    func otherErrorsAtOnce() {
        let counter = Counter()
        #expect(throws: DatabaseError.self) {
            try StoreOpener.retryingWhileBusy(pause: 0.001) { () throws -> Int in
                counter.calls += 1
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "database disk image is malformed")
            }
        }
        #expect(counter.calls == 1)
    }
}
