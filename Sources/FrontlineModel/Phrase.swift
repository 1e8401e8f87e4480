/// One phrase pattern as a manager wrote it, with where it was written.
///
/// The pattern language (alternatives, optional words, gaps, prefix wildcards) is
/// documented in docs/authoring.md and compiled by FrontlineText.
public struct Phrase: Hashable, Sendable, Codable, CustomStringConvertible {
    public var pattern: String
    public var location: SourceLocation?

    public init(_ pattern: String, location: SourceLocation? = nil) {
        self.pattern = pattern
        self.location = location
    }

    public var description: String { pattern }
}
