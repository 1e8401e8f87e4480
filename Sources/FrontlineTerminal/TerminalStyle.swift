import Foundation
import FrontlineModel

/// Colours and emphasis, only on a terminal and never with NO_COLOR (https://no-color.org).
public struct TerminalStyle: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// Colours when `fd` is a terminal, TERM is not "dumb" and NO_COLOR is unset or empty.
    public static func detect(fd: Int32 = STDOUT_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let dumb = environment["TERM"] == "dumb"
        return TerminalStyle(enabled: isatty(fd) == 1 && !noColor && !dumb)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func red(_ text: String) -> String { wrap(text, "31") }
    public func green(_ text: String) -> String { wrap(text, "32") }
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    public func blue(_ text: String) -> String { wrap(text, "34") }
    public func magenta(_ text: String) -> String { wrap(text, "35") }
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// Green from 80, yellow from 50, red below.
    public func score(_ value: Double) -> String { score(value, text: value.roundedText) }

    /// `text` (the value as the trainee's language writes it) in the value's colour.
    public func score(_ value: Double, text: String) -> String {
        value >= 80 ? green(text) : value >= 50 ? yellow(text) : red(text)
    }
}
