import Foundation

/// What every store engine must compute the same way, shared with the PostgreSQL engine
/// (`FrontlinePostgres`) with `package` access: not part of the public store API.
package enum StoreEngineSupport {
    /// Text as stored: NUL characters (which PostgreSQL refuses) become U+FFFD.
    package static func storable(_ text: String) -> String { text.storable }
    package static func storable(_ text: String?) -> String? { text.storable }

    /// When a turn's reply was sent, as stored in `last_activity_at`: the moment it was
    /// shown plus the seconds the engine measured, but never later than now. A scripted
    /// session's clock runs ahead of the wall clock (its delays are not waited for), and
    /// a store must not show activity in the future.
    package static func sentAt(shownAt: Date, seconds: Double, now: Date = Date()) -> Date {
        let sent = shownAt.addingTimeInterval(seconds.isFinite ? max(0, seconds) : 0)
        return min(sent, max(shownAt, now))
    }

    /// This process, as recorded on the sessions it starts.
    package static var pid: Int32 { ProcessIdentity.current.pid }
    package static var hostname: String { ProcessIdentity.current.hostname }
    package static func isAlive(pid: Int32) -> Bool { ProcessIdentity.isAlive(pid: pid) }
    /// How long a session of another machine may stay silent before it counts as interrupted.
    package static var foreignSessionTimeout: TimeInterval { SQLiteStore.foreignSessionTimeout }
}
