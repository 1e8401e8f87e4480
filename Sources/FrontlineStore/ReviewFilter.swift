import Foundation
import GRDB

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

/// A WHERE clause over `sessions` (under an alias) and its arguments.
struct SQLCondition {
    var sql: String
    var arguments: StatementArguments

    static func sessions(_ filter: ReviewFilter, alias: String = "s", since: Date? = nil, until: Date? = nil) -> SQLCondition {
        var parts: [String] = []
        var values: [(any DatabaseValueConvertible)?] = []
        if let trainee = filter.trainee {
            parts.append("\(alias).trainee = ?")
            values.append(trainee.storable)
        }
        if let scenarios = filter.scenarios {
            if scenarios.isEmpty {
                parts.append("0")
            } else {
                parts.append("\(alias).scenario_id IN (\(Array(repeating: "?", count: scenarios.count).joined(separator: ",")))")
                values.append(contentsOf: scenarios.sorted().map { $0.storable })
            }
        }
        if let since = since ?? filter.since {
            parts.append("\(alias).started_at >= ?")
            values.append(since)
        }
        if let until = until ?? filter.until {
            parts.append("\(alias).started_at < ?")
            values.append(until)
        }
        return SQLCondition(sql: parts.isEmpty ? "1" : parts.joined(separator: " AND "), arguments: StatementArguments(values))
    }
}
