import ArgumentParser
import Foundation
import FrontlineLocale
import FrontlineModel
import FrontlineSession
import FrontlineStore

/// Opening the store as a command means to use it, its errors told as the user's problem.
enum StoreAccess {
    static func open(_ given: String?, _ intent: StoreIntent) throws -> any ProgressStore {
        do {
            return try StoreLocation(given).open(intent)
        } catch {
            throw UserError(error.description)
        }
    }
}

extension PlayCommand {
    func makeRecorder(scenario: Scenario, catalog: Catalog, trainee: String) throws -> SessionRecorder? {
        let location = StoreLocation(self.store)
        let store: any ProgressStore
        var journalFolder: String?
        do {
            let opened = try location.open(.write)
            if case .postgres = location {
                journalFolder = KeptTurns.journalFolder
                if let line = KeptTurns.deliverLeftovers(to: opened) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
            }
            store = opened
        } catch .unreachable(let where_, let detail) {
            store = try fallBackToLocal(where_, detail)
        } catch {
            throw UserError(error.description)
        }
        let start = SessionStart(
            trainee: trainee, scenarioId: scenario.id, scenarioTitle: scenario.title, language: scenario.language,
            mode: mode.rawValue, contentFingerprint: catalog.contentFingerprint(of: scenario), startedAt: Date())
        let recorder = StoreRecorder(store: store, start: start, journalFolder: journalFolder)
        // The notices in the session's interface language, as the rest of the session.
        let messages = InterfaceLanguage.messages(InterfaceLanguage.choose(try InterfaceLanguage.flag(uiLanguage), content: scenario.language),
                                                  catalog: catalog)
        recorder.unreachableNotice = { reason in messages(.storeUnreachable, ["reason": reason]) }
        recorder.backNotice = { count in messages(.storeBack, ["n": messages.number(count)]) }
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
            return try StoreLocation.file(local).open(.write)
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
        return try StoreAccess.open(store, .read).bestScores(trainee: trainee)
    }
}
