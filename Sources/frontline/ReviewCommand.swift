import ArgumentParser
import Foundation
import FrontlineReports
import FrontlineSession
import FrontlineStore
import FrontlineTerminal

/// `frontline review`: the team (or one trainee) at a glance for a supervisor.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "See who is improving and why: averages, outcomes, weekly trends, stuck trainees, open disputes, most-missed criteria.",
        discussion: """
            Without --trainee: the whole team, one line per trainee, how each scenario's conversations end, \
            who is stuck, open disputes and the criteria the team misses most. With --trainee: that trainee's \
            scenarios and latest sessions with how each ended. With --calibration: per criterion, how often \
            supervisors correct the grader and which way, and per dimension by how much.

            The average is the mean overall of every session with at least one graded reply (completed, \
            abandoned, interrupted or in progress), each session once; outcomes count every ended session. \
            A trainee is stuck when their last --stuck-after sessions are all below --pass-mark, or none of \
            them beats the average of as many before (while still below the pass mark at times). \
            Supervisors' overrides and corrections are shown beside the grader's averages, never instead of \
            them. Every figure is defined in docs/figures.md.

            Dates are \(DateFilter.accepted); a day counts whole, in your time zone.

            Examples:  frontline review --since 30d
                       frontline review --trainee "Jānis Bērziņš" --scenario refund-request
                       frontline review --track refund-request,billing-error --format csv > team.csv
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var filters: ReviewFilterOptions

    @Option(name: .long, help: ArgumentHelp("table, json or csv.", valueName: "format"))
    var format: Format = .table

    @Flag(name: .long, help: "Report per criterion how often supervisors correct the grader and which way, and per dimension by how much.")
    var calibration = false

    @Option(name: .long, help: ArgumentHelp("A session below this overall score did not pass.", valueName: "score"))
    var passMark: Double = 70

    @Option(name: .long, help: ArgumentHelp("How many latest sessions decide whether a trainee is stuck.", valueName: "n"))
    var stuckAfter = 3

    func validate() throws {
        guard (0...100).contains(passMark) else { throw ValidationError("--pass-mark must be between 0 and 100, not \(passMark)") }
        guard (1...50).contains(stuckAfter) else { throw ValidationError("--stuck-after must be between 1 and 50, not \(stuckAfter)") }
    }

    func run() throws {
        let location = StoreLocation(filters.store)
        let path = location.display
        guard let progress = try ExistingStore.open(filters.store) else {
            return try emptyStore(path: path, scope: ReviewScope(trainee: filters.trainee, since: filters.since,
                                                                 until: filters.until, track: filters.track))
        }
        let (filter, scope) = try filters.resolve(in: progress)
        let palette = Palette.terminal()
        let width = OutputWidth.current()
        do {
            if calibration {
                let report = try progress.calibration(filter)
                switch format {
                case .table: print(CalibrationText(report, scope: scope, palette: palette, width: width).render())
                case .json: print(try ReviewData.json(report, scope: scope))
                case .csv: FileHandle.standardOutput.write(Data(ReviewData.csv(report).utf8))
                }
                return
            }
            let options = ReviewOptions(passMark: passMark, stuckAfter: stuckAfter)
            let summary = try progress.review(filter, options: options)
            switch format {
            case .json: print(try ReviewData.json(summary, scope: scope))
            case .csv: FileHandle.standardOutput.write(Data(ReviewData.csv(summary).utf8))
            case .table:
                if summary.sessions.total == 0 {
                    print(try noMatch(progress, scope: scope, path: path))
                } else {
                    print(ReviewText(summary, scope: scope, palette: palette, width: width).render())
                }
            }
        } catch let error as StoreError {
            throw UserError(error.description)
        }
    }

    /// No store file yet: nothing to review, and nothing is created.
    func emptyStore(path: String, scope: ReviewScope) throws {
        switch format {
        case .table:
            print(ExistingStore.emptyState(path: path))
        case .json:
            print(calibration ? try ReviewData.json(CalibrationReport.empty, scope: scope)
                  : try ReviewData.json(ReviewSummary.empty(ReviewOptions(passMark: passMark, stuckAfter: stuckAfter)), scope: scope))
        case .csv:
            let text = calibration ? ReviewData.csv(CalibrationReport.empty)
                : ReviewData.csv(ReviewSummary.empty(ReviewOptions(passMark: passMark, stuckAfter: stuckAfter)))
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if format != .table {
            FileHandle.standardError.write(Data("frontline: no sessions yet (no progress store at \(path))\n".utf8))
        }
    }

    /// The store has sessions, but none in this range: say what there is instead.
    func noMatch(_ progress: any ProgressStore, scope: ReviewScope, path: String) throws -> String {
        let total = try progress.sessionCount()
        guard total > 0 else { return ExistingStore.emptyState(path: path) }
        let everything = try progress.review(ReviewFilter(trainee: scope.trainee),
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
    static func empty(_ options: ReviewOptions) -> ReviewSummary {
        ReviewSummary(sessions: SessionCounts(), turns: 0, averages: ScoreAverages(), calibrated: nil, overrides: 0,
                      trend: [], lastActivity: nil, trainees: [], scenarios: [], misses: [], recent: [],
                      passMark: options.passMark, stuckAfter: options.stuckAfter)
    }
}

extension CalibrationReport {
    static let empty = CalibrationReport(gradedTurns: 0, reviewedTurns: 0, overriddenTurns: 0, dimensions: [], criteria: [])
}
