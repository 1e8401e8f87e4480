import Testing
@testable import FrontlineModel

/// Which findings coach feedback shows after a reply, and in which order.
@Suite struct FeedbackFocusTests {
    /// `at`: where the evidence starts in the reply (what was marked down and what was done
    /// well stand apart unless a test says otherwise).
    static func finding(_ id: String, _ outcome: Finding.Outcome, _ source: Finding.Source = .rubric, points: Double = 0,
                        possible: Double = 0, critical: Bool = false, evidence: String? = nil, at: Int? = nil) -> Finding {
        let start = at ?? (outcome == .triggered ? 1000 : 0)
        return Finding(dimension: source == .expectation ? .accuracy : .empathy, criterionId: id, name: "name of \(id)",
                       outcome: outcome, source: source, points: points, possible: possible, isCritical: critical,
                       evidence: evidence.map { Evidence(start: start, end: start + $0.count, text: $0) })
    }

    static let grade = Grade(scores: [.empathy: 40, .accuracy: 30], overall: 35, findings: [
        finding("greet", .missed, points: 0, possible: 5),
        finding("sorry", .met, points: 20, possible: 20, evidence: "so sorry"),
        finding("dismissive", .triggered, points: -30, evidence: "calm down"),
        finding("refund-timing", .missed, .expectation, points: 0, possible: 20),
        finding("order", .met, .expectation, points: 10, possible: 10, evidence: "order number"),
        finding("refund-timing.wrong-value", .triggered, .expectation, points: -10, evidence: "2 days"),
        finding("instant-refund", .triggered, .expectation, points: -40, critical: true, evidence: "right now"),
        finding("name", .met, points: 5, possible: 5, evidence: "Dana"),
        finding("window", .missed, .expectation, points: 0, possible: 30),
    ], criticalFailure: true)

    @Test func missesComeCriticalThenWrongValueThenMissingFactsByPointsThenTone() {
        let all = FeedbackFocus.ranked(Self.grade.findings).map(\.criterionId)
        #expect(all == ["instant-refund", "refund-timing.wrong-value", "window", "refund-timing", "dismissive", "greet"])
        // One line per criterion: the wrong value stands for its expectation.
        #expect(FeedbackFocus.misses(Self.grade).map(\.criterionId) == ["instant-refund", "refund-timing.wrong-value", "window"])
    }

    /// Played on cancellation-retention: "what about a free pause instead?" is a second offer
    /// and, by `implied_by`, pushing after her no; the feedback showed the same quote twice.
    @Test func theSameWordsFlaggedByTwoClaimsAreOneMiss() {
        let push = Self.finding("push-after-no", .triggered, .expectation, points: -40, critical: true, evidence: "what about a free pause", at: 10)
        let second = Self.finding("second-offer", .triggered, .expectation, points: -40, critical: true, evidence: "what about a free pause", at: 10)
        let other = Self.finding("pressure", .triggered, .expectation, points: -20, evidence: "you'll regret it", at: 50)
        let cancel = Self.finding("confirm-cancellation", .missed, .expectation, points: 0, possible: 20)
        let grade = Grade(scores: [.accuracy: 0], overall: 0, findings: [push, second, other, cancel], criticalFailure: true)
        #expect(FeedbackFocus.misses(grade).map(\.criterionId) == ["push-after-no", "pressure", "confirm-cancellation"])
        #expect(FeedbackFocus.ranked(grade.findings).count == 4, "ranking keeps every finding (/score, the store)")
    }

    @Test func doneWellIsQuotedExpectationsFirstAtMostTwo() {
        #expect(FeedbackFocus.doneWell(Self.grade).map(\.criterionId) == ["order", "sorry"])
    }

    @Test func aCriterionMissedInTheSameReplyIsNotDoneWell() {
        var grade = Self.grade
        grade.findings.append(Self.finding("order", .triggered, .expectation, points: -5, evidence: "order"))
        #expect(!FeedbackFocus.doneWell(grade).contains { $0.criterionId == "order" })
    }

    @Test func responseTimeBelowFullComesLast() {
        let late = Finding(dimension: .responseTime, criterionId: "on-time", name: "on time", outcome: .measured, source: .rubric,
                           points: 60, possible: 100)
        let grade = Grade(scores: [:], overall: 0, findings: [late, Self.finding("greet", .missed, possible: 5)], criticalFailure: false)
        #expect(FeedbackFocus.misses(grade).map(\.criterionId) == ["greet", "on-time"])
    }

    @Test func oneToneMissPerFacetTheCostlierOneAndTheNextSlotGoesElsewhere() {
        let grade = Grade(scores: [.empathy: 40], overall: 40, findings: [
            Self.finding("ask-question", .missed, possible: 5),
            Self.finding("explore", .missed, possible: 10),
            Self.finding("restate", .missed, possible: 10),
            Self.finding("greet", .missed, possible: 5),
        ], criticalFailure: false)
        let facets = ["ask-question": "exploring", "explore": "exploring", "restate": "listening", "greet": "courtesy"]
        #expect(FeedbackFocus.misses(grade, facetOf: facets).map(\.criterionId) == ["explore", "restate", "greet"])
        // Without facets (a rubric without them) every criterion stands on its own.
        #expect(FeedbackFocus.misses(grade).map(\.criterionId) == ["explore", "restate", "ask-question"])
    }

    /// A coach names a tone habit once, not after every reply: a tone reward whose tip an
    /// earlier reply showed is left out when it is missed again (the next one comes up);
    /// expectations and penalties are shown every time.
    @Test func aToneTipIsGivenOncePerConversation() {
        let first = Grade(scores: [.empathy: 40], overall: 40, findings: [
            Self.finding("restate", .missed, possible: 10),
            Self.finding("greet", .missed, possible: 5),
        ], criticalFailure: false)
        let second = Grade(scores: [.empathy: 40], overall: 40, findings: [
            Self.finding("restate", .missed, possible: 10),
            Self.finding("explore", .missed, possible: 8),
            Self.finding("dismissive", .triggered, points: -20, evidence: "calm down"),
        ], criticalFailure: false)
        let third = Grade(scores: [.empathy: 40], overall: 40, findings: [
            Self.finding("dismissive", .triggered, points: -20, evidence: "calm down"),
            Self.finding("explore", .missed, possible: 8),
            Self.finding("window", .missed, .expectation, possible: 10),
        ], criticalFailure: false)
        #expect(FeedbackFocus.misses(first).map(\.criterionId) == ["restate", "greet"])
        let toldAfterFirst = FeedbackFocus.toldBefore([first])
        #expect(toldAfterFirst == FeedbackFocus.Told(criteria: ["restate", "greet"]))
        #expect(FeedbackFocus.misses(second, alreadyTold: toldAfterFirst).map(\.criterionId) == ["dismissive", "explore"])
        let toldAfterSecond = FeedbackFocus.toldBefore([first, second])
        #expect(toldAfterSecond == FeedbackFocus.Told(criteria: ["restate", "greet", "explore"]), "a penalty is not a tip told")
        #expect(FeedbackFocus.misses(third, alreadyTold: toldAfterSecond).map(\.criterionId) == ["window", "dismissive"])
        // Without the conversation, every miss is shown as before.
        #expect(FeedbackFocus.misses(second).map(\.criterionId) == ["dismissive", "restate", "explore"])
    }

    /// Once a facet was coached, its other criteria do not ask for the same thing in other
    /// words on a later reply ("say you follow them" after "say back what you understood").
    @Test func aCoachedFacetIsNotCoachedAgainInOtherWords() {
        let facets = ["restate": "listening", "show-understanding": "listening", "greet": "courtesy"]
        let first = Grade(scores: [.empathy: 40], overall: 40, findings: [Self.finding("restate", .missed, possible: 10)],
                          criticalFailure: false)
        let second = Grade(scores: [.empathy: 40], overall: 40, findings: [
            Self.finding("show-understanding", .missed, possible: 10),
            Self.finding("greet", .missed, possible: 5),
        ], criticalFailure: false)
        let told = FeedbackFocus.toldBefore([first], facetOf: facets)
        #expect(told == FeedbackFocus.Told(criteria: ["restate"], facets: ["listening"]))
        #expect(FeedbackFocus.misses(second, facetOf: facets, alreadyTold: told).map(\.criterionId) == ["greet"])
    }

    /// An apology made on the first reply is not asked for on the second: a tone reward
    /// met earlier in the conversation is not coached as a miss later.
    @Test func aToneRewardMetEarlierIsNotAskedForAgain() {
        let first = Grade(scores: [.empathy: 90], overall: 90, findings: [
            Self.finding("sorry", .met, points: 20, possible: 20, evidence: "sorry"),
        ], criticalFailure: false)
        let second = Grade(scores: [.empathy: 40], overall: 40, findings: [
            Self.finding("sorry", .missed, possible: 20),
            Self.finding("thanks", .missed, possible: 5),
        ], criticalFailure: false)
        let told = FeedbackFocus.toldBefore([first])
        #expect(told.criteria == ["sorry"] && told.facets.isEmpty, "met, not coached: its facet stays open")
        #expect(FeedbackFocus.misses(second, alreadyTold: told).map(\.criterionId) == ["thanks"])
    }

    /// What the reply said wrong comes before what it left out, whatever the points: a
    /// blunt opening (10) before a missed acknowledgement (25).
    @Test func aTonePenaltyComesBeforeAToneRewardMissed() {
        let grade = Grade(scores: [.empathy: 11], overall: 11, findings: [
            Self.finding("acknowledge", .missed, possible: 25),
            Self.finding("blunt-opening", .triggered, points: -10, evidence: "Well, did you"),
            Self.finding("thanks", .missed, possible: 15),
        ], criticalFailure: false)
        #expect(FeedbackFocus.misses(grade).map(\.criterionId) == ["blunt-opening", "acknowledge", "thanks"])
    }

    /// A question is not praised with the words the reply was marked down for.
    @Test func nothingDoneWellOverlapsWhatWasMarkedDown() {
        let question = Finding(dimension: .empathy, criterionId: "ask-question", name: "ask", outcome: .met, source: .rubric,
                               points: 5, possible: 5, evidence: Evidence(start: 0, end: 33, text: "Well, did you check the tracking?"))
        let blunt = Finding(dimension: .empathy, criterionId: "blunt-opening", name: "blunt", outcome: .triggered, source: .rubric,
                            points: -10, possible: 0, evidence: Evidence(start: 0, end: 13, text: "Well, did you"))
        let name = Finding(dimension: .empathy, criterionId: "name", name: "name", outcome: .met, source: .rubric,
                           points: 5, possible: 5, evidence: Evidence(start: 60, end: 64, text: "Ravi"))
        let grade = Grade(scores: [.empathy: 11], overall: 11, findings: [question, blunt, name], criticalFailure: false)
        #expect(FeedbackFocus.doneWell(grade).map(\.criterionId) == ["name"])
        let withoutFault = Grade(scores: [.empathy: 40], overall: 40, findings: [question, name], criticalFailure: false)
        #expect(FeedbackFocus.doneWell(withoutFault).map(\.criterionId) == ["ask-question", "name"])
    }

    @Test func aFacetNeverHidesAnExpectationOrAPenalty() {
        let grade = Grade(scores: [.empathy: 40], overall: 40, findings: [
            Self.finding("explore", .missed, possible: 10),
            Self.finding("dismissive", .triggered, points: -20, evidence: "calm down"),
            Self.finding("ask-question", .missed, possible: 5),
        ], criticalFailure: false)
        let facets = ["explore": "exploring", "ask-question": "exploring", "dismissive": "exploring"]
        #expect(FeedbackFocus.misses(grade, facetOf: facets).map(\.criterionId) == ["dismissive", "explore"])
    }
}
