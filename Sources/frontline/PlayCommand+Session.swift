import ArgumentParser
import Foundation
import FrontlineEngine
import FrontlineLocale
import FrontlineSession
import FrontlineTerminal

extension PlayCommand {
    /// How right-to-left lines are shown (FRONTLINE_BIDI); an unknown mode is an error.
    func visualOrder() throws -> VisualOrder {
        do { return VisualOrder(mode: try BidiMode.resolve(), width: { TerminalWidth.current() }) } catch { throw UserError(error.description) }
    }

    /// The REPL for this terminal: readline at a terminal, plain lines from a pipe, or a
    /// script replayed on a manual clock; right-to-left lines in visual order where the
    /// terminal does not reorder them (FRONTLINE_BIDI), the trainee's typing in logical order.
    func practiceSession(_ content: PlayContent, trainee name: String, recorder: StoreRecorder, messages: Messages,
                         order: VisualOrder) throws -> PracticeSession {
        let (scenario, grader) = (content.scenario, content.grader)
        if let script {
            let text: String
            do { text = try String(contentsOfFile: script, encoding: .utf8) } catch {
                throw UserError("cannot read script '\(script)': \(error.localizedDescription)")
            }
            let clock = ManualClock()
            let entries: [ScriptEditor.Entry]
            do { entries = try ScriptEditor.parse(text) } catch { throw UserError("\(script): \(error)") }
            return PracticeSession(
                scenario: scenario, grader: grader, mode: mode, trainee: name,
                editor: VisualEditor(ScriptEditor(entries: entries, clock: clock), order: order), recorder: recorder, clock: clock,
                style: TerminalStyle(enabled: false), width: 80, seed: seed ?? 0, messages: messages,
                output: { print(order.display($0)) })
        }
        let interactive = isatty(STDIN_FILENO) == 1
        let editor: LineEditor = interactive ? ReadlineEditor(historyPath: TraineeDefaults.historyPath(trainee: name)) : PlainEditor()
        let session = PracticeSession(
            scenario: scenario, grader: grader, mode: mode, trainee: name, editor: VisualEditor(editor, order: order), recorder: recorder,
            clock: SystemClock(), style: interactive ? TerminalStyle.detect() : TerminalStyle(enabled: false),
            width: TerminalWidth.current(), seed: seed ?? Int.random(in: 0..<1000), messages: messages,
            output: { print(order.display($0)) })
        if interactive { session.currentWidth = TerminalWidth.current }
        return session
    }
}
