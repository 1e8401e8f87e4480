import FrontlineEngine
import FrontlineModel
import Testing
@testable import FrontlineTerminal

/// The debrief names why the conversation ended, aligns its table, lists what to practise
/// (never also as done well) and shows the model replies for the weakest turns.
@Suite struct SessionRendererDebriefTests {
    static let scenario = Scenario(
        id: "s", title: "T", channel: .chat, language: "en", difficulty: .beginner, tags: [], briefing: "",
        customer: Customer(name: "Dana Wells", situation: "", patience: 60), knowledge: [], startTurn: "opening",
        turns: [Turn(id: "opening", customer: ["Hi"], exemplary: "I'm so sorry, Dana. What's your order number?", branches: [])],
        endings: [], silence: SilencePolicy(), onPatienceExhausted: nil, source: SourceFile(path: "s.yaml", fingerprint: "0"))
    let renderer = SessionRenderer(scenario: scenario, style: TerminalStyle(enabled: false), width: 100, coach: true)

    func record(_ overall: Double, findings: [Finding] = [], critical: Bool = false, turn: String = "opening") -> TurnRecord {
        TurnRecord(index: 0, turnId: turn, customerLine: "Hi", reply: "ok", timings: Timings(sent: 5),
                   grade: Grade(scores: [.empathy: 100, .accuracy: 5, .responseTime: 100], overall: overall, findings: findings, criticalFailure: critical),
                   hintsUsed: 0, overall: overall, patienceBefore: 60, patienceAfter: 50, nudges: 0, next: "x")
    }

    @Test func theTableHeadersSitAboveTheirValues() {
        let lines = renderer.turnTable([record(42)]).split(separator: "\n").map(String.init)
        for header in ["emp", "acc", "time", "overall"] {
            let column = lines[0].range(of: header)!.upperBound
            let offset = lines[0].distance(from: lines[0].startIndex, to: column)
            #expect(lines[1].count >= offset, "\(header)")
            let value = lines[1][lines[1].index(lines[1].startIndex, offsetBy: offset - 1)]
            #expect(value != " ", "the value under '\(header)' ends where the header ends (right-aligned)")
        }
    }

    @Test func theReasonIsTheRealOne() {
        let summary = SessionSummary.of([record(42)], status: .completed, ending: nil)
        #expect(renderer.why(.silence(nudges: 3), summary: summary, records: []) == "Dana left after 3 unanswered nudges.")
        #expect(renderer.why(.patience(afterNudges: 2), summary: summary, records: [])?.contains("2 unanswered nudges") == true)
        #expect(renderer.why(.patience(afterNudges: 0), summary: summary, records: [record(42)])?.contains("weakest reply scored 42") == true)
        let promise = Finding(dimension: .accuracy, criterionId: "instant", name: "Promise only what policy allows", outcome: .triggered,
                              source: .expectation, points: -40, isCritical: true, evidence: Evidence(start: 0, end: 13, text: "instant refund"))
        let why = renderer.why(.ending, summary: summary, records: [record(20, findings: [promise], critical: true)])
        #expect(why == "you said “instant refund” — Promise only what policy allows (a critical mistake).")
        #expect(renderer.why(.trainee(.abandoned), summary: summary, records: []) == "You left the conversation before it ended.")
    }

    @Test func theModelReplyIsShownForAWeakTurnOnly() {
        let summary = SessionSummary.of([record(42)], status: .completed, ending: nil)
        let weak = renderer.debrief(summary, records: [record(42)], previousBest: nil, reason: .ending)
        #expect(weak.contains("Model replies for the turns that went worst:"))
        #expect(weak.contains("I'm so sorry, Dana."))
        let strong = renderer.debrief(summary, records: [record(95)], previousBest: nil, reason: .ending)
        #expect(!strong.contains("Model replies"))
    }

    @Test func practiseNextIsRankedAndNeverDoneWell() {
        let met = Finding(dimension: .empathy, criterionId: "sorry", name: "Apologise", outcome: .met, source: .rubric, points: 10, possible: 10,
                          evidence: Evidence(start: 0, end: 5, text: "sorry"))
        let missedLater = Finding(dimension: .accuracy, criterionId: "sorry", name: "Apologise", outcome: .triggered, source: .expectation, points: -5)
        let fact = Finding(dimension: .accuracy, criterionId: "timing", name: "Say when", outcome: .missed, source: .expectation, points: 0, possible: 20)
        let tone = Finding(dimension: .empathy, criterionId: "greet", name: "Greet", outcome: .missed, source: .rubric, points: 0, possible: 5)
        let records = [record(60, findings: [met, tone]), record(50, findings: [missedLater, fact])]
        let practise = renderer.practiseNext(records).map(\.criterionId)
        #expect(practise == ["sorry", "timing", "greet"])
        #expect(renderer.doneWell(records, excluding: renderer.practiseNext(records)).isEmpty)
    }

    /// Played on escalation-second-line: the merchant ID was not asked for in the opening
    /// and was asked for when the customer wanted to know what was needed (the repeat,
    /// `same_as`); the debrief listed "Ask for the merchant ID" under both practise next and
    /// done well. A repeat is the expectation it repeats, for both lists.
    @Test func aRepeatMetLaterIsTheSameThingToPractise() {
        let opening = FrontlineModel.Expectation(id: "ask-id", kind: .action, name: "Ask for the merchant ID", phrases: [], tip: "Ask for it.", points: 15)
        let again = FrontlineModel.Expectation(id: "ask-id-again", kind: .action, name: "Ask for the merchant ID", phrases: [], tip: "", points: 15, sameAs: "ask-id")
        var scenario = Self.scenario
        scenario.turns = [Turn(id: "opening", customer: ["Hi"], expectations: [opening], branches: []),
                          Turn(id: "what", customer: ["What do you need?"], expectations: [again], branches: [])]
        let renderer = SessionRenderer(scenario: scenario, style: TerminalStyle(enabled: false), width: 100, coach: true)
        let missed = Finding(dimension: .accuracy, criterionId: "ask-id", name: "Ask for the merchant ID", outcome: .missed,
                             source: .expectation, points: 0, possible: 15)
        let metAgain = Finding(dimension: .accuracy, criterionId: "ask-id-again", name: "Ask for the merchant ID", outcome: .met,
                               source: .expectation, points: 15, possible: 15, evidence: Evidence(start: 10, end: 21, text: "merchant ID"))
        let escalated = Finding(dimension: .accuracy, criterionId: "escalate", name: "Create the escalation", outcome: .met,
                                source: .expectation, points: 20, possible: 20, evidence: Evidence(start: 0, end: 9, text: "logged it"))
        let records = [record(70, findings: [missed]), record(90, findings: [metAgain, escalated], turn: "what")]
        let practise = renderer.practiseNext(records)
        #expect(practise.isEmpty, "met in the session, as a criterion met at one turn and missed at another is not practised")
        #expect(renderer.doneWell(records, excluding: practise).map(\.criterionId) == ["escalate"],
                "missed once, so not done well either (under its repeat's id)")
        let shown = renderer.debrief(SessionSummary.of(records, status: .completed, ending: nil), records: records,
                                     previousBest: nil, reason: .ending)
        #expect(!shown.contains("Ask for the merchant ID"))

        // Missed both times: practised once, with the first miss's tip.
        let missedAgain = Finding(dimension: .accuracy, criterionId: "ask-id-again", name: "Ask for the merchant ID", outcome: .missed,
                                  source: .expectation, points: 0, possible: 15)
        let never = [record(70, findings: [missed]), record(60, findings: [missedAgain, escalated], turn: "what")]
        #expect(renderer.practiseNext(never).map(\.criterionId) == ["ask-id"])

        // Met both times: done well once, not twice.
        let metFirst = Finding(dimension: .accuracy, criterionId: "ask-id", name: "Ask for the merchant ID", outcome: .met,
                               source: .expectation, points: 15, possible: 15, evidence: Evidence(start: 0, end: 11, text: "merchant ID"))
        let both = [record(90, findings: [metFirst]), record(90, findings: [metAgain], turn: "what")]
        #expect(renderer.doneWell(both, excluding: renderer.practiseNext(both)).map(\.criterionId) == ["ask-id"])
    }

    /// The same words of one reply flagged by two claims are practised once.
    @Test func practiseNextNamesOneMistakeOnce() {
        func claim(_ id: String) -> Finding {
            Finding(dimension: .accuracy, criterionId: id, name: id, outcome: .triggered, source: .expectation, points: -40,
                    isCritical: true, evidence: Evidence(start: 10, end: 33, text: "what about a free pause"))
        }
        let records = [record(36, findings: [claim("push-after-no"), claim("second-offer")])]
        #expect(renderer.practiseNext(records).map(\.criterionId) == ["push-after-no"])
        // In two replies, they are two mistakes.
        let twice = [record(36, findings: [claim("push-after-no")]), record(36, findings: [claim("second-offer")], turn: "again")]
        #expect(renderer.practiseNext(twice).count == 2)
    }

    /// Played on billing-error: the debrief's three things to practise were restate, relate
    /// and reflect-feeling — three ways to show listening, and nothing else.
    @Test func practiseNextNamesOneToneMissPerFacet() {
        var facets = renderer
        facets.facetOf = ["restate": "listening", "relate": "listening", "reflect-feeling": "listening", "explore": "exploring"]
        func miss(_ id: String, _ possible: Double) -> Finding {
            Finding(dimension: .empathy, criterionId: id, name: id, outcome: .missed, source: .rubric, points: 0, possible: possible)
        }
        let records = [record(80, findings: [miss("restate", 10), miss("relate", 5), miss("reflect-feeling", 5), miss("explore", 4)])]
        #expect(facets.practiseNext(records).map(\.criterionId) == ["restate", "explore"])
        #expect(renderer.practiseNext(records).count == 3, "without facets every criterion stands alone")
    }

    @Test func examTranscriptShowsNoScores() {
        let exam = SessionRenderer(scenario: Self.scenario, style: TerminalStyle(enabled: false), width: 100, coach: false)
        #expect(!exam.transcript([record(87)], current: "Hi").contains("[87]"))
        #expect(renderer.transcript([record(87)], current: "Hi").contains("[87]"))
        #expect(!exam.scoreSoFar([record(87)]).contains("87"))
    }
}
