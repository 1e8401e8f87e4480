import Foundation
@_exported import FrontlineReview
import FrontlineModel

/// What the REPL, the commands and the reports need from a progress store, whatever the
/// engine behind it: `SQLiteStore` (one file, the default) or the PostgreSQL team store
/// (`FrontlinePostgres`, built with the `PostgreSQL` package trait). It is the sum of what
/// each use needs (below), so code that plays, reviews or annotates can ask for only that.
///
/// Every method is its own transaction, committed before it returns, so a killed process
/// loses nothing it had recorded. No engine type (GRDB's, postgres-nio's) appears here.
/// Both engines pass the same tests (`Tests/FrontlineStoreTests`, parameterised).
/// The store's values (sessions, turns, summaries, annotations) are `FrontlineReview`'s,
/// re-exported here.
public protocol ProgressStore: PlayRecording, SessionReading, ReviewReading, Annotating, Regrading, BulkLoading {
    /// Where the store lives, as shown in messages: a file path, or a URL without its password.
    var location: String { get }

    /// Releases the connection now rather than when the store is released. Later calls fail.
    func close() throws(StoreError)
}

/// What playing records: a session's start, turns and end, and the best scores it shows.
public protocol PlayRecording: AnyObject, Sendable {
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
    func bestScore(trainee: String, scenario: String) throws(StoreError) -> Double?
    func bestScores(trainee: String) throws(StoreError) -> [String: Double]
}

/// What transcripts, exports and reports read: stored sessions with their turns.
public protocol SessionReading: AnyObject, Sendable, SessionPages where PageError == StoreError {
    /// Sessions, newest first, optionally of one trainee and/or one scenario.
    func sessions(trainee: String?, scenario: String?, limit: Int?) throws(StoreError) -> [StoredSession]
    func session(_ id: Int64) throws(StoreError) -> StoredSession?
    /// The session's turns in order, each with its findings in the grader's order.
    func turns(session: Int64) throws(StoreError) -> [StoredTurn]
    func sessionCount() throws(StoreError) -> Int
    /// Session ids worth suggesting for a mistyped one: the latest, and those near `id`.
    func sessionIds(near id: Int64?, latest: Int) throws(StoreError) -> [Int64]
}

/// What review reads: the summary and calibration `FrontlineReview` assembles from the
/// engine's aggregates, and the names filters are checked against.
public protocol ReviewReading: AnyObject, Sendable {
    func review(_ filter: ReviewFilter, options: ReviewOptions) throws(StoreError) -> ReviewSummary
    func calibration(_ filter: ReviewFilter) throws(StoreError) -> CalibrationReport
    /// Each trainee's mean score per empathy facet over the filtered sessions' graded
    /// turns (a retried first attempt left out; turns from before facets have none).
    func facetAverages(_ filter: ReviewFilter) throws(StoreError) -> [String: [String: Double]]
    func trainees() throws(StoreError) -> [String]
    func scenarioIds() throws(StoreError) -> [String]
    func hasSessions(trainee: String) throws(StoreError) -> Bool
}

/// Supervisors' notes, overrides and corrections, and trainees' disputes.
public protocol Annotating: AnyObject, Sendable {
    /// Adds a note, overrides or a correction to one turn; settles the turn's open disputes.
    @discardableResult
    func annotate(_ request: AnnotationRequest) throws -> [Annotation]
    func annotations(session: Int64) throws(StoreError) -> [Annotation]
    func annotationCounts(sessions: [Int64]) throws(StoreError) -> [Int64: Int]
    /// Records a trainee's dispute of one of their own turns' grading (any later annotation
    /// of that turn settles it). The REPL's /dispute calls this with the session's trainee.
    @discardableResult
    func dispute(_ request: DisputeRequest) throws -> Dispute
    /// Disputes of the filtered sessions, oldest first.
    func disputes(_ filter: ReviewFilter, openOnly: Bool) throws(StoreError) -> [Dispute]
}

/// `frontline regrade`: a batch of new grades beside the recorded ones.
public protocol Regrading: AnyObject, Sendable {
    func startRegrade(at date: Date, filter: String) throws(StoreError) -> Int64
    func recordRegrade(batch: Int64, turn: Int64, grade: Grade, overall: Double, fingerprint: String) throws(StoreError)
    func regradedOverall(session: Int64) throws(StoreError) -> [Int64: Double]
}

/// Sessions written in bulk (imports, generated benchmark stores).
public protocol BulkLoading: AnyObject, Sendable {
    func insertBulk(_ sessions: [BulkSession]) throws(StoreError)
}

extension SessionReading {
    public func sessions(trainee: String? = nil, scenario: String? = nil) throws(StoreError) -> [StoredSession] {
        try sessions(trainee: trainee, scenario: scenario, limit: nil)
    }

    public func sessionIds(near id: Int64?) throws(StoreError) -> [Int64] {
        try sessionIds(near: id, latest: 20)
    }

    public func exportPage(_ filter: ReviewFilter, after: Int64?, limit: Int = 200) throws(StoreError) -> [ExportedSession] {
        try exportPage(filter, after: after, limit: limit, content: .everything)
    }
}

extension ReviewReading {
    public func review(_ filter: ReviewFilter) throws(StoreError) -> ReviewSummary {
        try review(filter, options: ReviewOptions())
    }
}
