import CReadline
import Foundation

/// GNU readline through its alternate (callback) interface, driven by poll() so the
/// customer can speak while the trainee is mid-line: the nudge is printed above and
/// the half-typed reply is redrawn intact. Signals arrive through a signalfd in the same
/// poll loop: Ctrl-C clears the line, SIGWINCH resizes, SIGTERM/SIGHUP end cleanly.
public final class ReadlineEditor: LineEditor {
    public var onFirstKeystroke: (() -> Void)?
    public var completer: (@Sendable (_ line: String, _ word: String) -> [String])? {
        didSet { ReadlineState.completer = completer }
    }

    private let historyPath: String?
    private let signalFD: Int32
    private var installed = false

    /// - Parameter historyPath: where the trainee's history is kept (created if missing).
    public init(historyPath: String?) {
        self.historyPath = historyPath
        Locale.ensureUTF8()
        frontline_rl_configure(ReadlineState.name, ReadlineState.complete)
        using_history()
        if let historyPath {
            try? FileManager.default.createDirectory(atPath: (historyPath as NSString).deletingLastPathComponent,
                                                     withIntermediateDirectories: true)
            read_history(historyPath)
        }
        signalFD = frontline_signalfd()
    }

    public func read(prompt: String, timeout: Double?) -> EditorEvent {
        if !installed {
            ReadlineState.completed = nil
            ReadlineState.gotEOF = false
            rl_callback_handler_install(prompt, ReadlineState.lineHandler)
            installed = true
        }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        var typedBefore = frontline_rl_end() > 0
        while true {
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)]
            var wait: Int32 = -1
            if let deadline {
                let remaining = deadline.timeIntervalSinceNow
                if remaining <= 0 { return .timeout }
                wait = Int32(min(remaining * 1000, Double(Int32.max)).rounded(.up))
            }
            let ready = poll(&fds, nfds_t(signalFD >= 0 ? 2 : 1), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if ready == 0 { return .timeout }
            if signalFD >= 0, fds[1].revents & Int16(POLLIN) != 0, let event = handleSignal() {
                return event
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                rl_callback_read_char()
                if !typedBefore, frontline_rl_end() > 0 {
                    typedBefore = true
                    onFirstKeystroke?()
                }
                if ReadlineState.gotEOF {
                    uninstall()
                    return .endOfInput
                }
                if let line = ReadlineState.completed {
                    ReadlineState.completed = nil
                    uninstall()
                    return .line(line)
                }
            }
        }
    }

    private func handleSignal() -> EditorEvent? {
        switch frontline_read_signal(signalFD) {
        case SIGINT:
            // Ctrl-C clears the line, like a shell.
            frontline_rl_clear_line_for_interrupt()
            return nil
        case SIGWINCH:
            rl_resize_terminal()
            return nil
        case SIGTERM, SIGHUP:
            uninstall()
            return .terminated
        default:
            return nil
        }
    }

    public func printAbove(_ text: String) {
        guard installed else {
            print(text)
            frontline_flush_stdout()
            return
        }
        frontline_print_above(text)
    }

    /// The conversation ended while the prompt was up: the prompt line is cleared, not
    /// redrawn, so what follows starts on a clean line (no `you>` left behind).
    public func endLine() {
        guard installed else { return }
        frontline_rl_clear_for_good()
        uninstall()
    }

    public func addHistory(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
    }

    public func close() {
        uninstall()
        if let historyPath {
            write_history(historyPath)
            history_truncate_file(historyPath, 1000)
        }
        if signalFD >= 0 { Foundation.close(signalFD) }
        frontline_unblock_signals()
    }

    private func uninstall() {
        guard installed else { return }
        rl_callback_handler_remove()
        installed = false
    }
}

/// readline's C callbacks cannot capture context, so their state lives here. Only the
/// REPL's single thread touches it.
enum ReadlineState {
    nonisolated(unsafe) static var completed: String?
    nonisolated(unsafe) static var gotEOF = false
    nonisolated(unsafe) static var completer: (@Sendable (String, String) -> [String])?
    nonisolated(unsafe) static var candidates: [String] = []
    nonisolated(unsafe) static let name: UnsafePointer<CChar> = UnsafePointer(strdup("frontline")!)

    static let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
        guard let line else {
            gotEOF = true
            return
        }
        completed = String(cString: line)
        free(line)
    }

    static let complete: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
        frontline_rl_completion_over()
        guard let text, let completer else { return nil }
        let word = String(cString: text)
        let line = frontline_rl_line_buffer().map { String(cString: $0) } ?? ""
        candidates = completer(line, word)
        return rl_completion_matches(text, generator)
    }

    static let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
        if state == 0 { generatorIndex = 0 }
        guard generatorIndex < candidates.count else { return nil }
        defer { generatorIndex += 1 }
        return strdup(candidates[generatorIndex])
    }
    nonisolated(unsafe) static var generatorIndex = 0
}

extension Locale {
    /// readline needs a UTF-8 locale for multi-byte input; fall back to C.UTF-8 when the
    /// environment names none (or only "C"/"POSIX").
    static func ensureUTF8() {
        let current = setlocale(LC_ALL, "").map { String(cString: $0) } ?? ""
        let ctype = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? ""
        if current.isEmpty || ctype == "C" || ctype == "POSIX" || !ctype.uppercased().contains("UTF") {
            if setlocale(LC_CTYPE, "C.UTF-8") == nil { setlocale(LC_CTYPE, "C.utf8") }
        }
    }
}
