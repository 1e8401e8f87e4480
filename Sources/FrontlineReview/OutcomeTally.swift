import Foundation

/// Sessions per outcome, grouped by trainee, scenario and trend week: what both engines
/// read with one grouped query (`SessionOutcome.sql`) and hand to the review.
public struct OutcomeTally: Sendable {
    public private(set) var byTrainee: [String: OutcomeCounts] = [:]
    public private(set) var byScenario: [String: OutcomeCounts] = [:]
    public private(set) var byWeek: [Int: OutcomeCounts] = [:]
    public private(set) var team = OutcomeCounts()

    public init() {}

    /// `outcome` as stored by `SessionOutcome.sql` (nil or unknown: a session in progress).
    public mutating func add(trainee: String, scenario: String, week: Int, outcome: String?, count: Int) {
        guard let outcome = outcome.flatMap(SessionOutcome.init(rawValue:)) else { return }
        byTrainee[trainee, default: OutcomeCounts()].add(outcome, count)
        byScenario[scenario, default: OutcomeCounts()].add(outcome, count)
        byWeek[week, default: OutcomeCounts()].add(outcome, count)
        team.add(outcome, count)
    }

    /// The same counts read one margin at a time (a few hundred rows rather than about one
    /// per session): per trainee (which also makes the team's), per scenario, per week.
    public mutating func add(trainee: String, outcome: String?, count: Int) {
        guard let outcome = outcome.flatMap(SessionOutcome.init(rawValue:)) else { return }
        byTrainee[trainee, default: OutcomeCounts()].add(outcome, count)
        team.add(outcome, count)
    }

    public mutating func add(scenario: String, outcome: String?, count: Int) {
        guard let outcome = outcome.flatMap(SessionOutcome.init(rawValue:)) else { return }
        byScenario[scenario, default: OutcomeCounts()].add(outcome, count)
    }

    public mutating func add(week: Int, outcome: String?, count: Int) {
        guard let outcome = outcome.flatMap(SessionOutcome.init(rawValue:)) else { return }
        byWeek[week, default: OutcomeCounts()].add(outcome, count)
    }

    /// The weekly outcome trend over `weeks` (empty weeks included).
    public func trend(_ weeks: ClosedRange<Int>) -> [OutcomeWeek] {
        weeks.map { OutcomeWeek(weekStart: ReviewWeeks.start($0), outcomes: byWeek[$0] ?? OutcomeCounts()) }
    }

    /// Sets each trainee's and scenario's outcomes and the team's, and the trend.
    public func apply(to summary: inout ReviewSummary, weeks: ClosedRange<Int>?) {
        summary.outcomes = team
        summary.outcomeTrend = weeks.map(trend) ?? []
        for index in summary.trainees.indices {
            summary.trainees[index].outcomes = byTrainee[summary.trainees[index].trainee] ?? OutcomeCounts()
        }
        for index in summary.scenarios.indices {
            summary.scenarios[index].outcomes = byScenario[summary.scenarios[index].scenarioId] ?? OutcomeCounts()
        }
    }
}
