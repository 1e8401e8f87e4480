import Foundation

/// A session with everything stored about it: turns, findings and annotations.
public struct ExportedSession: Sendable, Equatable {
    public var session: StoredSession
    public var turns: [StoredTurn]
    public var annotations: [Annotation]

    public init(session: StoredSession, turns: [StoredTurn], annotations: [Annotation]) {
        self.session = session
        self.turns = turns
        self.annotations = annotations
    }
}

/// What an export page carries besides the sessions.
public struct ExportContent: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let turns = ExportContent(rawValue: 1)
    /// Implies turns.
    public static let findings = ExportContent(rawValue: 2)
    public static let annotations = ExportContent(rawValue: 4)
    public static let everything: ExportContent = [.turns, .findings, .annotations]
}
