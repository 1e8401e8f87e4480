import ArgumentParser
import Foundation
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
    /// The store the session records into; at a terminal, the trainee is asked before
    /// falling back to this computer's store.
    var playStore: PlayStore {
        PlayStore(location: StoreLocation(store), policy: ifUnreachable,
                  ask: isatty(STDIN_FILENO) == 1 ? { question in
                      FileHandle.standardError.write(Data(question.utf8))
                      let answer = (readLine() ?? "n").trimmingCharacters(in: .whitespaces).lowercased()
                      return answer.isEmpty || answer.hasPrefix("y")
                  } : nil,
                  notice: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
    }
}

extension UnreachablePolicy: ExpressibleByArgument {}

extension ListCommand {
    func bestScores(trainee: String) throws -> [String: Double] {
        // Listing must not create a store; with none yet, there are no scores.
        guard StoreLocation(store).exists else { return [:] }
        return try StoreAccess.open(store, .read).bestScores(trainee: trainee)
    }
}
