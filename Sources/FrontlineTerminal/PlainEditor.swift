import CReadline
import Foundation

/// Plain lines from a pipe or file: no prompt, no escape codes, no timeouts, so a
/// conversation can be scripted (`printf 'hi\n' | frontline play refund-request`).
///
/// Signals are read as the terminal editor reads them: blocked, and taken from a
/// signalfd in the same poll() as standard input. SIGTERM, SIGHUP and SIGINT end the
/// session at once as `terminated` (saved as interrupted). With a blocking readLine()
/// they killed the process mid-read and the session stayed `in_progress`.
public final class PlainEditor: LineEditor {
    public var onFirstKeystroke: (() -> Void)?
    public var completer: (@Sendable (_ line: String, _ word: String) -> [String])?

    private let input: Int32
    private let signalFD: Int32
    private var buffer: [UInt8] = []
    private var atEnd = false

    public init(input: Int32 = STDIN_FILENO) {
        self.input = input
        signalFD = frontline_signalfd()
    }

    public func read(prompt: String, timeout: Double?) -> EditorEvent {
        // Whoever drives us through a pipe must see the customer's line before we wait.
        fflush(nil)
        while true {
            if let end = buffer.firstIndex(of: 0x0A) {
                return line(upTo: end, dropping: 1)
            }
            if atEnd {
                return buffer.isEmpty ? .endOfInput : line(upTo: buffer.count, dropping: 0)
            }
            var fds = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, nfds_t(signalFD >= 0 ? 2 : 1), -1)
            if ready < 0 {
                if errno == EINTR { continue }
                atEnd = true
                continue
            }
            if signalFD >= 0, fds[1].revents & Int16(POLLIN) != 0 {
                switch frontline_read_signal(signalFD) {
                case SIGTERM, SIGHUP, SIGINT: return .terminated
                default: break
                }
            }
            if fds[0].revents & Int16(POLLIN | POLLHUP | POLLERR | POLLNVAL) != 0 {
                fill()
            }
        }
    }

    /// Reads what standard input has (at least one byte, or the end).
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let count = chunk.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer.append(contentsOf: chunk[0..<count])
        } else if count == 0 || errno != EINTR && errno != EAGAIN {
            atEnd = true
        }
    }

    private func line(upTo end: Int, dropping separator: Int) -> EditorEvent {
        var text = String(decoding: buffer[0..<end], as: UTF8.self)
        buffer.removeSubrange(0..<min(buffer.count, end + separator))
        if text.hasSuffix("\r") { text.removeLast() }
        onFirstKeystroke?()
        return .line(text)
    }

    public func printAbove(_ text: String) { print(text) }
    public func addHistory(_ line: String) {}
    public func endLine() {}
    public func close() {
        fflush(nil)
        if signalFD >= 0 { Foundation.close(signalFD) }
    }
}
