import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineStore
import FrontlineTerminal

/// Connects a practice session to the progress store: a session row when it starts, each
/// turn committed as soon as it is graded, the ending when it ends.
final class StoreRecorder: SessionRecorder {
    let store: any ProgressStore
    let start: SessionStart
    let previousBest: Double?
    private var sessionId: Int64?

    init(store: any ProgressStore, start: SessionStart) {
        self.store = store
        self.start = start
        self.previousBest = try? store.bestScore(trainee: start.trainee, scenario: start.scenarioId)
    }

    func sessionStarted(at date: Date) throws {
        var start = self.start
        start.startedAt = date
        sessionId = try store.startSession(start)
    }

    func turnGraded(_ record: TurnRecord, shownAt: Date) throws {
        guard let sessionId else { return }
        try store.recordTurn(session: sessionId, record, shownAt: shownAt)
    }

    func sessionEnded(_ summary: SessionSummary, at date: Date) throws {
        guard let sessionId else { return }
        try store.finishSession(sessionId, summary: summary, at: date)
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

    /// Fingerprint of the scenario and its language's rubrics: which version produced a score.
    static func fingerprint(_ scenario: Scenario, _ catalog: Catalog) -> String {
        let rubrics = catalog.rubrics(for: scenario.language).sorted { $0.dimension < $1.dimension }.map(\.source.fingerprint)
        let pack = catalog.language(scenario.language)?.source?.fingerprint ?? ""
        return Fingerprint.combining([scenario.source.fingerprint] + rubrics + [pack])
    }
}

extension PlayCommand {
    func makeRecorder(scenario: Scenario, catalog: Catalog, trainee: String) throws -> SessionRecorder? {
        let store = try StoreAccess.open(self.store)
        let start = SessionStart(
            trainee: trainee, scenarioId: scenario.id, scenarioTitle: scenario.title, language: scenario.language,
            mode: mode.rawValue, contentFingerprint: StoreAccess.fingerprint(scenario, catalog), startedAt: Date())
        return StoreRecorder(store: store, start: start)
    }
}

extension ListCommand {
    func bestScores(trainee: String) throws -> [String: Double] {
        // Listing must not create a store; with none yet, there are no scores.
        guard StoreLocation(store).exists else { return [:] }
        return try StoreAccess.open(store).bestScores(trainee: trainee)
    }
}
