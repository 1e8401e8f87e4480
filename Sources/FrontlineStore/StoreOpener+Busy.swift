import Foundation
import GRDB

extension StoreOpener {
    /// `body`, tried again while SQLite answers that the file is locked, up to `attempts`
    /// times with a growing pause (about 2 s in all with the defaults).
    ///
    /// Two processes opening a new shared file at once race to switch it to WAL, and SQLite
    /// answers the loser's `PRAGMA journal_mode = WAL` with `SQLITE_BUSY` at once, without
    /// waiting out the busy timeout: a trainee starting a session at the same moment as a
    /// colleague was told the file "stayed locked for more than 10 s". The winner is done
    /// within milliseconds. Other errors, and the last attempt's, are thrown as they are.
    static func retryingWhileBusy<T>(attempts: Int = 20, pause: TimeInterval = 0.01, _ body: () throws -> T) throws -> T {
        try retrying(on: [.SQLITE_BUSY, .SQLITE_LOCKED], attempts: attempts, pause: pause, body)
    }

    /// `body`, tried again while it throws a database error with one of `codes`: the
    /// `n`th retry after a pause of `n × pause`; the last attempt's error is thrown.
    static func retrying<T>(on codes: [ResultCode], attempts: Int, pause: TimeInterval, _ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try body()
            } catch let error as DatabaseError where attempt < attempts && codes.contains(error.resultCode) {
                Thread.sleep(forTimeInterval: pause * Double(attempt))
            }
        }
    }
}
