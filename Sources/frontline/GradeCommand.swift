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

    static let chunkSize = 4096

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
        // Lines are counted for the bar only when there is a terminal to draw it on.
        let showBar = isatty(STDERR_FILENO) == 1
        let progress = showBar ? ProgressBar.forStandardError(total: input == "-" ? nil : LineReader.countLines(path: input), label: "grading") : nil
        var lineNumber = 0, graded = 0, skipped = 0
        // Chunks of lines are graded on every core, then written in input order; memory
        // stays bounded by the chunk, whatever the file's length.
        var chunk: [(number: Int, line: Data)] = []
        chunk.reserveCapacity(Self.chunkSize)
        func flush() {
            for (index, result) in BatchParallel.grade(chunk.map(\.line), with: batch).enumerated() {
                switch result {
                case .success(let out):
                    writer.write(out)
                    graded += 1
                case .failure(let error):
                    skipped += 1
                    progress?.clear()
                    FileHandle.standardError.write(Data("\(input):\(chunk[index].number): skipped: \(error.message)\n".utf8))
                }
            }
            progress?.update(lineNumber)
            chunk.removeAll(keepingCapacity: true)
        }
        while let line = reader.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            chunk.append((lineNumber, line))
            if chunk.count == Self.chunkSize { flush() }
        }
        flush()
        progress?.finish()
        writer.close()
        if skipped > 0 || progress != nil {
            FileHandle.standardError.write(Data("graded \(graded) line\(graded == 1 ? "" : "s"), skipped \(skipped)\n".utf8))
        }
    }
}
