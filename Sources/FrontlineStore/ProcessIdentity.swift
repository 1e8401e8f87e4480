import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process that owns an in-progress session: enough to tell later whether it is gone.
struct ProcessIdentity: Sendable, Equatable {
    var pid: Int32
    var hostname: String

    static let current = ProcessIdentity(pid: getpid(), hostname: hostName())

    static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a process with this id exists on this machine (EPERM: it exists, owned by someone else).
    static func isAlive(pid: Int32) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) == 0 { return true }
        return errno == EPERM
    }
}
