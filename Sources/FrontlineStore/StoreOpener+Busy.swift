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
    /// No retry starts after `within` seconds: a lock that made an attempt wait out the busy
    /// timeout is a real one, and the trainee hears about it then, not twenty timeouts later.
    static func retryingWhileBusy<T>(attempts: Int = 20, pause: TimeInterval = 0.01, within: TimeInterval = 2,
                                     _ body: () throws -> T) throws -> T {
        try retrying(on: [.SQLITE_BUSY, .SQLITE_LOCKED], attempts: attempts, pause: pause, within: within, body)
    }

    /// `body`, tried again while it throws a database error with one of `codes`: the
    /// `n`th retry after a pause of `n × pause`, none once `within` seconds have passed;
    /// the last attempt's error is thrown.
    static func retrying<T>(on codes: [ResultCode], attempts: Int, pause: TimeInterval, within: TimeInterval = .infinity,
                            _ body: () throws -> T) throws -> T {
        let start = Date()
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try body()
            } catch let error as DatabaseError
                        where attempt < attempts && codes.contains(error.resultCode) && Date().timeIntervalSince(start) < within {
                Thread.sleep(forTimeInterval: pause * Double(attempt))
            }
        }
    }
}
