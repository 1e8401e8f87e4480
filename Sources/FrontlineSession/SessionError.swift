import FrontlineModel

/// A problem with the user's data (a name, an id, a criterion) found while doing what a
/// command asked, printed as "Error: …". Quoted text is made terminal-safe; the
/// message's own line breaks are kept.
public struct SessionError: Error, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description.terminalSafe(keepingLayout: true) }
}
