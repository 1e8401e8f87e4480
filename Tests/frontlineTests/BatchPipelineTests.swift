import Foundation
import Testing
import FrontlineBatch
import FrontlineGrader

/// The grading pipeline: blocks graded on several threads and parked until their turn
/// come out exactly as grading the lines one by one would give them, in order, with the
/// skipped lines reported in order; a failed write stops it and is reported.
@Suite struct BatchPipelineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Lines of very different lengths (so blocks take very different times), with
    /// malformed lines among them.
    static func lines() -> [String] {
        (1...1200).map { n in
            if n % 97 == 0 { return "{broken \(n)" }
            let words = String(repeating: "the parcel from March was late again and I am upset ", count: n % 13 == 0 ? 40 : 1)
            return #"{"id": \#(n), "customer": "\#(words)", "reply": "I'm so sorry about parcel \#(n); I'll fix it today."}"#
        }
    }

    @Test("many small blocks on one, two or four workers come out in input order, byte for byte", arguments: [1, 2, 4])
    func parkedBlocksAreWrittenInOrder(workers: Int) throws {
        let folder = try Binary.temporaryFolder()
        let input = folder.appendingPathComponent("in.jsonl"), output = folder.appendingPathComponent("out.jsonl")
        let lines = Self.lines()
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)

        let batch = BatchGrading(content: LazyContent(root: Self.root), scenario: nil)
        var expected: [UInt8] = []
        var expectedSkipped: [Int] = []
        for (index, line) in lines.enumerated() {
            if let graded = try? batch.gradeLine(Data(line.utf8)) {
                expected += graded
                expected.append(0x0A)
            } else {
                expectedSkipped.append(index + 1)
            }
        }

        let reader = try BlockReader(path: input.path, blockSize: 700) // a few lines a block
        let writer = try BlockWriter(path: output.path)
        var reported: [Int] = []
        var lastLines: [Int] = []
        let pipeline = BatchPipeline(batch: batch, reader: reader, writer: writer) { last, skipped in
            lastLines.append(last) // never called concurrently
            reported += skipped.map(\.line)
        }
        pipeline.run(workers: workers)
        writer.close()
        #expect(try Array(Data(contentsOf: output)) == expected)
        #expect(reported == expectedSkipped)
        #expect(lastLines == lastLines.sorted() && lastLines.last == lines.count)
        #expect(pipeline.graded == lines.count - expectedSkipped.count && pipeline.skipped == expectedSkipped.count)
    }

    @Test("a full disk stops grading and fails the command with the reason",
          .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full (Linux)"))
    func writeFailureIsReported() throws {
        let folder = try Binary.temporaryFolder()
        let input = folder.appendingPathComponent("in.jsonl")
        try Self.lines().joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let result = try Binary.run(["grade", "-i", input.path, "-o", "/dev/full"])
        #expect(result.status != 0)
        #expect(result.err.contains("cannot write '/dev/full': No space left on device; the output is incomplete"), "\(result.err)")
    }
}
