import Foundation
import FrontlineGrader
import FrontlineModel

/// One `frontline grade` run: a JSONL file (or standard input) graded line by line into
/// JSONL, with the content loaded as the lines need it (`LazyContent`). What a terminal
/// shows while it runs (a progress bar) is the caller's: it hears of each block through
/// `Observer`.
public struct GradeJob {
    public var input: String
    public var output: String?
    public var scenario: String?
    public var language: String
    /// Which findings carry their tip (see `BatchGrading.Tips`).
    public var tips: BatchGrading.Tips

    public init(input: String, output: String?, scenario: String?, language: String, tips: BatchGrading.Tips = .focus) {
        self.input = input
        self.output = output
        self.scenario = scenario
        self.language = language
        self.tips = tips
    }

    /// What the caller hears while grading; every call comes from one thread at a time.
    public struct Observer {
        /// Lines for standard error: a language without rubrics, skipped lines.
        public var warn: (String) -> Void
        /// Before lines are reported skipped (to clear a progress bar first).
        public var beforeWarning: () -> Void
        /// The number of the last line read so far.
        public var progress: (Int) -> Void

        public init(warn: @escaping (String) -> Void, beforeWarning: @escaping () -> Void = {}, progress: @escaping (Int) -> Void = { _ in }) {
            self.warn = warn
            self.beforeWarning = beforeWarning
            self.progress = progress
        }
    }

    public struct Result: Equatable {
        public var graded: Int
        public var skipped: Int
        /// Why the output could not be written to the end (grading stopped there).
        public var writeFailure: String?
        /// Why the input could not be read to the end (the lines before it were graded).
        public var readFailure: String?
        /// Languages whose rubrics have a pattern that does not compile: their lines were
        /// written with null scores, and the run fails.
        public var refusedLanguages: [String]

        public init(graded: Int, skipped: Int, writeFailure: String? = nil, readFailure: String? = nil,
                    refusedLanguages: [String] = []) {
            self.graded = graded
            self.skipped = skipped
            self.writeFailure = writeFailure
            self.readFailure = readFailure
            self.refusedLanguages = refusedLanguages
        }

        /// Throws when the output is incomplete: what failed, quoting the file.
        public func requireComplete(input: String, output: String?) throws(BatchError) {
            if let writeFailure {
                throw BatchError("cannot write '\(output ?? "-")': \(writeFailure); the output is incomplete (grading stopped)")
            }
            if let readFailure {
                throw BatchError("cannot read '\(input)' to the end: \(readFailure); the lines before the error were graded")
            }
            if !refusedLanguages.isEmpty {
                let names = refusedLanguages.map { "'\($0)'" }.joined(separator: ", ")
                throw BatchError("lines in \(names) were not graded: a rubric pattern does not compile (the diagnostics are above); fix it, check it with 'frontline check', and grade again")
            }
        }
    }

    /// Checks the options against the content before anything is read or written.
    public func prepare(content: LazyContent) throws(BatchError) -> Scenario? {
        var chosen: Scenario?
        if let scenario {
            guard let found = content.scenario(scenario) else {
                throw BatchError("no scenario '\(scenario)'\(scenario.didYouMean(content.scenarioIds)); 'frontline list' shows them")
            }
            chosen = found
        }
        guard let grader = content.grader(for: language) else {
            throw BatchError("no rubric for language '\(language)'; rubrics exist for: \(content.rubricLanguages.joined(separator: ", "))")
        }
        // Refused before anything is read or written: a pattern left out would score its
        // criterion 0 in every line. The scenario's language is the lines' default too.
        var defaults = [(language, grader)]
        if let chosen, let graderOfScenario = content.grader(for: chosen.language) { defaults.append((chosen.language, graderOfScenario)) }
        for (tag, grader) in defaults where !grader.patternDiagnostics.isEmpty {
            throw BatchError(PatternRefusal(language: tag, diagnostics: grader.patternDiagnostics).description)
        }
        return chosen
    }

    /// Grades every line on every core, written in input order; memory stays bounded by a
    /// few blocks per core, whatever the file's length. A failure to write or read part
    /// way is in the result (`requireComplete`), so the caller can first say how far it got.
    public func run(content: LazyContent, scenario chosen: Scenario?, observer: Observer) throws(BatchError) -> Result {
        let input = self.input
        let noticed = MissingRubricNotice(content) { message in observer.warn("\(input): \(message)\n") }
        let batch = BatchGrading(content: noticed, scenario: chosen, defaultLanguage: language, tips: tips)
        let reader = try BlockReader(path: input)
        let writer = try BlockWriter(path: output)
        let pipeline = BatchPipeline(batch: batch, reader: reader, writer: writer) { lastLine, skippedLines in
            if !skippedLines.isEmpty {
                observer.beforeWarning()
                var message = ""
                for line in skippedLines { message += "\(input):\(line.line): skipped: \(line.message)\n" }
                observer.warn(message)
            }
            observer.progress(lastLine)
        }
        pipeline.run()
        writer.close()
        return Result(graded: pipeline.graded, skipped: pipeline.skipped, writeFailure: writer.failure, readFailure: reader.failure,
                      refusedLanguages: noticed.refusedLanguages)
    }
}
