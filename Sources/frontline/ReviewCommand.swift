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

    typealias Format = ReviewRun.Format

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
        let review = ReviewRun(format: format, calibration: calibration, options: ReviewOptions(passMark: passMark, stuckAfter: stuckAfter),
                               palette: .terminal(), width: OutputWidth.current())
        let path = StoreLocation(filters.store).display
        let output: ReviewRun.Output
        do {
            if let progress = try ExistingStore.open(filters.store) {
                let (filter, scope) = try filters.resolve(in: progress)
                output = try review.run(filter, scope: scope, in: progress, now: Date()) { ExistingStore.emptyState(path: path) }
            } else {
                let scope = ReviewScope(trainee: filters.trainee, since: filters.since, until: filters.until, track: filters.track)
                output = try review.withoutStore(scope: scope, path: path, now: Date()) { ExistingStore.emptyState(path: path) }
            }
        } catch let error as StoreError {
            throw UserError(error.description)
        }
        FileHandle.standardOutput.write(Data(output.text.utf8))
        if let notice = output.notice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
    }
}

extension ReviewRun.Format: ExpressibleByArgument {}
