import Foundation
@_exported import FrontlineReview
import FrontlineModel

/// What the REPL, the commands and the reports need from a progress store, whatever the
/// engine behind it: `SQLiteStore` (one file, the default) or the PostgreSQL team store
/// (`FrontlinePostgres`, built with the `PostgreSQL` package trait).
///
/// Every method is its own transaction, committed before it returns, so a killed process
/// loses nothing it had recorded. No engine type (GRDB's, postgres-nio's) appears here.
/// Both engines pass the same tests (`Tests/FrontlineStoreTests`, parameterised).
/// The store's values (sessions, turns, summaries, annotations) are `FrontlineReview`'s,
/// re-exported here.
public protocol ProgressStore: AnyObject, Sendable, SessionPages where PageError == StoreError {
    /// Where the store lives, as shown in messages: a file path, or a URL without its password.
    var location: String { get }

    // MARK: Playing
    /// Records the start of a session (status in_progress) and returns its id.
    func startSession(_ start: SessionStart) throws(StoreError) -> Int64
    /// Records one answered turn and its findings.
    func recordTurn(session: Int64, _ record: TurnRecord, shownAt: Date) throws(StoreError)
    /// Marks a recorded turn as retried (`/retry`): kept, and followed by the new attempt.
    func markRetried(session: Int64, turnIndex: Int) throws(StoreError)
    /// Records how the session ended: ending, outcome, final scores and status.
    func finishSession(_ id: Int64, summary: SessionSummary, at: Date) throws(StoreError)
    /// Marks sessions in progress whose process is gone as interrupted; returns how many.
    @discardableResult
    func markInterruptedSessions() throws(StoreError) -> Int

    // MARK: Reading
    func bestScore(trainee: String, scenario: String) throws(StoreError) -> Double?
    func bestScores(trainee: String) throws(StoreError) -> [String: Double]
    /// Sessions, newest first, optionally of one trainee and/or one scenario.
    func sessions(trainee: String?, scenario: String?, limit: Int?) throws(StoreError) -> [StoredSession]
    func session(_ id: Int64) throws(StoreError) -> StoredSession?
    /// The session's turns in order, each with its findings in the grader's order.
    func turns(session: Int64) throws(StoreError) -> [StoredTurn]

    // MARK: Review
    func review(_ filter: ReviewFilter, options: ReviewOptions) throws(StoreError) -> ReviewSummary
    func trainees() throws(StoreError) -> [String]
    func scenarioIds() throws(StoreError) -> [String]
    func sessionCount() throws(StoreError) -> Int
    /// Session ids worth suggesting for a mistyped one: the latest, and those near `id`.
    func sessionIds(near id: Int64?, latest: Int) throws(StoreError) -> [Int64]
    func hasSessions(trainee: String) throws(StoreError) -> Bool
    func calibration(_ filter: ReviewFilter) throws(StoreError) -> CalibrationReport
    /// Each trainee's mean score per empathy facet over the filtered sessions' graded
    /// turns (a retried first attempt left out; turns from before facets have none).
    func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]]

    // MARK: Supervisors' notes and overrides
    /// Adds a note, overrides or a correction to one turn; settles the turn's open disputes.
    @discardableResult
    func annotate(_ request: AnnotationRequest) throws -> [Annotation]
    func annotations(session: Int64) throws(StoreError) -> [Annotation]
    func annotationCounts(sessions: [Int64]) throws(StoreError) -> [Int64: Int]

    // MARK: Trainees' disputes
    /// Records a trainee's dispute of one of their own turns' grading (any later annotation
    /// of that turn settles it). The REPL's /dispute calls this with the session's trainee.
    @discardableResult
    func dispute(_ request: DisputeRequest) throws -> Dispute
    /// Disputes of the filtered sessions, oldest first.
    func disputes(_ filter: ReviewFilter, openOnly: Bool) throws(StoreError) -> [Dispute]

    // MARK: Export, bulk load, regrade
    func exportPage(_ filter: ReviewFilter, after: Int64?, limit: Int, content: ExportContent) throws(StoreError)
        -> [ExportedSession]
    func insertBulk(_ sessions: [BulkSession]) throws(StoreError)
    func startRegrade(at date: Date, filter: String) throws(StoreError) -> Int64
    func recordRegrade(batch: Int64, turn: Int64, grade: Grade, overall: Double, fingerprint: String) throws(StoreError)
    func regradedOverall(session: Int64) throws(StoreError) -> [Int64: Double]

    /// Releases the connection now rather than when the store is released. Later calls fail.
    func close() throws(StoreError)
}

extension ProgressStore {
    public func sessions(trainee: String? = nil, scenario: String? = nil) throws(StoreError) -> [StoredSession] {
        try sessions(trainee: trainee, scenario: scenario, limit: nil)
    }

    public func review(_ filter: ReviewFilter) throws(StoreError) -> ReviewSummary {
        try review(filter, options: ReviewOptions())
    }

    public func sessionIds(near id: Int64?) throws(StoreError) -> [Int64] {
        try sessionIds(near: id, latest: 20)
    }

    public func exportPage(_ filter: ReviewFilter, after: Int64?, limit: Int = 200) throws(StoreError) -> [ExportedSession] {
        try exportPage(filter, after: after, limit: limit, content: .everything)
    }
}
