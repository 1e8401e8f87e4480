import Foundation

/// Plain lines from a pipe or file: no prompt, no escape codes, no timeouts, so a
/// conversation can be scripted (`printf 'hi\n' | frontline play refund-request`).
public final class PlainEditor: LineEditor {
    public var onFirstKeystroke: (() -> Void)?
    public var completer: (@Sendable (_ line: String, _ word: String) -> [String])?

    public init() {}

    public func read(prompt: String, timeout: Double?) -> EditorEvent {
        // Whoever drives us through a pipe must see the customer's line before we wait.
        fflush(nil)
        guard let line = readLine(strippingNewline: true) else { return .endOfInput }
        onFirstKeystroke?()
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    public func printAbove(_ text: String) { print(text) }
    public func addHistory(_ line: String) {}
    public func endLine() {}
    public func close() { fflush(nil) }
}
