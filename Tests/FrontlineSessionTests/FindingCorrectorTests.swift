import Foundation
import Testing
import FrontlineEngine
import FrontlineGrader
import FrontlineLoader
import FrontlineModel
import FrontlineStore
@testable import FrontlineSession

/// A supervisor's correction of one finding, or override of a dimension, rescored by the
/// grader's arithmetic: which criterion an id names, that agreeing with the grader changes
/// nothing, that earlier corrections and overrides count, the hint cost still applies, and
/// every refusal says why.
@Suite struct FindingCorrectorTests {
    static let catalog = RegraderTests.catalog
    static let grader = GraderLibrary(catalog: catalog).grader(for: "en")!
    static let session = RegraderTests.session

    /// `reply` to refund-request's opening, graded as play grades it, stored with `hints` used.
    static func turn(_ reply: String, hints: Int = 0) throws -> StoredTurn {
        let scenario = try #require(catalog.scenario("refund-request"))
        let opening = try #require(scenario.turn("opening"))
        let graded = TurnGrading(grader: grader, scenario: scenario).grade(TurnGrading.Reply(
            reply, customerLine: opening.customer[0], turn: opening, timings: Timings(sent: 10), hintsUsed: hints))
        let findings = graded.grade.findings.enumerated().map { n, f in
            StoredFinding(id: Int64(n + 1), position: n, dimension: f.dimension, criterionId: f.criterionId, name: f.name,
                          outcome: f.outcome, source: f.source, points: f.points, possible: f.possible, isCritical: f.isCritical,
                          evidence: f.evidence, tip: f.tip, note: f.note)
        }
        return StoredTurn(id: 1, sessionId: 1, index: 0, turnId: "opening", customerLine: opening.customer[0], reply: reply,
                          shownAt: Date(timeIntervalSince1970: 0), firstKeystrokeSeconds: nil, sentSeconds: 10,
                          scores: graded.grade.scores, gradeOverall: graded.grade.overall, overall: graded.overall,
                          criticalFailure: graded.grade.criticalFailure, gradeMessage: nil, hintsUsed: hints, patienceBefore: 60,
                          patienceAfter: 60, nudges: 0, next: "order-found", findings: findings)
    }

    /// Asks for the order number; no greeting, no apology.
    static let plain = "Could you share your order number?"

    static func corrector(_ turn: StoredTurn, earlier: [Annotation] = [], session: StoredSession = session) -> FindingCorrector {
        FindingCorrector(catalog: catalog, session: session, turn: turn, earlier: earlier)
    }

    static func annotation(_ id: Int64, correction: CriterionCorrection? = nil, override: ScoreOverride? = nil) -> Annotation {
        Annotation(id: id, sessionId: 1, turnId: 1, turnIndex: 0, supervisor: "pat", createdAt: Date(timeIntervalSince1970: Double(id)),
                   note: nil, override: override, correction: correction)
    }

    static func message(_ body: () throws -> Any) -> String? {
        do { _ = try body(); return nil } catch { return (error as? SessionError)?.description ?? "\(error)" }
    }

    // MARK: Which criterion an id names

    @Test func anIdNamesTheTurnsExpectationFirst() throws {
        let corrector = Self.corrector(try Self.turn(Self.plain))
        #expect(try corrector.definition("ask-order") == CriterionDefinition(
            id: "ask-order", name: "Ask for the order number or email", dimension: .accuracy, source: .expectation,
            points: 20, isPenalty: false, isCritical: false))
        let forbidden = try corrector.definition("promise-instant-refund")
        #expect(forbidden.isPenalty && forbidden.isCritical && forbidden.source == .expectation && forbidden.dimension == .accuracy)
        #expect(forbidden.points == 30, "a forbidden claim's default")
    }

    @Test func thenACriterionOfTheLanguagesRubrics() throws {
        let corrector = Self.corrector(try Self.turn(Self.plain))
        #expect(try corrector.definition("greeting") == CriterionDefinition(
            id: "greeting", name: "Greet the customer", dimension: .empathy, source: .rubric, points: 5, isPenalty: false, isCritical: false))
        let penalty = try corrector.definition("confrontational")
        #expect(penalty.isPenalty && penalty.points == 15 && penalty.dimension == .empathy)
        #expect(try corrector.definition("on-time").dimension == .responseTime)
    }

    @Test func aCriterionTheContentNoLongerHasIsTakenFromTheStoredFinding() throws {
        var turn = try Self.turn(Self.plain)
        turn.findings.append(StoredFinding(id: 99, position: 99, dimension: .empathy, criterionId: "retired-penalty", name: "Retired",
                                           outcome: .triggered, source: .rubric, points: -12, possible: 0, isCritical: true,
                                           evidence: nil, tip: nil, note: nil))
        turn.findings.append(StoredFinding(id: 100, position: 100, dimension: .empathy, criterionId: "retired-reward", name: "Old reward",
                                           outcome: .missed, source: .rubric, points: 0, possible: 8, isCritical: false,
                                           evidence: nil, tip: nil, note: nil))
        let corrector = Self.corrector(turn)
        #expect(try corrector.definition("retired-penalty") == CriterionDefinition(
            id: "retired-penalty", name: "Retired", dimension: .empathy, source: .rubric, points: 12, isPenalty: true, isCritical: true))
        #expect(try corrector.definition("retired-reward") == CriterionDefinition(
            id: "retired-reward", name: "Old reward", dimension: .empathy, source: .rubric, points: 8, isPenalty: false, isCritical: false))
    }

    @Test func anUnknownIdIsRefusedWithASuggestionOrWhereToLook() throws {
        let corrector = Self.corrector(try Self.turn(Self.plain))
        #expect(Self.message { try corrector.definition("greetng") } == "turn 1 of session 1 has no criterion 'greetng'; did you mean 'greeting'?")
        #expect(Self.message { try corrector.definition("zzzzzzzzzzzz") }
            == "turn 1 of session 1 has no criterion 'zzzzzzzzzzzz'; see the criteria with: frontline transcript 1")
    }

    // MARK: Correcting

    @Test func agreeingWithTheGraderChangesNothing() throws {
        let turn = try Self.turn(Self.plain)
        let corrector = Self.corrector(turn)
        // The grader found ask-order met and greeting missed.
        let asked = try corrector.correct("ask-order", met: true)
        #expect(asked.0 == CriterionCorrection(criterionId: "ask-order", name: "Ask for the order number or email", dimension: .accuracy,
                                               graderMet: true, met: true))
        #expect(asked.score == turn.scores[.accuracy])
        #expect(asked.turnOverall == turn.overall)
        let greeted = try corrector.correct("greeting", met: false)
        #expect(!greeted.0.graderMet && !greeted.0.met)
        #expect(greeted.score == turn.scores[.empathy])
        #expect(greeted.turnOverall == turn.overall)
    }

    @Test func aMissedRewardCorrectedToMetRaisesItsDimension() throws {
        let turn = try Self.turn(Self.plain)
        #expect(turn.findings.contains { $0.criterionId == "sincere-apology" && $0.outcome == .missed })
        let (correction, score, overall) = try Self.corrector(turn).correct("sincere-apology", met: true)
        #expect(correction.graderMet == false && correction.met && correction.dimension == .empathy)
        let before = try #require(turn.scores[.empathy])
        #expect(score > before)
        #expect(overall > turn.overall)
        // By the grader's arithmetic on the corrected findings.
        let corrected = turn.findings.map(\.finding).corrected(try Self.corrector(turn).definition("sincere-apology"), met: true)
        let rescored = Self.grader.scores(of: corrected, applicable: Set(turn.scores.keys))
        #expect(score == rescored.scores[.empathy])
        #expect(overall == rescored.overall)
    }

    @Test func aRewardWhoseFacetIsFullGainsNothing() throws {
        // The courtesy facet is already at its full marks ("Could you…" is polite): a greeting adds nothing.
        let turn = try Self.turn(Self.plain)
        let greeted = try Self.corrector(turn).correct("greeting", met: true)
        #expect(greeted.0 == CriterionCorrection(criterionId: "greeting", name: "Greet the customer", dimension: .empathy,
                                                 graderMet: false, met: true))
        #expect(greeted.score == turn.scores[.empathy])
    }

    @Test func aForbiddenClaimCorrectedToSaidIsACriticalFailure() throws {
        let turn = try Self.turn(Self.plain)
        #expect(!turn.criticalFailure)
        let (correction, score, overall) = try Self.corrector(turn).correct("promise-instant-refund", met: true)
        #expect(!correction.graderMet && correction.met && correction.dimension == .accuracy)
        #expect(score < (turn.scores[.accuracy] ?? 0))
        #expect(overall <= 40, "a critical failure caps the turn")
    }

    @Test func aDimensionThatDidNotApplyCannotBeCorrected() throws {
        var turn = try Self.turn(Self.plain)
        turn.scores[.accuracy] = nil
        #expect(Self.message { try Self.corrector(turn).correct("ask-order", met: false) }
            == "accuracy did not apply to turn 1, so 'ask-order' cannot be corrected there")
    }

    @Test func withoutRubricsForTheLanguageNothingIsScored() throws {
        var session = Self.session
        session.language = "zz"
        let corrector = Self.corrector(try Self.turn(Self.plain), session: session)
        #expect(corrector.grader == nil)
        #expect(Self.message { try corrector.correct("greeting", met: true) } == "no rubrics for language 'zz': cannot score a correction")
        #expect(corrector.overall(overriding: [.empathy: 50]) == nil)
    }

    // MARK: Earlier annotations

    @Test func earlierCorrectionsOfOtherCriteriaCount() throws {
        let turn = try Self.turn(Self.plain)
        let apology = try Self.corrector(turn).correct("sincere-apology", met: true)
        #expect(apology.score != turn.scores[.empathy])
        let earlier = [Self.annotation(1, correction: apology.0)]
        // Agreeing with the grader on another empathy criterion keeps the earlier correction's score.
        let greeting = try Self.corrector(turn, earlier: earlier).correct("greeting", met: false)
        #expect(greeting.score == apology.score)
        #expect(greeting.turnOverall == apology.turnOverall)
    }

    @Test func anEarlierCorrectionOfTheSameCriterionIsReplaced() throws {
        let turn = try Self.turn(Self.plain)
        let apology = try Self.corrector(turn).correct("sincere-apology", met: true)
        let undone = try Self.corrector(turn, earlier: [Self.annotation(1, correction: apology.0)]).correct("sincere-apology", met: false)
        #expect(undone.score == turn.scores[.empathy])
        #expect(undone.turnOverall == turn.overall)
    }

    @Test func theLatestOverrideOfADimensionIsItsScore() throws {
        let turn = try Self.turn(Self.plain)
        let earlier = [
            Self.annotation(3, override: ScoreOverride(dimension: .empathy, graderScore: turn.scores[.empathy] ?? 0, score: 20, reason: "Cold.")),
            Self.annotation(2, override: ScoreOverride(dimension: .empathy, graderScore: turn.scores[.empathy] ?? 0, score: 90, reason: "Fine.")),
        ]
        var expected = turn.scores
        expected[.empathy] = 20
        #expect(Self.corrector(turn, earlier: earlier).effectiveScores() == expected)
        #expect(Self.corrector(turn).effectiveScores() == turn.scores)
    }

    @Test func anOverrideOfADimensionThatDidNotApplyIsIgnored() throws {
        var turn = try Self.turn(Self.plain)
        turn.scores[.responseTime] = nil
        let earlier = [Self.annotation(1, override: ScoreOverride(dimension: .responseTime, graderScore: 0, score: 10, reason: "Slow."))]
        #expect(Self.corrector(turn, earlier: earlier).effectiveScores()[.responseTime] == nil)
        #expect(Self.corrector(turn).overall(overriding: [.responseTime: 0]) == Self.corrector(turn).overall(overriding: [:]))
    }

    // MARK: The turn's overall

    @Test func withoutOverridesTheOverallIsTheTurns() throws {
        let turn = try Self.turn(Self.plain)
        #expect(Self.corrector(turn).overall(overriding: [:]) == turn.overall)
    }

    @Test func anOverrideIsWeighedLikeTheGradersScore() throws {
        let turn = try Self.turn(Self.plain)
        var scores = turn.scores
        scores[.empathy] = 100
        #expect(Self.corrector(turn).overall(overriding: [.empathy: 100]) == Self.grader.overall(of: scores, critical: false))
        #expect(Self.corrector(turn).overall(overriding: [.empathy: 100])! > turn.overall)
    }

    @Test func theHintCostStillApplies() throws {
        let helped = try Self.turn(Self.plain, hints: 2)
        let cost = helped.gradeOverall - helped.overall
        #expect(cost > 0)
        let corrector = Self.corrector(helped)
        #expect(corrector.overall(overriding: [:]) == helped.overall)
        #expect(corrector.afterHints(80) == 80 - cost)
        #expect(corrector.afterHints(cost / 2) == 0, "never below 0")
        #expect(try corrector.correct("ask-order", met: true).turnOverall == helped.overall)
        // A turn stored with an overall above its grade (no hint cost) is not raised.
        var odd = helped
        odd.overall = odd.gradeOverall + 5
        #expect(Self.corrector(odd).afterHints(70) == 70)
        #expect(Self.corrector(odd).afterHints(120) == 100, "never above 100")
    }
}
