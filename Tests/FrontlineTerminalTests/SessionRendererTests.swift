import FrontlineModel
import Testing
@testable import FrontlineTerminal

/// What the REPL echoes from a scenario file (customer lines, knowledge, tips) and from
/// replies and evidence is terminal-safe: an ESC in a customer line cleared the screen.
@Suite struct SessionRendererTests {
    static let esc = "\u{1B}[2J"

    static var scenario: Scenario {
        Scenario(id: "s", title: "Title\(esc)", channel: .chat, language: "en", difficulty: .beginner, tags: [],
                 briefing: "Brief\(esc)\nsecond line", customer: Customer(name: "Dana\u{07} W", situation: "", patience: 60),
                 knowledge: [KnowledgeFact(id: "k", topic: "Topic\(esc)", text: "Fact\(esc)")],
                 startTurn: "t", turns: [], endings: [], silence: SilencePolicy(), onPatienceExhausted: nil,
                 source: SourceFile(path: "s.yaml", fingerprint: "0"))
    }

    let renderer = SessionRenderer(scenario: scenario, style: TerminalStyle(enabled: false), width: 100, coach: true)

    func isSafe(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }
    }

    @Test func customerLinesBriefingAndKnowledgeAreShownNotSent() {
        let line = renderer.customer("Hi\(Self.esc)there")
        #expect(line == "Dana\\u{7}: Hi\\u{1B}[2Jthere")
        #expect(isSafe(renderer.briefing(trainee: "me\u{1B}", previousBest: nil)))
        #expect(renderer.briefing(trainee: "me", previousBest: nil).contains("Brief\\u{1B}[2J\nsecond line"), "layout stays")
        #expect(isSafe(renderer.knowledge(Self.scenario.knowledge)))
        #expect(isSafe(renderer.hint("tip\(Self.esc)")))
    }

    @Test func evidenceTipsAndRepliesAreShownNotSent() {
        let finding = Finding(dimension: .empathy, criterionId: "c", name: "Name\(Self.esc)", outcome: .met, source: .rubric,
                              points: 10, possible: 10, evidence: Evidence(start: 0, end: 3, text: "ok\(Self.esc)"), tip: "Tip\(Self.esc)")
        let grade = Grade(scores: [.empathy: 50], overall: 50, findings: [finding], criticalFailure: false)
        let record = TurnRecord(index: 0, turnId: "t", customerLine: "Hello\(Self.esc)", reply: "Reply\(Self.esc)",
                                timings: Timings(sent: 3), grade: grade, hintsUsed: 0, overall: 50,
                                patienceBefore: 60, patienceAfter: 60, nudges: 0, next: "t")
        #expect(isSafe(renderer.feedback(record)))
        #expect(isSafe(renderer.transcript([record], current: "Now\(Self.esc)")))
        #expect(renderer.transcript([record], current: nil).contains("Reply\\u{1B}[2J"))
    }

    @Test func aWrongValueSaysWhatWasSaidAndWhatIsRight() {
        let wrong = Finding(dimension: .accuracy, criterionId: "refund-timing.wrong-value", name: "Say when the money arrives: wrong value",
                            outcome: .triggered, source: .expectation, points: -10,
                            evidence: Evidence(start: 10, end: 27, text: "2-3 business days"),
                            tip: "Refunds take 5-7 business days.", note: "you said 2-3 business days; it is 5-7 business days")
        let line = renderer.findingLine(wrong) ?? ""
        #expect(line.contains("“2-3 business days”"))
        #expect(line.contains("(you said 2-3 business days; it is 5-7 business days)"))
        #expect(line.contains("Refunds take 5-7 business days."))
    }

    @Test func aMissCutToFitEndsInAnEllipsisWithoutTheIndent() {
        let lines = ["  ✗ Close warmly — tip: I hope the rest of your", "    week goes more smoothly."]
        let fitted = SessionRenderer.fit(lines, into: 1, width: 60)
        #expect(fitted == ["  ✗ Close warmly — tip: I hope the rest of your week goes m…"])
        #expect(SessionRenderer.fit(lines, into: 2, width: 60) == lines)
    }

    @Test func theHelpWrapsUnderItsCommands() {
        let narrow = SessionRenderer(scenario: Self.scenario, style: TerminalStyle(enabled: false), width: 50, coach: true)
        let lines = narrow.help().split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.terminalWidth <= 50 })
        #expect(lines.contains { $0.hasPrefix("  /retry        answer") })
        #expect(lines.contains { $0.hasPrefix(String(repeating: " ", count: 16)) }, "a continuation sits under the text")
    }
}
