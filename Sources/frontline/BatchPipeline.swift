import Dispatch
import Foundation
import FrontlineGrader

/// Streams JSONL through the grader on every core with constant memory, output in input
/// order. Each worker in turn takes the next block of whole lines from the reader (under
/// a lock), grades it into its own reusable output buffer, waits until every earlier
/// block is written, writes its block with one system call and hands the turn on. Reading,
/// grading and writing so overlap across workers, and no line is copied or allocated on
/// its own.
final class BatchPipeline: @unchecked Sendable {
    /// A line that could not be graded.
    struct Skipped {
        var line: Int
        var message: String
    }

    private let batch: BatchGrading
    private let reader: BlockReader
    private let writer: BlockWriter
    /// Called in line order, one block at a time, never concurrently: the number of the
    /// last line read so far and the lines of this block that were skipped.
    private let report: (Int, [Skipped]) -> Void
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var nextToRead = 0, nextToWrite = 0
    private(set) var graded = 0, skipped = 0

    init(batch: BatchGrading, reader: BlockReader, writer: BlockWriter, report: @escaping (Int, [Skipped]) -> Void) {
        self.batch = batch
        self.reader = reader
        self.writer = writer
        self.report = report
    }

    /// Grades everything the reader holds, on `workers` threads (all cores by default).
    func run(workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in work() }
    }

    private func work() {
        var input: [UInt8] = []
        var output: [UInt8] = []
        var skippedHere: [Skipped] = []
        var worker = BatchGrading.Worker()
        while true {
            // 1. Take the next block (reading is serial; the lock also orders blocks).
            condition.lock()
            let sequence = nextToRead
            let taken = reader.next(into: &input)
            if taken != nil { nextToRead += 1 }
            condition.unlock()
            guard let (firstLine, lastLine) = taken else { return }

            // 2. Grade it, lines in order, into this worker's buffer.
            output.removeAll(keepingCapacity: true)
            skippedHere.removeAll(keepingCapacity: true)
            var gradedHere = 0
            input.withUnsafeBufferPointer { bytes in
                var number = firstLine
                var start = 0
                while start < bytes.count {
                    var end = start
                    while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                    let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    if !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
                        do throws(BatchGrading.LineError) {
                            try batch.gradeLine(line, appendingTo: &output, worker: &worker)
                            output.append(0x0A)
                            gradedHere += 1
                        } catch {
                            skippedHere.append(Skipped(line: number, message: error.message))
                        }
                    }
                    number += 1
                    start = end + 1
                }
            }

            // 3. Wait for the turn, write, pass the turn on.
            condition.lock()
            while nextToWrite != sequence { condition.wait() }
            condition.unlock()
            writer.write(output)
            graded += gradedHere
            skipped += skippedHere.count
            report(lastLine, skippedHere)
            condition.lock()
            nextToWrite += 1
            condition.broadcast()
            condition.unlock()
        }
    }
}
