import ArgumentParser
import Foundation
import FrontlineBatch
import FrontlineTerminal

extension BatchGrading.Tips: ExpressibleByArgument {}

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade replies in bulk: one JSON object per line in, one per line out.",
        discussion: """
            Each input line: {"id": …, "customer": "…", "reply": "…"} and optionally "scenario", "turn", \
            "language" and "seconds". Each output line, in the same order: \
            {"id": …, "scores": {"empathy": …, "accuracy": … or null, "response_time": … or null, "overall": …}, \
            "facets": {…}, "findings": […]}. Every finding is listed; the misses that matter most \
            now (at most three, as coach feedback picks them) carry a "tip" ("--tips all": every miss).
            Without a scenario, accuracy is null; without "seconds", response time is null. \
            "seconds" is at most 31536000 (a year). A UTF-8 byte order mark on line 1 is ignored. \
            A malformed line is reported on stderr with its line number and skipped; a language \
            with no rubric is named once on stderr and its lines are written with null scores.
            """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("JSONL file to grade ('-' for standard input).", valueName: "file"))
    var input: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the graded JSONL (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Grade every line against this scenario (its language, customer and turns).", valueName: "id"))
    var scenario: String?

    @Option(name: .long, help: ArgumentHelp("Language of lines that name none and have no scenario.", valueName: "tag"))
    var language = "en"

    @Option(name: .long, help: ArgumentHelp(
        "Which misses carry a tip: 'focus', the one to three that matter most now (as coach feedback picks them), or 'all'.",
        valueName: "focus|all"))
    var tips: BatchGrading.Tips = .focus

    func run() throws {
        // Only what the lines need is read: a language's rubrics on its first line,
        // scenarios when one is named (see LazyContent).
        let content = LazyContent(root: ContentLocation.resolve())
        // The process ends with this command: its graders (megabytes of phrase tables
        // and word forms) are left for the system to reclaim, not freed object by object
        // (about 5 ms at exit; compilers skip the same work).
        _ = Unmanaged.passRetained(content)
        let job = GradeJob(input: input, output: output, scenario: scenario, language: language, tips: tips)
        let chosen = try job.prepare(content: content)
        // Lines are counted for the bar only when there is a terminal to draw it on.
        let bar = isatty(STDERR_FILENO) == 1
            ? ProgressBar.forStandardError(total: input == "-" ? nil : BlockReader.countLines(path: input), label: "grading") : nil
        let result = try job.run(content: content, scenario: chosen, observer: GradeJob.Observer(
            warn: { FileHandle.standardError.write(Data($0.utf8)) }, beforeWarning: { bar?.clear() }, progress: { bar?.update($0) }))
        bar?.finish()
        if result.skipped > 0 || bar != nil {
            FileHandle.standardError.write(Data("graded \(result.graded) line\(result.graded == 1 ? "" : "s"), skipped \(result.skipped)\n".utf8))
        }
        try result.requireComplete(input: input, output: output)
    }
}
