import Dispatch
import Foundation
import FrontlineGrader

/// Streams JSONL through the grader on every core with constant memory, output in input
/// order. Each worker in turn takes the next block of whole lines from the reader (under
/// a lock) and grades it into an output buffer of its own. A graded block is parked until
/// every earlier block is written; whoever parks the next block due writes it, and every
/// later one that is ready, with one system call each. No worker waits for another's block
/// to finish (waiting for the turn to write cost each worker about 5 % of its time), and
/// memory stays bounded: a worker takes no new block while `maxParked` blocks wait.
public final class BatchPipeline: @unchecked Sendable {
    /// A line that could not be graded.
    public struct Skipped: Sendable {
        public var line: Int
        public var message: String
    }

    /// A graded block waiting for its turn to be written.
    private struct Graded {
        var output: [UInt8]
        var lastLine: Int
        var skipped: [Skipped]
        var lines: Int
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
    private var parked: [Int: Graded] = [:]
    /// A worker is writing parked blocks (the lock is not held while it writes).
    private var writing = false
    /// Output buffers written out, kept for reuse (a new one page-faults its way up again).
    private var spare: [[UInt8]] = []
    private var maxParked = 2
    /// The output could not be written: no more blocks are taken.
    private var stopped = false
    /// Written by the worker that writes (one at a time), read after `run`.
    public private(set) var graded = 0, skipped = 0

    public init(batch: BatchGrading, reader: BlockReader, writer: BlockWriter, report: @escaping (Int, [Skipped]) -> Void) {
        self.batch = batch
        self.reader = reader
        self.writer = writer
        self.report = report
    }

    /// Grades everything the reader holds, on `workers` threads (all cores by default).
    /// Stops early if the output cannot be written (see `BlockWriter.failure`).
    public func run(workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        maxParked = 2 * max(1, workers)
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in work() }
    }

    private func work() {
        var input: [UInt8] = []
        var worker = BatchGrading.Worker()
        while true {
            // 1. Take the next block (reading is serial; the lock also orders blocks).
            condition.lock()
            while parked.count >= maxParked && !stopped { condition.wait() }
            let taken = stopped ? nil : reader.next(into: &input)
            let sequence = nextToRead
            if taken != nil { nextToRead += 1 }
            var output = spare.popLast() ?? []
            condition.unlock()
            guard let (firstLine, lastLine) = taken else { return }

            // 2. Grade it, lines in order, into this block's buffer.
            output.removeAll(keepingCapacity: true)
            var skippedHere: [Skipped] = []
            var gradedHere = 0
            input.withUnsafeBufferPointer { bytes in
                var number = firstLine
                var start = 0
                while start < bytes.count {
                    let end = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start)
                        .map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) } ?? bytes.count
                    // A UTF-8 byte order mark (Windows editors write one) is not part of line 1.
                    let bom = number == 1 && end - start >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF
                    let line = UnsafeBufferPointer(rebasing: bytes[(bom ? start + 3 : start)..<end])
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

            // 3. Park it; write every block now due, unless another worker is doing so.
            condition.lock()
            parked[sequence] = Graded(output: output, lastLine: lastLine, skipped: skippedHere, lines: gradedHere)
            if !writing {
                writing = true
                while let block = parked.removeValue(forKey: nextToWrite) {
                    nextToWrite += 1
                    // After a failed write nothing more is written, counted or reported:
                    // the summary then says what the output holds.
                    if stopped {
                        spare.append(block.output)
                        continue
                    }
                    condition.unlock()
                    let written = writer.write(block.output)
                    if written {
                        graded += block.lines
                        skipped += block.skipped.count
                        report(block.lastLine, block.skipped)
                    }
                    condition.lock()
                    spare.append(block.output)
                    if !written { stopped = true }
                }
                writing = false
                condition.broadcast()
            }
            condition.unlock()
        }
    }
}
