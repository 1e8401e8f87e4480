import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal.
public final class ProgressBar {
    private let total: Int?
    private let label: String
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(total: Int?, label: String) {
        self.total = total
        self.label = label
    }

    /// Nil when standard error is not a terminal (so logs and pipes stay clean).
    public static func forStandardError(total: Int?, label: String) -> ProgressBar? {
        isatty(STDERR_FILENO) == 1 ? ProgressBar(total: total, label: label) : nil
    }

    public func update(_ done: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        draw(done)
    }

    public func finish() {
        if drawn { clear() }
    }

    /// Removes the bar so another message can be printed on its line.
    public func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        drawn = false
    }

    private func draw(_ done: Int) {
        let elapsed = max(0.001, Date().timeIntervalSince(started))
        let rate = Int(Double(done) / elapsed)
        var text = "\r\u{1B}[2K\(label) "
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let width = 30
            let filled = Int(fraction * Double(width))
            text += "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + "]"
            text += " \(done)/\(total) \(Int(fraction * 100))%"
        } else {
            text += "\(done) lines"
        }
        text += " · \(rate)/s"
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }
}
