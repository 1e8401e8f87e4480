import FrontlineModel

/// A batch that cannot be read, written or set up, with a message that quotes the path or
/// value and says what to do (printed as "Error: …"). Quoted text is made terminal-safe.
public struct BatchError: Error, Equatable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description.terminalSafe(keepingLayout: true) }
}
