import Foundation
import FrontlineModel
import FrontlineStore

/// `frontline regrade` without the command line: the sessions a filter picks re-scored
/// with the current content, the new scores saved beside the recorded ones (unless a dry
/// run), and the before/after averages tallied.
public struct RegradeRun {
    public var regrader: Regrader
    /// Only sessions of this scenario (nil: all).
    public var scenario: String?
    /// Only sessions started at or after this instant.
    public var since: Date?
    /// How the filter reads in the store's list of regrade batches ("since 7d, scenario x").
    public var filterDescription: String
    public var dryRun: Bool

    public init(regrader: Regrader, scenario: String?, since: Date?, filterDescription: String, dryRun: Bool) {
        self.regrader = regrader
        self.scenario = scenario
        self.since = since
        self.filterDescription = filterDescription
        self.dryRun = dryRun
    }

    /// The sessions the filter picks, oldest first as the store lists them.
    public func sessions(in store: some SessionReading) throws(StoreError) -> [StoredSession] {
        try store.sessions(trainee: nil, scenario: scenario, limit: nil).filter { since == nil || $0.startedAt >= since! }
    }

    /// Regrades `sessions`; `progress` hears how many are done after each. A failure to
    /// read or write the store stops the run (what was saved before it stays, as its own batch).
    public func run(_ sessions: [StoredSession], store: some SessionReading & Regrading, now: Date,
                    progress: (Int) -> Void = { _ in }) throws(StoreError) -> RegradeTally {
        var tally = RegradeTally()
        let batch = dryRun ? nil : try store.startRegrade(at: now, filter: filterDescription)
        let catalog = regrader.catalog
        for (index, session) in sessions.enumerated() {
            let turns = try store.turns(session: session.id)
            switch regrader.regrade(session, turns: turns) {
            case .failure(let skip):
                tally.skipped[skip, default: 0] += 1
            case .success(let results):
                let fingerprint = catalog.scenario(session.scenarioId).map { catalog.contentFingerprint(of: $0) } ?? ""
                for result in results {
                    tally.add(before: result.turn, after: result)
                    if let batch {
                        try store.recordRegrade(batch: batch, turn: result.turn.id, grade: result.grade,
                                                overall: result.overall, fingerprint: fingerprint)
                    }
                }
            }
            progress(index + 1)
        }
        return tally
    }
}

/// Before/after averages per dimension (and overall) over the regraded turns.
public struct RegradeTally: Equatable, Sendable {
    public struct Mean: Equatable, Sendable {
        public var sum = 0.0
        public var count = 0
        public var value: Double? { count > 0 ? sum / Double(count) : nil }

        public init(sum: Double = 0, count: Int = 0) {
            self.sum = sum
            self.count = count
        }
    }
    /// Keyed by a dimension's raw value, or "overall".
    public var before: [String: Mean] = [:]
    public var after: [String: Mean] = [:]
    public var turns = 0
    /// Turns whose overall moved by 0.05 or more, or any of whose dimension scores changed.
    public var changed = 0
    public var skipped: [Regrader.Skip: Int] = [:]

    public init() {}

    /// The rows to show: each dimension scored before and after, then overall.
    public static var keys: [String] { Dimension.allCases.map(\.rawValue) + ["overall"] }

    mutating func add(before old: StoredTurn, after new: Regrader.Regraded) {
        turns += 1
        var moved = abs(old.overall - new.overall) >= 0.05
        for dimension in Dimension.allCases {
            if let value = old.scores[dimension] { before[dimension.rawValue, default: Mean()].add(value) }
            if let value = new.grade.scores[dimension] { after[dimension.rawValue, default: Mean()].add(value) }
            if old.scores[dimension] != new.grade.scores[dimension] { moved = true }
        }
        before["overall", default: Mean()].add(old.overall)
        after["overall", default: Mean()].add(new.overall)
        if moved { changed += 1 }
    }
}

extension RegradeTally.Mean {
    mutating func add(_ value: Double) {
        sum += value
        count += 1
    }
}
