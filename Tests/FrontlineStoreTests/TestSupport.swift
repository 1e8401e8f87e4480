import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore
#if PostgreSQL
@testable import FrontlinePostgres
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a test's store lives: every store test runs on each. PostgreSQL joins when the
/// package is built with the PostgreSQL trait and `FRONTLINE_TEST_POSTGRES` names a server
/// (`scripts/test` starts a throwaway one); each test then gets a schema of its own.
enum StoreKind: String, CaseIterable, Sendable, CustomStringConvertible {
    case memory, disk, postgres
    var description: String { rawValue }

    static var allCases: [StoreKind] { PostgresTesting.url == nil ? sqlite : sqlite + [.postgres] }
    /// For tests of the SQLite engine's own schema, rollups and files.
    static let sqlite: [StoreKind] = [.memory, .disk]
}

enum PostgresTesting {
    /// The throwaway server's URL (a superuser), when the tests are to use one.
    static var url: String? {
        #if PostgreSQL
        ProcessInfo.processInfo.environment["FRONTLINE_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
        #else
        nil
        #endif
    }

    #if PostgreSQL
    /// A new, empty schema on the test server; dropped by `drop`.
    static func freshLocation() throws -> PostgresLocation {
        var location = try PostgresLocation(url: url!)
        location.schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        return location
    }

    static func drop(_ location: PostgresLocation) throws {
        var admin = location
        admin.schema = nil
        try PostgresAdmin(location: admin).dropSchema(location.schema!)
    }
    #endif
}

/// A fresh folder under the system's temporary folder, removed when released.
final class TemporaryFolder: @unchecked Sendable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("frontline-store-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}

/// Runs `body` with a new store of the given kind (on disk: in its own temporary folder;
/// on PostgreSQL: in its own schema, dropped afterwards).
func withStore(_ kind: StoreKind, _ body: (any TestableStore) throws -> Void) throws {
    switch kind {
    case .memory:
        try body(try SQLiteStore.inMemory())
    case .disk:
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("progress.sqlite"))
        try body(store)
        try store.close()
    case .postgres:
        #if PostgreSQL
        let location = try PostgresTesting.freshLocation()
        defer { try? PostgresTesting.drop(location) }
        let store = try PostgresStore(location: location)
        try body(store)
        try store.close()
        #else
        Issue.record("built without the PostgreSQL trait")
        #endif
    }
}

/// What the store tests reach below the public API, on either engine.
protocol TestableStore: ProgressStore {
    /// `startSession` as if another process had started it: for tests of interrupted sessions.
    func startSession(_ start: SessionStart, process: ProcessIdentity) throws(StoreError) -> Int64
    func markInterruptedSessions(now: Date) throws(StoreError) -> Int
    /// One column of every row of a query, as text (NULL as nil).
    func column(sql: String, at index: Int) throws(StoreError) -> [String?]
    func execute(sql: String) throws(StoreError)
}

extension TestableStore {
    func column(sql: String) throws(StoreError) -> [String?] { try column(sql: sql, at: 0) }
}

extension SQLiteStore: TestableStore {}

#if PostgreSQL
extension PostgresStore: TestableStore {
    func startSession(_ start: SessionStart, process: ProcessIdentity) throws(StoreError) -> Int64 {
        let id = try startSession(start)
        try execute(sql: "UPDATE sessions SET pid = \(process.pid), hostname = '\(process.hostname.replacingOccurrences(of: "'", with: "''"))' WHERE id = \(id)")
        return id
    }
}
#endif

func bytes(of path: String) -> Data? { FileManager.default.contents(atPath: path) }

func siblings(of path: String) -> [String] {
    let folder = NSString(string: path).deletingLastPathComponent
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
}

/// Runs a tool found on PATH; true when it exits 0.
@discardableResult
func run(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [tool] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}

/// The pid of a process that has just exited (and been reaped): certainly not running.
func deadPid() throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["true"]
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
}

/// Making a file truly read-only. Root ignores permission bits, so as root the file is
/// also made immutable with `chattr +i` (which root cannot write through either).
enum ReadOnlyFixture {
    static let isRoot = geteuid() == 0

    static let canProtect: Bool = {
        guard let folder = try? TemporaryFolder() else { return false }
        let probe = folder.file("probe")
        guard FileManager.default.createFile(atPath: probe, contents: Data("x".utf8)) else { return false }
        defer { unprotect(probe) }
        guard protect(probe) else { return false }
        return FileHandle(forWritingAtPath: probe) == nil
    }()

    @discardableResult
    static func protect(_ path: String) -> Bool {
        guard chmod(path, 0o444) == 0 else { return false }
        return isRoot ? run("chattr", ["+i", path]) : true
    }

    static func unprotect(_ path: String) {
        if isRoot { run("chattr", ["-i", path]) }
        chmod(path, 0o755)
    }
}

/// Scenario-like content for the tests.
enum Fixture {
    static let start = Date(timeIntervalSince1970: 1_767_000_000)

    static func session(trainee: String = "Ava", scenario: String = "refund-late-parcel", mode: String = "coach",
                        startedAt: Date = start) -> SessionStart {
        SessionStart(trainee: trainee, scenarioId: scenario, scenarioTitle: "A parcel that never came",
                     language: "en", mode: mode, contentFingerprint: "0123456789abcdef", startedAt: startedAt)
    }

    static func shownAt(_ index: Int) -> Date { start.addingTimeInterval(Double(60 * (index + 1))) }

    /// A turn with one finding of every kind: evidence, penalty, tip, note, critical flag.
    static func turn(_ index: Int, reply: String = "I'm so sorry, let me check the refund for you.",
                     customer: String = "Where is my parcel?!", accuracy: Double? = 80,
                     firstKeystroke: Double? = 2.5) -> TurnRecord {
        var scores: [FrontlineModel.Dimension: Double] = [.empathy: 75, .responseTime: 100]
        scores[.accuracy] = accuracy
        let findings = [
            Finding(dimension: .empathy, criterionId: "acknowledge", name: "Acknowledges the problem", outcome: .met,
                    source: .rubric, points: 20, possible: 20, evidence: Evidence(start: 4, end: 13, text: "so sorry")),
            Finding(dimension: .empathy, criterionId: "dismissive", name: "Dismissive language", outcome: .triggered,
                    source: .rubric, points: -10, isCritical: true,
                    evidence: Evidence(start: 0, end: 3, text: "I'm"), note: "negated by 'don't'"),
            Finding(dimension: .accuracy, criterionId: "refund-window", name: "States the refund window",
                    outcome: .missed, source: .expectation, points: 0, possible: 30,
                    tip: "Say that refunds take 5 working days."),
            Finding(dimension: .responseTime, criterionId: "response-time", name: "Response time", outcome: .measured,
                    source: .rubric, points: 100, possible: 100, note: "12 s against a 30 s target"),
        ]
        let grade = Grade(scores: scores, overall: 71.5, findings: findings, criticalFailure: true,
                          message: accuracy == nil ? "no scenario facts for this turn" : nil)
        return TurnRecord(index: index, turnId: "turn-\(index)", customerLine: customer, reply: reply,
                          timings: Timings(firstKeystroke: firstKeystroke, sent: 12.25), grade: grade, hintsUsed: 1,
                          overall: 66.5, patienceBefore: 5, patienceAfter: 4, nudges: index % 2, next: "turn-\(index + 1)")
    }

    static func summary(overall: Double?, status: SessionSummary.Status = .completed) -> SessionSummary {
        SessionSummary(status: status, endingId: "refund-issued", outcome: .resolved, debrief: "Well handled.",
                       overall: overall, scores: [.empathy: 70, .responseTime: 90], turns: 2)
    }
}
