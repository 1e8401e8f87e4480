import Testing
import FrontlineEngine
@testable import FrontlineTerminal

@Suite struct ScriptEditorTests {
    @Test func parsesDelaysRepliesAndComments() throws {
        let entries = try ScriptEditor.parse("""
            # a comment
            hello there
            @12s I'm sorry, Dana.
            @1m
            @500ms quick
            """)
        #expect(entries == [
            .init(delay: 0, text: "hello there"), .init(delay: 12, text: "I'm sorry, Dana."),
            .init(delay: 60, text: nil), .init(delay: 0.5, text: "quick"),
        ])
    }

    @Test func aBadDelayNamesItsLine() {
        #expect(throws: ScriptEditor.ScriptError.self) { try ScriptEditor.parse("ok\n@soon hi") }
        do { _ = try ScriptEditor.parse("ok\n@soon hi") } catch { #expect("\(error)".hasPrefix("line 2:")) }
    }

    @Test func longDelaysTimeOutSoNudgesCanFire() {
        let clock = ManualClock()
        let editor = ScriptEditor(entries: [.init(delay: 90, text: "finally")], clock: clock, output: { _ in })
        #expect(editor.read(prompt: "", timeout: 60) == .timeout)
        #expect(clock.now() == 60)
        #expect(editor.read(prompt: "", timeout: 60) == .line("finally"))
        #expect(clock.now() == 90)
        #expect(editor.read(prompt: "", timeout: nil) == .endOfInput)
    }
}
