import Foundation
import FrontlineModel

/// How a conversation ended, as supervisors count it: the scenario ending's outcome, or
/// `abandoned` when the trainee left before any ending (quit, closed the terminal, the
/// process died). A session still being played has none.
public enum SessionOutcome: String, Sendable, Codable, CaseIterable, Comparable {
    case resolved, escalated
    case hungUp = "hung_up"
    case securityFailure = "security_failure"
    case unresolved, abandoned

    public init(_ outcome: Ending.Outcome) {
        switch outcome {
        case .resolved: self = .resolved
        case .escalated: self = .escalated
        case .hungUp: self = .hungUp
        case .securityFailure: self = .securityFailure
        case .unresolved: self = .unresolved
        }
    }

    /// The outcome of a stored session; nil while it is in progress.
    public static func of(status: SessionSummary.Status, outcome: Ending.Outcome?) -> SessionOutcome? {
        if let outcome { return SessionOutcome(outcome) }
        switch status {
        case .inProgress: return nil
        case .abandoned, .interrupted: return .abandoned
        // A conversation that ended without reaching one of the scenario's endings: the
        // customer gave up (silence or patience) in a scenario without a hang-up ending.
        case .completed: return .hungUp
        }
    }

    /// In words, for tables and legends.
    public var title: String {
        switch self {
        case .resolved: "resolved"
        case .escalated: "escalated"
        case .hungUp: "hung up"
        case .securityFailure: "security failure"
        case .unresolved: "unresolved"
        case .abandoned: "abandoned"
        }
    }

    /// Endings a supervisor should look at first.
    public var isBad: Bool { self == .hungUp || self == .securityFailure || self == .abandoned }

    public static func < (a: SessionOutcome, b: SessionOutcome) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Sessions per outcome (sessions in progress are not counted).
public struct OutcomeCounts: Sendable, Equatable, Codable {
    public var counts: [SessionOutcome: Int]

    public init(_ counts: [SessionOutcome: Int] = [:]) { self.counts = counts.filter { $0.value > 0 } }

    public subscript(_ outcome: SessionOutcome) -> Int { counts[outcome] ?? 0 }

    /// Sessions that ended, one way or another.
    public var total: Int { counts.values.reduce(0, +) }

    /// Share of the ended sessions with this outcome (nil when none ended).
    public func rate(_ outcome: SessionOutcome) -> Double? {
        total == 0 ? nil : Double(self[outcome]) / Double(total)
    }

    public mutating func add(_ outcome: SessionOutcome, _ n: Int = 1) {
        guard n > 0 else { return }
        counts[outcome, default: 0] += n
    }

    public static func + (a: OutcomeCounts, b: OutcomeCounts) -> OutcomeCounts {
        OutcomeCounts(a.counts.merging(b.counts, uniquingKeysWith: +))
    }

    // Encoded as {"resolved": 3, "hung_up": 1, …}, every outcome present.
    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: Int].self)
        var counts: [SessionOutcome: Int] = [:]
        for (key, value) in raw { if let outcome = SessionOutcome(rawValue: key) { counts[outcome] = value } }
        self.init(counts)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Dictionary(uniqueKeysWithValues: SessionOutcome.allCases.map { ($0.rawValue, self[$0]) }))
    }
}

/// One week of the outcome trend (Monday 00:00 UTC on).
public struct OutcomeWeek: Sendable, Equatable, Codable {
    public var weekStart: Date
    public var outcomes: OutcomeCounts

    public init(weekStart: Date, outcomes: OutcomeCounts) {
        self.weekStart = weekStart
        self.outcomes = outcomes
    }
}

extension StoredSession {
    /// How the conversation ended; nil while in progress.
    public var sessionOutcome: SessionOutcome? { SessionOutcome.of(status: status, outcome: outcome) }
}
