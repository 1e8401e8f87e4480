import Foundation
import FrontlineStore

/// What a command means to do with the progress store. `read` never changes it: no
/// migration, no session marked interrupted, not a byte written.
public enum StoreIntent: Sendable {
    case read
    case write
}

extension StoreLocation {
    /// The one way commands open the progress store.
    ///
    /// To write (play, annotate, dispute, regrade, sync): migrated to this build's schema,
    /// with the sessions of processes that died marked interrupted. To read (list,
    /// progress, review, transcript, export, report): a file store through a read-only
    /// connection; one an older Frontline wrote is refused with the command that updates
    /// it. A team store is opened as its login allows either way (its schema is kept by
    /// `frontline admin setup`).
    public func open(_ intent: StoreIntent) throws(StoreError) -> any ProgressStore {
        switch (self, intent) {
        case (.file(let path), .read):
            switch try SQLiteStore.openReadOnly(path: path) {
            case .current(let store): return store
            case .needsMigration(let path): throw .failed(Self.needsMigration(path))
            }
        case (.file(let path), .write):
            let store = try SQLiteStore(path: path)
            try store.markInterruptedSessions()
            return store
        case (.postgres(let url), .read):
            return try Self.openPostgres(url)
        case (.postgres(let url), .write):
            let store = try Self.openPostgres(url)
            try store.markInterruptedSessions()
            return store
        }
    }

    /// What a reading command says about a store it would have to migrate first.
    static func needsMigration(_ path: String) -> String {
        "\(path) was written by an older Frontline and must be updated before it can be read (reading commands never change a store); update it once with: frontline sync --store \(ShellWord.quoted(path))"
    }
}

/// A word as it can be pasted into a POSIX shell.
public enum ShellWord {
    public static func quoted(_ text: String) -> String {
        !text.isEmpty && text.allSatisfy({ $0.isLetter || $0.isNumber || "/._-+~:@".contains($0) })
            ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
