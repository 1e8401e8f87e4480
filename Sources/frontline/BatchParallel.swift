import Dispatch
import Foundation
import FrontlineGrader

/// Grades a chunk of JSON lines on all cores; results come back in input order.
enum BatchParallel {
    static func grade(_ lines: [Data], with batch: BatchGrading) -> [Result<Data, BatchGrading.LineError>] {
        guard !lines.isEmpty else { return [] }
        let results = UnsafeMutableBufferPointer<Result<Data, BatchGrading.LineError>>.allocate(capacity: lines.count)
        defer { results.deallocate() }
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, lines.count))
        let perWorker = (lines.count + workers - 1) / workers
        nonisolated(unsafe) let output = results
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let range = (worker * perWorker)..<min(lines.count, (worker + 1) * perWorker)
            for index in range {
                // Each worker writes only its own slots.
                do throws(BatchGrading.LineError) { (output.baseAddress! + index).initialize(to: .success(try batch.gradeLine(lines[index]))) } catch {
                    (output.baseAddress! + index).initialize(to: .failure(error))
                }
            }
        }
        let collected = Array(results)
        results.baseAddress!.deinitialize(count: lines.count)
        return collected
    }
}
