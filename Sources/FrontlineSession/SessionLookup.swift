import FrontlineModel
import FrontlineStore

/// Finding the session a supervisor or trainee means ("last", "42", "#42"), with "did
/// you mean" for a mistyped id. Throws `SessionError` for what the user typed, and the
/// store's `StoreError`.
public enum SessionLookup {
    public static func resolve(_ text: String, trainee: String?, in progress: some SessionReading & ReviewReading) throws -> Int64 {
        let typed = text.trimmingCharacters(in: .whitespaces)
        if ["last", "latest"].contains(typed.lowercased()) {
            if let trainee, try !progress.hasSessions(trainee: trainee) {
                throw SessionError("no such trainee '\(trainee)'\(trainee.didYouMean(try progress.trainees()))")
            }
            guard let latest = try progress.sessions(trainee: trainee, scenario: nil, limit: 1).first else {
                throw SessionError("no sessions yet. Trainees start with: frontline play SCENARIO --trainee NAME")
            }
            return latest.id
        }
        let digits = typed.hasPrefix("#") ? String(typed.dropFirst()) : typed
        guard let id = Int64(digits), id > 0 else {
            throw SessionError("no such session '\(text)': sessions are numbered (see 'frontline review --trainee NAME'), or use 'last'")
        }
        if try progress.session(id) != nil { return id }
        let candidates = try progress.sessionIds(near: id).map(String.init)
        throw SessionError("no such session '\(text)'"
                           + digits.didYouMean(candidates, otherwise: "; 'frontline review --trainee NAME' lists a trainee's sessions"))
    }

    /// A turn as the user gives it: its number from 1 as the transcript shows it, or its
    /// scenario turn id (the first turn with that id). The turn's index from 0.
    public static func turnIndex(_ text: String, in turns: [StoredTurn], session id: Int64) throws(SessionError) -> Int {
        guard !turns.isEmpty else { throw SessionError("session \(id) has no answered turns yet") }
        let typed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(typed) {
            guard let found = turns.first(where: { $0.index == number - 1 }) else {
                throw SessionError("session \(id) has no turn \(number); it has turns 1–\(turns.count)")
            }
            return found.index
        }
        if let found = turns.first(where: { $0.turnId == typed }) { return found.index }
        throw SessionError("session \(id) has no turn '\(typed)'"
                           + typed.didYouMean(turns.map(\.turnId), otherwise: "; give its number (1–\(turns.count)) or its turn id"))
    }
}
