import Foundation
import FrontlineModel
import GRDB

extension SQLiteStore {
    /// How long a session of another machine may stay silent before it counts as interrupted.
    static let foreignSessionTimeout: TimeInterval = 24 * 60 * 60

    /// Marks "interrupted" the sessions still in progress whose process is gone: on this
    /// machine, its pid no longer runs; on another machine, nothing was heard from it for
    /// 24 hours. Their recorded turns stay. Returns how many were marked.
    @discardableResult
    public func markInterruptedSessions() throws(StoreError) -> Int {
        try markInterruptedSessions(now: Date())
    }

    @discardableResult
    func markInterruptedSessions(now: Date) throws(StoreError) -> Int {
        let me = process
        return try write { db in
            let open = try SessionRow.filter(SessionRow.Columns.status == SessionSummary.Status.inProgress.rawValue)
                .fetchAll(db)
            let gone = open.filter { row in
                if row.hostname == me.hostname {
                    return row.pid != me.pid && !ProcessIdentity.isAlive(pid: row.pid)
                }
                return now.timeIntervalSince(row.lastActivityAt) > Self.foreignSessionTimeout
            }
            for var row in gone {
                row.status = SessionSummary.Status.interrupted.rawValue
                try row.update(db)
            }
            return gone.count
        }
    }
}
