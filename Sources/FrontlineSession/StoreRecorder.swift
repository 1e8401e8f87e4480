import Foundation
import FrontlineModel
import FrontlineStore

/// Connects a practice session to the progress store: a session row when it starts, each
/// turn committed as soon as it is graded, the ending when it ends. On a team store each
/// turn is first written to a local journal, so that when the server goes away mid-session
/// the trainee keeps playing and the turns are delivered, in order and once, when it is back.
public final class StoreRecorder: SessionRecorder {
    public let store: any ProgressStore
    public let start: SessionStart
    public let previousBest: Double?
    /// Where journals go; nil for a file store (nothing to wait for).
    public let journalFolder: String?
    /// The wall clock that spaces out attempts to reach an absent team store (injected:
    /// tests move it by hand).
    private let now: () -> Date
    private var sessionId: Int64?
    private var journal: TurnJournal?
    private var notice: String?
    private var waiting = false
    /// What the trainee is told when the team store goes away (with the reason) and when
    /// it is back (with the number of turns delivered): English unless the caller gives the
    /// session's interface language (`play` does, from its message catalogue).
    public var unreachableNotice: (String) -> String = { reason in
        "The team store cannot be reached (\(reason)); your turns are kept on this computer and sent when it is back."
    }
    public var backNotice: (Int) -> String = { count in
        "The team store is back: everything kept on this computer is delivered (\(count) in all)."
    }

    public init(store: any ProgressStore, start: SessionStart, journalFolder: String?, now: @escaping () -> Date = Date.init) {
        self.store = store
        self.start = start
        self.journalFolder = journalFolder
        self.now = now
        self.previousBest = try? store.bestScore(trainee: start.trainee, scenario: start.scenarioId)
    }

    public func sessionStarted(at date: Date) throws {
        var start = self.start
        start.startedAt = date
        let id = try store.startSession(start)
        sessionId = id
        if let journalFolder { journal = try TurnJournal(folder: journalFolder, store: store.location, session: id) }
    }

    public func turnGraded(_ record: TurnRecord, shownAt: Date) throws {
        guard let sessionId else { return }
        guard let journal else { return try store.recordTurn(session: sessionId, record, shownAt: shownAt) }
        try journal.append(.turn(session: sessionId, record: record, shownAt: shownAt))
        // While the server is away, try again at most every 15 seconds: a network that
        // swallows packets costs a connect timeout per attempt, and the trainee is typing.
        if let failed = lastFailure, now().timeIntervalSince(failed) < Self.retryInterval { return }
        report(try journal.deliver(to: store))
    }

    public func turnRetried(_ record: TurnRecord) throws {
        guard let sessionId else { return }
        guard let journal else { return try store.markRetried(session: sessionId, turnIndex: record.index) }
        try journal.append(.retried(session: sessionId, turnIndex: record.index))
        if let failed = lastFailure, now().timeIntervalSince(failed) < Self.retryInterval { return }
        report(try journal.deliver(to: store))
    }

    public static let retryInterval: TimeInterval = 15
    private var lastFailure: Date?

    public func sessionEnded(_ summary: SessionSummary, at date: Date) throws {
        guard let sessionId else { return }
        guard let journal else { return try store.finishSession(sessionId, summary: summary, at: date) }
        try journal.append(.finish(session: sessionId, summary: summary, at: date))
        let result = try journal.deliver(to: store)
        if case .waiting(let count, let reason) = result {
            notice = """
                The team store is still unreachable (\(reason)): \(count) entr\(count == 1 ? "y is" : "ies are") kept in \(journal.path)
                  and will be delivered by your next 'frontline play' (or 'frontline sync') once it answers. Nothing is lost.
                """
        } else {
            report(result)
        }
    }

    /// The trainee disputes how one of this session's turns was graded (the REPL's /dispute):
    /// whatever the journal still holds is delivered first, so the turn is in the store.
    @discardableResult
    public func disputeTurn(_ index: Int, reason: String) throws -> String {
        let dispute = try dispute(turnIndex: index, reason: reason)
        return "dispute \(dispute.id)"
    }

    public func dispute(turnIndex: Int, reason: String) throws -> Dispute {
        guard let sessionId else { throw StoreError.failed("the session was not recorded, so it cannot be disputed") }
        if let journal { _ = try journal.deliver(to: store) }
        return try store.dispute(DisputeRequest(sessionId: sessionId, turnIndex: turnIndex, trainee: start.trainee, reason: reason))
    }

    public func takeNotice() -> String? {
        defer { notice = nil }
        return notice
    }

    private func report(_ result: TurnJournal.Delivery) {
        switch result {
        case .waiting(let count, let reason):
            if !waiting || count == 1 {
                notice = unreachableNotice(reason)
            }
            waiting = true
            lastFailure = now()
        case .delivered(let count):
            lastFailure = nil
            if waiting { notice = backNotice(count) }
            waiting = false
        }
    }
}

