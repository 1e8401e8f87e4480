import Foundation
import Testing
import FrontlineStore

/// A Persian conversation typed and edited in a real terminal: readline moves by
/// characters, not bytes, and the reply is graded and stored exactly as edited.
@Suite(.enabled(if: TmuxDriver.available, "tmux is not installed (scripts/setup installs it)"))
struct PersianConversationTests {
    @Test func aPersianReplyIsTypedEditedGradedAndStored() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("progress.sqlite").path
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try tmux.start("\(Binary.path) play late-delivery-fa --trainee persian --seed 0", in: Binary.repository,
                       // Logical order on screen: this test is about typing and grading, not display.
                       environment: ["FRONTLINE_STORE": store, "XDG_STATE_HOME": folder.path, "FRONTLINE_BIDI": "off"])
        try tmux.waitFor("سفارشم قرار بود")
        try tmux.type("متأسفم مریم جان. کد را بفرمایید")
        // Eleven characters back ("را بفرمایید"), then insert the missing word.
        for _ in 0..<11 { try tmux.send("Left") }
        try tmux.type("سفارش ")
        var screen = try tmux.waitFor("کد سفارش را بفرمایید")
        try tmux.send("Enter")
        // The feedback is still being printed when its first ✓ appears: wait for the line itself.
        screen = try tmux.waitFor("“کد سفارش”")
        #expect(screen.contains("✓"), "the evidence quotes the Persian words that met the expectation")
        try tmux.send("C-d")
        try tmux.waitFor("FRONTLINE-EXITED 0")

        let saved = try SQLiteStore(path: store)
        let session = try #require(try saved.sessions(trainee: "persian", scenario: "late-delivery-fa", limit: 1).first)
        let turn = try #require(try saved.turns(session: session.id).first)
        #expect(turn.reply == "متأسفم مریم جان. کد سفارش را بفرمایید")
        #expect(turn.next == "order-found")
        let evidence = try #require(turn.findings.first { $0.criterionId == "ask-order" }?.evidence)
        let scalars = Array(turn.reply.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])) == evidence.text, "offsets are code points")
    }
}
