/// What the REPL gets back from waiting for input.
public enum EditorEvent: Equatable, Sendable {
    /// A complete line (without its newline).
    case line(String)
    /// The wait ran out with nothing (or a half-typed line) entered; the line is kept.
    case timeout
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// SIGTERM or SIGHUP: end cleanly and save.
    case terminated
}

/// Line input for the REPL: GNU readline on a terminal, plain lines from a pipe.
public protocol LineEditor: AnyObject {
    /// Waits for a line, at most `timeout` seconds (nil: no limit).
    func read(prompt: String, timeout: Double?) -> EditorEvent
    /// Prints `text` above the input line, keeping a half-typed reply intact under it.
    func printAbove(_ text: String)
    /// Called on the first keystroke after each prompt (for response-time timings).
    var onFirstKeystroke: (() -> Void)? { get set }
    /// Words offered by tab completion for the line typed so far.
    var completer: (@Sendable (_ line: String, _ word: String) -> [String])? { get set }
    func addHistory(_ line: String)
    /// Takes the prompt and any half-typed text off the screen for good (the
    /// conversation ended while the trainee was typing).
    func endLine()
    /// Restores the terminal and saves history.
    func close()
}
