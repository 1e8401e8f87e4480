import Foundation
import FrontlineModel

/// Who puts right-to-left text (Persian) in the order it is read: the terminal, Frontline,
/// or nobody.
///
/// - `terminal`: the terminal implements bidi itself; lines are sent in logical order.
/// - `visual`: the terminal shows characters left to right as received (tmux, xterm, most
///   Linux terminals), so Frontline reorders each displayed line with FriBidi
///   (`VisualOrder`) and right-aligns right-to-left lines.
/// - `off`: logical order, untouched (pipes, files, screen readers).
public enum BidiMode: String, CaseIterable, Sendable {
    case terminal, visual, off

    /// `FRONTLINE_BIDI` when set; otherwise `off` when output is not a terminal, `terminal`
    /// for the few terminals known to reorder by default and `visual` everywhere else.
    /// Conservative on purpose: a terminal is trusted only when it says who it is, and
    /// never inside tmux or screen, which keep their own grid of cells in logical order.
    public static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment,
                               outputIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) throws(BidiModeError) -> BidiMode {
        if let chosen = environment["FRONTLINE_BIDI"]?.trimmingCharacters(in: .whitespaces), !chosen.isEmpty {
            guard let mode = BidiMode(rawValue: chosen.lowercased()) else { throw BidiModeError(value: chosen) }
            return mode
        }
        guard outputIsTerminal else { return .off }
        return terminalReorders(environment) ? .terminal : .visual
    }

    /// Terminals that apply the bidi algorithm to what they are sent, by default: mlterm,
    /// Konsole, VTE 0.58 and later (GNOME Terminal, Tilix…) and macOS Terminal. Not inside
    /// a multiplexer: tmux and screen redraw cells one by one in logical order.
    static func terminalReorders(_ environment: [String: String]) -> Bool {
        let term = environment["TERM"] ?? ""
        if environment["TMUX"] != nil || environment["STY"] != nil || term.hasPrefix("screen") || term.hasPrefix("tmux") {
            return false
        }
        if term.hasPrefix("mlterm") || environment["MLTERM"] != nil { return true }
        if environment["KONSOLE_VERSION"] != nil { return true }
        if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5800 { return true }
        return environment["TERM_PROGRAM"] == "Apple_Terminal"
    }
}

/// `FRONTLINE_BIDI` holds something other than terminal, visual or off.
public struct BidiModeError: Error, CustomStringConvertible, Equatable {
    public let value: String
    public var description: String {
        "FRONTLINE_BIDI is '\(value.terminalSafe())'; use terminal (your terminal shows right-to-left text itself), "
            + "visual (Frontline reorders it for terminals like tmux and xterm) or off, or unset it to let Frontline decide"
    }
}
