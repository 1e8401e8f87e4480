/// A line editor whose prompt and the lines printed above it go through `VisualOrder`.
/// What the trainee types is the inner editor's (readline's), in logical order, untouched.
public final class VisualEditor: LineEditor {
    let inner: LineEditor
    let order: VisualOrder

    public init(_ inner: LineEditor, order: VisualOrder) {
        self.inner = inner
        self.order = order
    }

    public func read(prompt: String, timeout: Double?) -> EditorEvent {
        inner.read(prompt: order.prompt(prompt), timeout: timeout)
    }

    public func printAbove(_ text: String) { inner.printAbove(order.display(text)) }

    public var onFirstKeystroke: (() -> Void)? {
        get { inner.onFirstKeystroke }
        set { inner.onFirstKeystroke = newValue }
    }

    public var completer: (@Sendable (_ line: String, _ word: String) -> [String])? {
        get { inner.completer }
        set { inner.completer = newValue }
    }

    public func addHistory(_ line: String) { inner.addHistory(line) }
    public func endLine() { inner.endLine() }
    public func close() { inner.close() }
}
