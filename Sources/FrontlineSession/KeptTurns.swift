import Foundation
import FrontlineStore

/// Turns kept on this computer while the team store was away: where their journals
/// live and delivering what earlier sessions left.
public enum KeptTurns {
    /// $XDG_STATE_HOME/frontline/journal: turns waiting for the team store.
    public static var journalFolder: String { TraineeDefaults.xdg("XDG_STATE_HOME", fallback: ".local/state") + "/frontline/journal" }

    /// Delivers what earlier sessions left in `folder` for this store; returns a line for
    /// the trainee when something was delivered or still waits.
    public static func deliverLeftovers(to store: any ProgressStore, folder: String = journalFolder) -> String? {
        var delivered = 0, waiting = 0
        for journal in TurnJournal.leftovers(in: folder, store: store.location) {
            switch try? journal.deliver(to: store) {
            case .delivered(let count): delivered += count
            case .waiting(let count, _): waiting += count
            case nil: waiting += journal.pending.count
            }
        }
        if waiting > 0 { return "\(waiting) kept entr\(waiting == 1 ? "y" : "ies") still wait for the team store (in \(folder))." }
        return delivered > 0 ? "Delivered \(delivered) kept entr\(delivered == 1 ? "y" : "ies") from an earlier session to the team store." : nil
    }
}
