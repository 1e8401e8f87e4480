import FrontlineEngine
import Testing
@testable import FrontlineTerminal

/// The editor seen by the REPL: lines printed above the input are in visual order; what is
/// typed (and returned) stays in logical order.
@Suite struct VisualEditorTests {
    final class Lines: @unchecked Sendable { var all: [String] = [] }

    @Test func linesPrintedAboveAreReorderedAndRepliesAreNot() {
        let printed = Lines()
        let script = ScriptEditor(entries: [ScriptEditor.Entry(delay: 0, text: "کد سفارش BZ-48213")], clock: ManualClock(),
                                  output: { printed.all.append($0) })
        let editor = VisualEditor(script, order: VisualOrder(mode: .visual, width: { 20 }))
        editor.printAbove("سلام مریم")
        #expect(printed.all.first == String(repeating: " ", count: 11) + "سلام مریم".unicodeScalars.reversed().map(String.init).joined())
        #expect(editor.read(prompt: "you> ", timeout: nil) == .line("کد سفارش BZ-48213"))
        #expect(printed.all.last == "you> کد سفارش BZ-48213", "the reply is echoed as typed")
    }

    @Test func completionAndKeystrokeHooksReachTheInnerEditor() {
        let script = ScriptEditor(entries: [], clock: ManualClock())
        let editor = VisualEditor(script, order: VisualOrder(mode: .visual, width: { 20 }))
        editor.completer = { _, _ in ["/kb"] }
        #expect(script.completer?("/", "/") == ["/kb"])
        editor.onFirstKeystroke = {}
        #expect(script.onFirstKeystroke != nil)
    }
}
