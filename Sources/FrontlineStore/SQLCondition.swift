import Foundation
import FrontlineReview
import GRDB

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
