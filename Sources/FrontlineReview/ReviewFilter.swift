import Foundation

/// Which sessions a review, calibration report or export covers. A session is in when it
/// started within [since, until) and matches the trainee and scenario ids given.
public struct ReviewFilter: Sendable, Equatable {
    public var trainee: String?
    /// Scenario ids (a track is a set of scenario ids); nil for all. An empty set matches nothing.
    public var scenarios: Set<String>?
    /// Sessions started at or after this instant.
    public var since: Date?
    /// Sessions started before this instant.
    public var until: Date?

    public init(trainee: String? = nil, scenarios: Set<String>? = nil, since: Date? = nil, until: Date? = nil) {
        self.trainee = trainee
        self.scenarios = scenarios
        self.since = since
        self.until = until
    }

    /// The same filter for the whole team.
    public var team: ReviewFilter {
        var copy = self
        copy.trainee = nil
        return copy
    }
}
