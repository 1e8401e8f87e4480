import ArgumentParser
import Foundation
import FrontlineLocale
import FrontlineModel
import FrontlineStore
import FrontlineTerminal

/// Connects a practice session to the progress store: a session row when it starts, each
/// turn committed as soon as it is graded, the ending when it ends. On a team store each
/// turn is first written to a local journal, so that when the server goes away mid-session
/// the trainee keeps playing and the turns are delivered, in order and once, when it is back.
final class StoreRecorder: SessionRecorder {
    let store: any ProgressStore
    let start: SessionStart
    let previousBest: Double?
    /// Where journals go; nil for a file store (nothing to wait for).
    let journalFolder: String?
    private var sessionId: Int64?
    private var journal: TurnJournal?
    private var notice: String?
    private var waiting = false
    /// The notices' language (the session's interface language).
    var messages: Messages = .english

    init(store: any ProgressStore, start: SessionStart, journalFolder: String?) {
        self.store = store
        self.start = start
        self.journalFolder = journalFolder
        self.previousBest = try? store.bestScore(trainee: start.trainee, scenario: start.scenarioId)
    }

    func sessionStarted(at date: Date) throws {
        var start = self.start
        start.startedAt = date
        let id = try store.startSession(start)
        sessionId = id
        if let journalFolder { journal = try TurnJournal(folder: journalFolder, store: store.location, session: id) }
    }

    func turnGraded(_ record: TurnRecord, shownAt: Date) throws {
        guard let sessionId else { return }
        guard let journal else { return try store.recordTurn(session: sessionId, record, shownAt: shownAt) }
        try journal.append(.turn(session: sessionId, record: record, shownAt: shownAt))
        // While the server is away, try again at most every 15 seconds: a network that
        // swallows packets costs a connect timeout per attempt, and the trainee is typing.
        if let failed = lastFailure, Date().timeIntervalSince(failed) < Self.retryInterval { return }
        report(try journal.deliver(to: store))
    }

    func turnRetried(_ record: TurnRecord) throws {
        guard let sessionId else { return }
        guard let journal else { return try store.markRetried(session: sessionId, turnIndex: record.index) }
        try journal.append(.retried(session: sessionId, turnIndex: record.index))
        if let failed = lastFailure, Date().timeIntervalSince(failed) < Self.retryInterval { return }
        report(try journal.deliver(to: store))
    }

    static let retryInterval: TimeInterval = 15
    private var lastFailure: Date?

    func sessionEnded(_ summary: SessionSummary, at date: Date) throws {
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
    func disputeTurn(_ index: Int, reason: String) throws -> String {
        let dispute = try dispute(turnIndex: index, reason: reason)
        return "dispute \(dispute.id)"
    }

    func dispute(turnIndex: Int, reason: String) throws -> Dispute {
        guard let sessionId else { throw StoreError.failed("the session was not recorded, so it cannot be disputed") }
        if let journal { _ = try journal.deliver(to: store) }
        return try store.dispute(DisputeRequest(sessionId: sessionId, turnIndex: turnIndex, trainee: start.trainee, reason: reason))
    }

    func takeNotice() -> String? {
        defer { notice = nil }
        return notice
    }

    private func report(_ result: TurnJournal.Delivery) {
        switch result {
        case .waiting(let count, let reason):
            if !waiting || count == 1 {
                notice = messages(.storeUnreachable, ["reason": reason])
            }
            waiting = true
            lastFailure = Date()
        case .delivered(let count):
            lastFailure = nil
            if waiting { notice = messages(.storeBack, ["n": messages.number(count)]) }
            waiting = false
        }
    }
}

enum StoreAccess {
    /// Opens the store, marking sessions of processes that died as interrupted.
    static func open(_ given: String?) throws -> any ProgressStore {
        do {
            let store = try StoreLocation(given).open()
            try store.markInterruptedSessions()
            return store
        } catch {
            throw UserError(error.description)
        }
    }

    /// Opens an existing store to read it (list, progress) as review reads it: through a
    /// read-only connection when it is current, so a store that cannot be written is
    /// still read rather than refused with "sessions cannot be saved".
    static func openForReading(_ given: String?) throws -> any ProgressStore {
        do {
            return try StoreLocation(given).openForReading()
        } catch {
            throw UserError(error.description)
        }
    }

    /// $XDG_STATE_HOME/frontline/journal: turns waiting for the team store.
    static var journalFolder: String { TraineeDefaults.xdg("XDG_STATE_HOME", fallback: ".local/state") + "/frontline/journal" }

    /// Delivers what earlier sessions left in the journal for this store; returns a line
    /// for the trainee when something was delivered or still waits.
    static func deliverLeftovers(to store: any ProgressStore) -> String? {
        var delivered = 0, waiting = 0
        for journal in TurnJournal.leftovers(in: journalFolder, store: store.location) {
            switch try? journal.deliver(to: store) {
            case .delivered(let count): delivered += count
            case .waiting(let count, _): waiting += count
            case nil: waiting += journal.pending.count
            }
        }
        if waiting > 0 { return "\(waiting) kept entr\(waiting == 1 ? "y" : "ies") still wait for the team store (in \(journalFolder))." }
        return delivered > 0 ? "Delivered \(delivered) kept entr\(delivered == 1 ? "y" : "ies") from an earlier session to the team store." : nil
    }

    /// Fingerprint of the scenario and its language's rubrics: which version produced a score.
    static func fingerprint(_ scenario: Scenario, _ catalog: Catalog) -> String {
        let rubrics = catalog.rubrics(for: scenario.language).sorted { $0.dimension < $1.dimension }.map(\.source.fingerprint)
        let pack = catalog.language(scenario.language)?.source?.fingerprint ?? ""
        return Fingerprint.combining([scenario.source.fingerprint] + rubrics + [pack])
    }
}

extension PlayCommand {
    func makeRecorder(scenario: Scenario, catalog: Catalog, trainee: String) throws -> SessionRecorder? {
        let location = StoreLocation(self.store)
        let store: any ProgressStore
        var journalFolder: String?
        do {
            let opened = try location.open()
            try opened.markInterruptedSessions()
            if case .postgres = location {
                journalFolder = StoreAccess.journalFolder
                if let line = StoreAccess.deliverLeftovers(to: opened) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
            store = opened
        } catch .unreachable(let where_, let detail) {
            store = try fallBackToLocal(where_, detail)
        } catch {
            throw UserError(error.description)
        }
        let start = SessionStart(
            trainee: trainee, scenarioId: scenario.id, scenarioTitle: scenario.title, language: scenario.language,
            mode: mode.rawValue, contentFingerprint: StoreAccess.fingerprint(scenario, catalog), startedAt: Date())
        let recorder = StoreRecorder(store: store, start: start, journalFolder: journalFolder)
        recorder.messages = InterfaceLanguage.messages(InterfaceLanguage.choose(try InterfaceLanguage.flag(uiLanguage), content: scenario.language), catalog: catalog)
        return recorder
    }
}

extension PlayCommand {
    /// The team store is away as the session starts: say so, and offer the local store.
    func fallBackToLocal(_ location: String, _ detail: String) throws -> any ProgressStore {
        let local = StoreLocation.localDefault
        let problem = "frontline: cannot reach the team store at \(location) (\(detail))."
        switch ifUnreachable {
        case .fail:
            throw UserError("cannot reach the team store at \(location) (\(detail)); try again later, or practise on this computer with --if-unreachable local")
        case .ask:
            guard isatty(STDIN_FILENO) == 1 else {
                throw UserError("cannot reach the team store at \(location) (\(detail)); try again later, or practise on this computer with --if-unreachable local")
            }
            FileHandle.standardError.write(Data("\(problem)\nPractise on this computer instead (saved in \(local))? [Y/n] ".utf8))
            let answer = (readLine() ?? "n").trimmingCharacters(in: .whitespaces).lowercased()
            guard answer.isEmpty || answer.hasPrefix("y") else { throw ExitCode(1) }
        case .local:
            FileHandle.standardError.write(Data("\(problem) Practising on this computer (saved in \(local)).\n".utf8))
        }
        do {
            let store = try SQLiteStore(path: local)
            try store.markInterruptedSessions()
            return store
        } catch {
            throw UserError(error.description)
        }
    }
}

/// What `play` does when the team store cannot be reached as a session starts.
enum UnreachablePolicy: String, ExpressibleByArgument, CaseIterable {
    case ask, local, fail
}

extension ListCommand {
    func bestScores(trainee: String) throws -> [String: Double] {
        // Listing must not create a store; with none yet, there are no scores.
        guard StoreLocation(store).exists else { return [:] }
        return try StoreAccess.openForReading(store).bestScores(trainee: trainee)
    }
}
