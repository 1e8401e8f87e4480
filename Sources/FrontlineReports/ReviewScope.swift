/// What a supervisor asked a review (or export) to cover, as they typed it: for headers,
/// empty states and the JSON echo.
public struct ReviewScope: Sendable, Equatable, Codable {
    public var trainee: String?
    public var since: String?
    public var until: String?
    /// Scenario ids after --scenario and --track, sorted; nil for all.
    public var scenarios: [String]?
    public var track: String?

    public init(trainee: String? = nil, since: String? = nil, until: String? = nil, scenarios: [String]? = nil,
                track: String? = nil) {
        self.trainee = trainee
        self.since = since
        self.until = until
        self.scenarios = scenarios
        self.track = track
    }

    public var hasFilters: Bool { since != nil || until != nil || scenarios != nil }

    /// "since 2026-11-01 · until today · scenarios refund-request, billing-error".
    public var filterDescription: String {
        var parts: [String] = []
        if let since { parts.append("since \(since)") }
        if let until { parts.append("until \(until)") }
        if let track { parts.append("track \(track)") }
        if let scenarios, track == nil || scenarios.count <= 3 {
            parts.append((scenarios.count == 1 ? "scenario " : "scenarios ") + scenarios.joined(separator: ", "))
        }
        return parts.joined(separator: " · ")
    }
}
