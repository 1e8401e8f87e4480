import Foundation
import FrontlineLocale
import FrontlineStore

/// What `play` does when the team store cannot be reached as a session starts.
public enum UnreachablePolicy: String, CaseIterable, Sendable {
    /// Ask the trainee (at a terminal; with nobody to ask, fail).
    case ask
    /// Practise on this computer's store, and say so.
    case local
    case fail
}

/// The store a practice session records into, and its recorder: the team store with its
/// journal (turns kept on this computer while it is away, leftovers delivered first), or
/// the local file when the team store is away as the session starts and the policy (or
/// the trainee) says so. Terminal questions and notices are the caller's closures.
public struct PlayStore {
    public var location: StoreLocation
    public var policy: UnreachablePolicy
    /// Asks the trainee a yes/no question; nil when nobody can answer (no terminal).
    public var ask: ((_ question: String) -> Bool)?
    /// A line for standard error.
    public var notice: (String) -> Void
    public var localFile: String
    public var journalFolder: String

    public init(location: StoreLocation, policy: UnreachablePolicy, ask: ((String) -> Bool)?, notice: @escaping (String) -> Void,
                localFile: String = StoreLocation.localDefault, journalFolder: String = KeptTurns.journalFolder) {
        self.location = location
        self.policy = policy
        self.ask = ask
        self.notice = notice
        self.localFile = localFile
        self.journalFolder = journalFolder
    }

    /// The trainee would rather not practise on this computer: nothing was opened.
    public struct Declined: Error, Equatable {}

    /// A recorder for the session `start` describes, its store notices in `messages`' language.
    public func recorder(_ start: SessionStart, messages: Messages, now: @escaping () -> Date = Date.init) throws -> StoreRecorder {
        let (store, journal) = try open()
        let recorder = StoreRecorder(store: store, start: start, journalFolder: journal, now: now)
        recorder.unreachableNotice = { reason in messages(.storeUnreachable, ["reason": reason]) }
        recorder.backNotice = { count in messages(.storeBack, ["n": messages.number(count)]) }
        return recorder
    }

    /// The store opened for writing, and the journal folder when it is the team store.
    func open() throws -> (any ProgressStore, journal: String?) {
        do {
            let store = try location.open(.write)
            guard case .postgres = location else { return (store, nil) }
            if let line = KeptTurns.deliverLeftovers(to: store, folder: journalFolder) { notice(line) }
            return (store, journalFolder)
        } catch .unreachable(let place, let detail) {
            return (try fallBack(place, detail), nil)
        } catch {
            throw SessionError(error.description)
        }
    }

    /// The team store is away as the session starts: the local file, if the policy or the
    /// trainee agrees.
    func fallBack(_ place: String, _ detail: String) throws -> any ProgressStore {
        let refusal = SessionError("cannot reach the team store at \(place) (\(detail)); try again later, or practise on this computer with --if-unreachable local")
        let problem = "frontline: cannot reach the team store at \(place) (\(detail))."
        switch policy {
        case .fail:
            throw refusal
        case .ask:
            guard let ask else { throw refusal }
            guard ask("\(problem)\nPractise on this computer instead (saved in \(localFile))? [Y/n] ") else { throw Declined() }
        case .local:
            notice("\(problem) Practising on this computer (saved in \(localFile)).")
        }
        do {
            return try StoreLocation.file(localFile).open(.write)
        } catch {
            throw SessionError(error.description)
        }
    }
}
