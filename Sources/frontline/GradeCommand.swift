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
            A malformed line is reported on stderr with its line number and skipped.
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
        let loaded = CatalogLoader.load(root: ContentLocation.resolve())
        let catalog = loaded.catalog
        var chosen: Scenario?
        if let scenario {
            guard let found = catalog.scenario(scenario) else {
                throw UserError("no scenario '\(scenario)'\(scenario.didYouMean(catalog.scenarios.map(\.id))); 'frontline list' shows them")
            }
            chosen = found
        }
        let library = GraderLibrary(catalog: catalog)
        guard library.grader(for: language) != nil else {
            throw UserError("no rubric for language '\(language)'; rubrics exist for: \(library.languages.joined(separator: ", "))")
        }
        let batch = BatchGrading(library: library, catalog: catalog, scenario: chosen, defaultLanguage: language)
        let reader = try LineReader(path: input)
        let writer = try LineWriter(path: output)
        let progress = ProgressBar.forStandardError(total: input == "-" ? nil : LineReader.countLines(path: input), label: "grading")
        var lineNumber = 0, graded = 0, skipped = 0
        while let line = reader.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                writer.write(try batch.gradeLine(line))
                graded += 1
            } catch {
                skipped += 1
                progress?.clear()
                FileHandle.standardError.write(Data("\(input):\(lineNumber): skipped: \(error.message)\n".utf8))
            }
            progress?.update(lineNumber)
        }
        progress?.finish()
        writer.close()
        if skipped > 0 || progress != nil {
            FileHandle.standardError.write(Data("graded \(graded) line\(graded == 1 ? "" : "s"), skipped \(skipped)\n".utf8))
        }
    }
}
