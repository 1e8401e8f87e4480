import Foundation

/// When a graded reply happened, for the store: read from the conversation's clock, so
/// whoever records the turn keeps no clock of its own.
public struct TurnTimes: Sendable, Equatable {
    /// When the customer's line was fully shown (wall clock).
    public var shownAt: Date
    /// When the reply arrived (wall clock).
    public var sentAt: Date
    /// Seconds from the line being shown to the reply (the monotonic clock's, as graded).
    public var responseSeconds: Double

    public init(shownAt: Date, sentAt: Date, responseSeconds: Double) {
        self.shownAt = shownAt
        self.sentAt = sentAt
        self.responseSeconds = responseSeconds
    }
}
