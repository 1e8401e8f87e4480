import Foundation
import Testing
@testable import FrontlineStore

@Suite("Process identity")
struct ProcessIdentityTests {
    @Test("this process is alive and named by its pid and hostname")
    func current() {
        #expect(ProcessIdentity.current.pid == getpid())
        #expect(!ProcessIdentity.current.hostname.isEmpty)
        #expect(ProcessIdentity.isAlive(pid: getpid()))
        #expect(ProcessIdentity.isAlive(pid: getppid()))
    }

    @Test("an exited process and impossible pids are not alive")
    func gone() throws {
        #expect(!ProcessIdentity.isAlive(pid: try deadPid()))
        #expect(!ProcessIdentity.isAlive(pid: 0))
        #expect(!ProcessIdentity.isAlive(pid: -1))
    }
}
