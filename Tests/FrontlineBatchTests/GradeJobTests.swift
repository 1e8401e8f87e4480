import Foundation
import Testing
@testable import FrontlineBatch

/// A `frontline grade` run without the command line: options checked against the
/// content first, every line accounted for, and an incomplete output reported.
@Suite struct GradeJobTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("grade-job-\(UUID().uuidString).jsonl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func anUnknownScenarioOrLanguageIsRefusedBeforeAnythingIsRead() {
        let content = LazyContent(root: Self.root)
        let scenario = GradeJob(input: "-", output: nil, scenario: "refund-requets", language: "en")
        #expect(throws: BatchError.self) { try scenario.prepare(content: content) }
        do {
            _ = try scenario.prepare(content: content)
        } catch {
            #expect(error.description.hasPrefix("no scenario 'refund-requets'"))
            #expect(error.description.contains("refund-request"))
        }
        let language = GradeJob(input: "-", output: nil, scenario: nil, language: "xx")
        #expect(throws: BatchError("no rubric for language 'xx'; rubrics exist for: \(content.rubricLanguages.joined(separator: ", "))")) {
            try language.prepare(content: content)
        }
    }

    @Test func everyLineIsGradedOrReportedSkippedInOrder() throws {
        let input = try Self.temporaryFile("""
            {"id": 1, "customer": "My order is late.", "reply": "I'm so sorry, let me check that for you."}
            {broken
            {"id": 3, "customer": "Where is it?", "reply": "It ships today.", "language": "xx"}
            """)
        let output = input + ".out"
        defer { try? FileManager.default.removeItem(atPath: input); try? FileManager.default.removeItem(atPath: output) }
        let content = LazyContent(root: Self.root)
        let job = GradeJob(input: input, output: output, scenario: nil, language: "en")
        var warnings: [String] = []
        var lastLine = 0
        let result = try job.run(content: content, scenario: try job.prepare(content: content), observer: GradeJob.Observer(
            warn: { warnings.append($0) }, progress: { lastLine = $0 }))
        #expect(result == GradeJob.Result(graded: 2, skipped: 1))
        #expect(lastLine == 3)
        #expect(warnings.contains { $0.hasPrefix("\(input):2: skipped: ") })
        #expect(warnings.contains { $0.contains("warning: no rubric for language 'xx'") })
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.contains(#""id":1"#) == true && lines.last?.contains(#""id":3"#) == true)
        try result.requireComplete(input: input, output: output)
    }

    @Test func anIncompleteOutputSaysWhatFailed() {
        let failed = GradeJob.Result(graded: 10, skipped: 0, writeFailure: "No space left on device")
        #expect(throws: BatchError("cannot write '/dev/full': No space left on device; the output is incomplete (grading stopped)")) {
            try failed.requireComplete(input: "in.jsonl", output: "/dev/full")
        }
        let unread = GradeJob.Result(graded: 3, skipped: 0, readFailure: "Input/output error")
        #expect(throws: BatchError("cannot read 'in.jsonl' to the end: Input/output error; the lines before the error were graded")) {
            try unread.requireComplete(input: "in.jsonl", output: nil)
        }
    }

    @Test func quotedControlCharactersAreMadeVisible() {
        #expect(!BatchError("cannot read 'a\u{1B}[2Jb'").description.contains("\u{1B}"))
    }
}

/// Rubrics with a pattern that does not compile grade nothing: refused before anything is
/// written when they are the lines' default language, and otherwise their lines are
/// written ungraded, each pattern's diagnostic is on stderr, and the run fails.
@Suite struct GradePatternRefusalTests {
    /// The shipped English rubrics, and `xx` rubrics whose one pattern never closes its '('.
    static func content() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("grade-refusal-\(UUID().uuidString)")
        let rubrics = folder.appendingPathComponent("Rubrics")
        try FileManager.default.createDirectory(at: rubrics.appendingPathComponent("xx"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: GradeJobTests.root).appendingPathComponent("Rubrics/en"),
                                         to: rubrics.appendingPathComponent("en"))
        try """
            dimension: empathy
            language: xx
            weight: 1
            criteria:
              - id: greet
                name: Greet the customer
                tip: Say hello.
                points: 10
                say: ["hello", "(good morning|good day"]
            """.write(to: rubrics.appendingPathComponent("xx/empathy.yaml"), atomically: true, encoding: .utf8)
        return folder.path
    }

    @Test func theDefaultLanguageIsRefusedBeforeAnythingIsWritten() throws {
        let content = LazyContent(root: try Self.content())
        let job = GradeJob(input: "-", output: nil, scenario: nil, language: "xx")
        do {
            _ = try job.prepare(content: content)
            Issue.record("rubrics with a pattern that does not compile were accepted")
        } catch {
            #expect(error.description.contains("the 'xx' rubrics have a phrase pattern that does not compile"))
            #expect(error.description.contains("xx/empathy.yaml:9:"), "located: \(error.description)")
        }
    }

    @Test func linesInARefusedLanguageAreWrittenUngradedAndTheRunFails() throws {
        let input = try GradeJobTests.temporaryFile("""
            {"id": 1, "reply": "I'm so sorry, let me check that for you."}
            {"id": 2, "reply": "hello", "language": "xx"}
            {"id": 3, "reply": "good day", "language": "xx"}
            """)
        let output = input + ".out"
        defer { try? FileManager.default.removeItem(atPath: input); try? FileManager.default.removeItem(atPath: output) }
        let content = LazyContent(root: try Self.content())
        let job = GradeJob(input: input, output: output, scenario: nil, language: "en")
        var warnings: [String] = []
        let result = try job.run(content: content, scenario: try job.prepare(content: content),
                                 observer: GradeJob.Observer(warn: { warnings.append($0) }))
        #expect(result.refusedLanguages == ["xx"])
        #expect(warnings.filter { $0.contains("error: the 'xx' rubrics") }.count == 1, "said once: \(warnings)")
        #expect(warnings.contains { $0.contains("'(' is never closed with ')'") })
        let lines = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "no line is lost")
        #expect(lines[0].contains(#""empathy":"#) && !lines[0].contains(#""empathy":null"#))
        for line in lines.dropFirst() {
            #expect(line.contains(#""empathy":null"#) && line.contains("does not compile"), "\(line)")
        }
        #expect(throws: BatchError.self) { try result.requireComplete(input: input, output: output) }
    }
}
