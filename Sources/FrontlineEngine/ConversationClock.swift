import Foundation

/// The engine never reads the system clock: time is injected, so tests can play a whole
/// conversation, silences included, in microseconds.
public protocol ConversationClock: Sendable {
    /// Seconds since an arbitrary fixed origin; only differences matter.
    func now() -> Double
}

/// The real clock, monotonic (not affected by wall-clock changes).
public struct SystemClock: ConversationClock {
    public init() {}
    public func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// A clock tests move by hand.
public final class ManualClock: ConversationClock, @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Double

    public init(start: Double = 0) { seconds = start }

    public func now() -> Double { lock.withLock { seconds } }
    public func advance(by delta: Double) { lock.withLock { seconds += delta } }
}
