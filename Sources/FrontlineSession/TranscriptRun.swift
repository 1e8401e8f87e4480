import Foundation
import FrontlineReports
import FrontlineStore

/// `frontline transcript` without the command line: the session a user means ("last",
/// "#12", "12"), with its turns, annotations and the trainee's disputes of it.
public enum TranscriptRun {
    public struct Transcript {
        public var session: ExportedSession
        public var disputes: [Dispute]
    }

    public static func load(_ session: String, trainee: String?, in store: any ProgressStore) throws -> Transcript {
        let id = try SessionLookup.resolve(session, trainee: trainee, in: store)
        guard let stored = try store.session(id) else { throw SessionError("no such session '\(session)'") }
        let exported = ExportedSession(session: stored, turns: try store.turns(session: id), annotations: try store.annotations(session: id))
        // Disputes are filtered by session start: this session's alone.
        let own = ReviewFilter(trainee: stored.trainee, scenarios: [stored.scenarioId], since: stored.startedAt,
                               until: stored.startedAt.addingTimeInterval(0.001))
        return Transcript(session: exported, disputes: try store.disputes(own, openOnly: false).filter { $0.sessionId == id })
    }
}
