import Foundation
import FrontlineEngine

/// Replays replies from a script with simulated delays on a manual clock, so tests can
/// play silences and nudges deterministically and instantly.
///
/// Script lines: `@12s I'm so sorry…` waits 12 seconds then sends; a line without `@`
/// sends at once; `#` starts a comment; `@90s` alone just waits.
public final class ScriptEditor: LineEditor {
    public var onFirstKeystroke: (() -> Void)?
    public var completer: (@Sendable (_ line: String, _ word: String) -> [String])?

    public struct Entry: Equatable, Sendable {
        public var delay: Double
        public var text: String?
    }

    private var entries: [Entry]
    private let clock: ManualClock
    private let output: (String) -> Void

    public init(entries: [Entry], clock: ManualClock, output: @escaping (String) -> Void = { print($0) }) {
        self.entries = entries
        self.clock = clock
        self.output = output
    }

    public static func parse(_ text: String) throws -> [Entry] {
        var entries: [Entry] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard line.hasPrefix("@") else {
                entries.append(Entry(delay: 0, text: line))
                continue
            }
            let parts = line.dropFirst().split(separator: " ", maxSplits: 1)
            guard let first = parts.first, let seconds = parseSeconds(String(first)) else {
                throw ScriptError(line: number + 1, message: "'\(line)' should start with a delay like @12s")
            }
            entries.append(Entry(delay: seconds, text: parts.count > 1 ? String(parts[1]) : nil))
        }
        return entries
    }

    static func parseSeconds(_ text: String) -> Double? {
        if text.hasSuffix("ms") { return Double(text.dropLast(2)).map { $0 / 1000 } }
        if text.hasSuffix("m") { return Double(text.dropLast()).map { $0 * 60 } }
        if text.hasSuffix("s") { return Double(text.dropLast()) }
        return Double(text)
    }

    public struct ScriptError: Error, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public func read(prompt: String, timeout: Double?) -> EditorEvent {
        while var entry = entries.first {
            if let timeout, entry.delay > timeout {
                clock.advance(by: timeout)
                entry.delay -= timeout
                entries[0] = entry
                return .timeout
            }
            clock.advance(by: entry.delay)
            entries.removeFirst()
            if let text = entry.text {
                onFirstKeystroke?()
                output(prompt + text.terminalSafe())
                return .line(text)
            }
        }
        return .endOfInput
    }

    public func printAbove(_ text: String) { output(text) }
    public func addHistory(_ line: String) {}
    public func endLine() {}
    public func close() {}
}
