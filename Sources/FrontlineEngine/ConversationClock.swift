import Foundation

/// The engine never reads the system clock: time is injected, so tests can play a whole
/// conversation, silences included, in microseconds.
public protocol ConversationClock: Sendable {
    /// Seconds since an arbitrary fixed origin; only differences matter.
    func now() -> Double
    /// The wall-clock time now, for what is stored (when a line was shown).
    func date() -> Date
}

extension ConversationClock {
    public func date() -> Date { Date() }
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

/// A clock tests move by hand. Its wall clock is the real one, unless `startDate` is
/// given: then it is `startDate` plus the seconds moved.
public final class ManualClock: ConversationClock, @unchecked Sendable {
    private let lock = NSLock()
    private var seconds: Double
    private let start: Double
    private let startDate: Date?

    public init(start: Double = 0, startDate: Date? = nil) {
        seconds = start
        self.start = start
        self.startDate = startDate
    }

    public func now() -> Double { lock.withLock { seconds } }
    public func date() -> Date {
        guard let startDate else { return Date() }
        return startDate.addingTimeInterval(now() - start)
    }
    public func advance(by delta: Double) { lock.withLock { seconds += delta } }
}
