import Foundation

/// What a review reads from a store engine: aggregates over the sessions a filter selects,
/// summed where the data lives (SQL, rollups, covering indexes), never a turn or finding
/// one by one. `ReviewSummary.assemble` turns them into the summary, with the rules (weeks,
/// the stuck rule, calibrated averages, miss ranking, outcomes) applied the same way for
/// every engine. One source answers for one filter, inside one read transaction.
public protocol ReviewSource {
    /// The sessions the review covers.
    var filter: ReviewFilter { get }

    /// Per trainee with sessions in scope: counts, turns, best, last activity (trend and
    /// stuck left empty) and the sums behind the averages.
    func traineeTotals() throws -> [TraineeTotals]
    /// When the first and the latest session in scope started; nil without sessions.
    func activeRange() throws -> (first: Date, last: Date)?
    /// The filtered trainee's scored sessions per week over `weeks`.
    func ownWeeks(_ weeks: ClosedRange<Int>) throws -> [Int: WeekSum]
    /// The team's scored sessions per week over `team`, and each trainee's over `trainees`.
    func teamWeeks(_ team: ClosedRange<Int>, trainees: ClosedRange<Int>) throws
        -> (team: [Int: WeekSum], trainees: [String: [Int: WeekSum]])
    /// Each trainee's latest `count` overall scores within the filter's team (other
    /// trainees' filters ignored), newest first.
    func latestScores(of trainees: [String], count: Int) throws -> [String: [Double]]
    /// Per scenario, in id order, outcomes left empty.
    func scenarios() throws -> [ScenarioSummary]
    /// Per criterion missed (or penalty triggered): on how many turns, under which names.
    func missTallies() throws -> [String: MissTally]
    /// The weight one finding of the criterion carries; nil when none is found.
    func missWeight(_ criterionId: String) throws -> MissRanking.Weight?
    /// Names the criterion was missed under that `missTallies` left out (a rollup without
    /// names); added before the most-missed-under name is chosen.
    func moreMissNames(_ criterionId: String, into names: inout [String: Int]) throws
    /// Sessions per trainee, scenario, week and outcome.
    func outcomes() throws -> OutcomeTally
    /// The latest override of each turn and dimension in scope.
    func effectiveOverrides() throws -> [EffectiveOverride]
    /// The filtered trainee's latest sessions, newest first, with their annotation counts.
    func recentSessions(limit: Int) throws -> [ReviewedSession]
    /// Disputes of the sessions in scope no supervisor has settled.
    func openDisputes() throws -> [Dispute]
}

extension ReviewSource {
    public func moreMissNames(_ criterionId: String, into names: inout [String: Int]) throws {}
}

/// One trainee's line before trends and the stuck rule, with the sums its averages come from.
public struct TraineeTotals: Sendable {
    public var summary: TraineeSummary
    public var totals: ScoreTotals

    public init(summary: TraineeSummary, totals: ScoreTotals) {
        self.summary = summary
        self.totals = totals
    }
}

/// A criterion's misses in scope, and how many came under each of its names (a criterion
/// id is shared by the rubrics of every language; the name most missed under is shown).
public struct MissTally: Sendable, Equatable {
    public var dimension: String
    public var outcome: String
    public var turns = 0
    public var names: [String: Int] = [:]

    public init(dimension: String, outcome: String, turns: Int = 0, names: [String: Int] = [:]) {
        self.dimension = dimension
        self.outcome = outcome
        self.turns = turns
        self.names = names
    }
}
