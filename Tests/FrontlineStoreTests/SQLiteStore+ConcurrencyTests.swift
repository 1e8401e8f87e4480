import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

/// Two trainees, two processes, one shared file: modelled as two stores on two threads.
@Suite("Sharing one file")
struct ProgressStoreConcurrencyTests {
    final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var errors: [String] = []
        func add(_ error: any Error) { lock.lock(); errors.append(String(describing: error)); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return errors }
    }

    /// Runs `work(0)` and `work(1)` on two threads at once and waits for both.
    static func onTwoThreads(_ work: @escaping @Sendable (Int) throws -> Void) -> [String] {
        let failures = Failures()
        let group = DispatchGroup()
        for worker in 0..<2 {
            DispatchQueue.global().async(group: group) {
                do { try work(worker) } catch { failures.add(error) }
            }
        }
        group.wait()
        return failures.all
    }

    @Test("two stores on one file record turns at the same time without failing")
    func concurrentTurns() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let stores = [try SQLiteStore(path: path), try SQLiteStore(path: path)]
        let ids = [try stores[0].startSession(Fixture.session(trainee: "Ava")),
                   try stores[1].startSession(Fixture.session(trainee: "Ben"))]
        let turnsEach = 60
        let failures = Self.onTwoThreads { worker in
            for index in 0..<turnsEach {
                try stores[worker].recordTurn(session: ids[worker], Fixture.turn(index), shownAt: Fixture.shownAt(index))
                _ = try stores[worker].turns(session: ids[1 - worker])
            }
        }
        #expect(failures == [])
        for id in ids {
            let turns = try stores[0].turns(session: id)
            #expect(turns.map(\.index) == Array(0..<turnsEach))
            #expect(turns.allSatisfy { $0.findings.count == 4 })
        }
        for store in stores { try store.close() }
    }

    @Test("two processes creating a new shared file at once both succeed")
    func concurrentCreation() throws {
        for _ in 0..<5 {
            let folder = try TemporaryFolder()
            let path = folder.file("new.sqlite")
            let failures = Self.onTwoThreads { worker in
                let store = try SQLiteStore(path: path)
                _ = try store.startSession(Fixture.session(trainee: "Trainee \(worker)"))
                try store.close()
            }
            #expect(failures == [])
            let store = try SQLiteStore(path: path)
            #expect(try store.sessions().count == 2)
            try store.close()
        }
    }
}
