import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineStore

/// `frontline progress` without the command line: one trainee's progress from the store
/// (their sessions, the findings of the latest ones, their facet averages) against the
/// catalogue's tracks. No store yet, or no sessions: a progress of nothing, which says
/// where to start.
public enum ProgressRun {
    /// How many recent sessions the most-missed criteria are counted over.
    public static let recentSessions = 30

    /// `named` says the trainee was asked for by name (not taken from the login): a name
    /// that matches nobody while others have sessions is then an error with a suggestion.
    public static func progress(of trainee: String, named: Bool, in store: (any ProgressStore)?,
                                catalog: Catalog) throws -> TraineeProgress {
        var sessions: [StoredSession] = [], findings: [StoredFinding] = []
        var facets: [String: Double]?
        if let store {
            sessions = try store.sessions(trainee: trainee, scenario: nil, limit: nil)
            if sessions.isEmpty, named {
                let known = try Set(store.sessions(trainee: nil, scenario: nil, limit: 2000).map(\.trainee))
                if !known.isEmpty { throw SessionError("no sessions for trainee '\(trainee)' yet\(trainee.didYouMean(known))") }
            }
            for session in sessions.prefix(recentSessions) {
                findings += try store.turns(session: session.id).flatMap(\.findings)
            }
            facets = try store.facetAverages(ReviewFilter(trainee: trainee))[trainee]
        }
        var report = TraineeProgress(trainee: trainee, sessions: sessions, findings: findings,
                                     tracks: catalog.tracks, scenarioIds: catalog.scenarios.map(\.id).sorted())
        report.facets = facets
        return report
    }
}
