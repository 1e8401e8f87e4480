import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineStore

/// `store-data bench-store`: times a turn's commit to an on-disk store (Benchmarks/).
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-store",
        abstract: "Time how long committing one graded turn to the progress store takes."
    )

    @Option(help: "How many turns to commit.")
    var turns = 500

    @Option(help: "Store file to write (use a throwaway path).")
    var store: String

    func run() throws {
        let progress: SQLiteStore
        do { progress = try SQLiteStore(path: store) } catch { throw UserError(error.description) }
        let start = SessionStart(trainee: "bench", scenarioId: "bench", scenarioTitle: "Benchmark", language: "en",
                                 mode: "coach", contentFingerprint: "0", startedAt: Date())
        let session = try progress.startSession(start)
        var samples: [Double] = []
        let clock = MonotonicClock()
        for index in 0..<turns {
            let record = Self.sampleRecord(index)
            let began = clock.now()
            try progress.recordTurn(session: session, record, shownAt: Date())
            samples.append((clock.now() - began) * 1000)
        }
        samples.sort()
        func pct(_ p: Double) -> String { String(format: "%.2f", samples[min(samples.count - 1, Int(Double(samples.count) * p))]) }
        print("turn commit (\(turns) turns, WAL, on disk): p50 \(pct(0.5)) ms, p99 \(pct(0.99)) ms, max \(String(format: "%.2f", samples.last ?? 0)) ms (target ≤ 5 ms)")
    }

    /// A turn with a realistic number of findings and evidence.
    static func sampleRecord(_ index: Int) -> TurnRecord {
        let findings = (0..<10).map { n in
            Finding(dimension: n < 7 ? .empathy : .accuracy, criterionId: "criterion-\(n)", name: "Criterion \(n)",
                    outcome: n % 3 == 0 ? .missed : .met, source: n < 7 ? .rubric : .expectation, points: n % 3 == 0 ? 0 : 10,
                    possible: 10, evidence: Evidence(start: n * 4, end: n * 4 + 12, text: "so sorry, Dana"), tip: "A tip for criterion \(n).")
        }
        let grade = Grade(scores: [.empathy: 72, .accuracy: 90, .responseTime: 100], overall: 84.8, findings: findings, criticalFailure: false)
        return TurnRecord(index: index, turnId: "opening", customerLine: "My blender arrived cracked.",
                          reply: "I'm so sorry the blender arrived cracked, Dana. Could you share your order number?",
                          timings: Timings(firstKeystroke: 2.5, sent: 14.2), grade: grade, hintsUsed: 0, overall: 84.8,
                          patienceBefore: 60, patienceAfter: 65, nudges: 0, next: "order-found")
    }
}

/// Seconds from CLOCK_MONOTONIC (what frontline's play loop times turns with).
struct MonotonicClock {
    func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
