import ArgumentParser
import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import FrontlineTerminal

struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade replies in bulk: one JSON object per line in, one per line out.",
        discussion: """
            Each input line: {"id": …, "customer": "…", "reply": "…"} and optionally "scenario", "turn", \
            "language" and "seconds". Each output line, in the same order: \
            {"id": …, "scores": {"empathy": …, "accuracy": … or null, "response_time": … or null, "overall": …}, "findings": […]}.
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

    func run() throws {
        // Only what the lines need is read: a language's rubrics on its first line,
        // scenarios when one is named (see LazyContent).
        let content = LazyContent(root: ContentLocation.resolve())
        var chosen: Scenario?
        if let scenario {
            guard let found = content.scenario(scenario) else {
                throw UserError("no scenario '\(scenario)'\(scenario.didYouMean(content.scenarioIds)); 'frontline list' shows them")
            }
            chosen = found
        }
        guard content.grader(for: language) != nil else {
            throw UserError("no rubric for language '\(language)'; rubrics exist for: \(content.rubricLanguages.joined(separator: ", "))")
        }
        let noticed = MissingRubricNotice(content) { message in
            FileHandle.standardError.write(Data("\(input): warning: \(message)\n".utf8))
        }
        let batch = BatchGrading(content: noticed, scenario: chosen, defaultLanguage: language)
        let reader = try BlockReader(path: input)
        let writer = try BlockWriter(path: output)
        // Lines are counted for the bar only when there is a terminal to draw it on.
        let showBar = isatty(STDERR_FILENO) == 1
        let progress = showBar ? ProgressBar.forStandardError(total: input == "-" ? nil : BlockReader.countLines(path: input), label: "grading") : nil
        // Blocks of lines are graded on every core and written in input order; memory
        // stays bounded by a few blocks per core, whatever the file's length.
        let pipeline = BatchPipeline(batch: batch, reader: reader, writer: writer) { lastLine, skippedLines in
            if !skippedLines.isEmpty {
                progress?.clear()
                var message = ""
                for line in skippedLines { message += "\(input):\(line.line): skipped: \(line.message)\n" }
                FileHandle.standardError.write(Data(message.utf8))
            }
            progress?.update(lastLine)
        }
        pipeline.run()
        progress?.finish()
        writer.close()
        let graded = pipeline.graded, skipped = pipeline.skipped
        if skipped > 0 || progress != nil {
            FileHandle.standardError.write(Data("graded \(graded) line\(graded == 1 ? "" : "s"), skipped \(skipped)\n".utf8))
        }
        if let failure = writer.failure {
            throw UserError("cannot write '\(output ?? "-")': \(failure); the output is incomplete (grading stopped)")
        }
        if let failure = reader.failure {
            throw UserError("cannot read '\(input)' to the end: \(failure); the lines before the error were graded")
        }
    }
}
