import Foundation
import FrontlineReports
import FrontlineStore

/// `frontline review` without the command line: the team or trainee summary (or the
/// calibration report) of the filtered sessions as a table, JSON or CSV, and what to say
/// when there is no store yet or nothing matches the filters. The caller opens the store,
/// resolves the filters and prints `Output`.
public struct ReviewRun: Sendable {
    public enum Format: String, CaseIterable, Sendable { case table, json, csv }

    public var format: Format
    /// Per criterion and dimension, how supervisors correct the grader, instead of the summary.
    public var calibration: Bool
    public var options: ReviewOptions
    public var palette: Palette
    /// Columns for tables.
    public var width: Int

    public init(format: Format, calibration: Bool = false, options: ReviewOptions = ReviewOptions(),
                palette: Palette = .plain, width: Int = 160) {
        self.format = format
        self.calibration = calibration
        self.options = options
        self.palette = palette
        self.width = width
    }

    /// What to print: `text` exactly as it goes to standard output, `notice` (if any) a
    /// line for standard error.
    public struct Output: Sendable, Equatable {
        public var text: String
        public var notice: String?
    }

    /// The review of `filter`'s sessions (throws the store's `StoreError`). `emptyState` is what a supervisor sees in a
    /// table when the store has no sessions at all (it names a scenario to start with).
    public func run(_ filter: ReviewFilter, scope: ReviewScope, in store: some ReviewReading & SessionReading,
                    now: Date, emptyState: () -> String) throws -> Output {
        if calibration {
            return try rendered(store.calibration(filter), scope: scope, now: now)
        }
        let summary = try store.review(filter, options: options)
        if format == .table, summary.sessions.total == 0 {
            return Output(text: try noMatch(scope: scope, in: store, emptyState: emptyState) + "\n")
        }
        return try rendered(summary, scope: scope, now: now)
    }

    /// No store yet: an empty review in the chosen format (nothing is created), and for
    /// JSON and CSV a notice on standard error saying why it is empty.
    public func withoutStore(scope: ReviewScope, path: String, now: Date, emptyState: () -> String) throws -> Output {
        if format == .table { return Output(text: emptyState() + "\n") }
        var output = calibration ? try rendered(CalibrationReport.empty, scope: scope, now: now)
            : try rendered(ReviewSummary.empty(options), scope: scope, now: now)
        output.notice = "frontline: no sessions yet (no progress store at \(path))"
        return output
    }

    func rendered(_ summary: ReviewSummary, scope: ReviewScope, now: Date) throws -> Output {
        switch format {
        case .table: Output(text: ReviewText(summary, scope: scope, palette: palette, width: width).render() + "\n")
        case .json: Output(text: try ReviewData.json(summary, scope: scope, generatedAt: now) + "\n")
        case .csv: Output(text: ReviewData.csv(summary))
        }
    }

    func rendered(_ report: CalibrationReport, scope: ReviewScope, now: Date) throws -> Output {
        switch format {
        case .table: Output(text: CalibrationText(report, scope: scope, palette: palette, width: width).render() + "\n")
        case .json: Output(text: try ReviewData.json(report, scope: scope, generatedAt: now) + "\n")
        case .csv: Output(text: ReviewData.csv(report))
        }
    }

    /// The store has sessions, but none match: say what there is instead.
    func noMatch(scope: ReviewScope, in store: some ReviewReading & SessionReading,
                 emptyState: () -> String) throws -> String {
        let total = try store.sessionCount()
        guard total > 0 else { return emptyState() }
        let everything = try store.review(ReviewFilter(trainee: scope.trainee),
                                          options: ReviewOptions(trendWeeks: 1, missLimit: 0, recentLimit: 1))
        var text = "No sessions match"
        if scope.hasFilters { text += " (\(scope.filterDescription))" }
        text += "."
        if let trainee = scope.trainee {
            text += " \(trainee) has \(ReviewFormat.count(everything.sessions.total)) session\(everything.sessions.total == 1 ? "" : "s") in all"
        } else {
            text += " The store has \(ReviewFormat.count(total)) session\(total == 1 ? "" : "s")"
        }
        if let last = everything.lastActivity { text += ", the latest active \(ReviewFormat().minute(last))" }
        return text + "; widen the filters (or drop them) to see them."
    }
}

extension ReviewSummary {
    /// A review of no sessions, with the options it would have been made with.
    public static func empty(_ options: ReviewOptions) -> ReviewSummary {
        ReviewSummary(sessions: SessionCounts(), turns: 0, averages: ScoreAverages(), calibrated: nil, overrides: 0,
                      trend: [], lastActivity: nil, trainees: [], scenarios: [], misses: [], recent: [],
                      passMark: options.passMark, stuckAfter: options.stuckAfter)
    }
}

extension CalibrationReport {
    /// A calibration report of no graded turns.
    public static let empty = CalibrationReport(gradedTurns: 0, reviewedTurns: 0, overriddenTurns: 0, dimensions: [], criteria: [])
}
