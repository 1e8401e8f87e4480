import Foundation
import Testing
@testable import FrontlineModel

/// A reply's grade: the expectations it met and the ones it stated a wrong value for
/// (read from its findings by source, outcome and the ".wrong-value" suffix), a score per
/// dimension, and the JSON a grade, finding, evidence and timings are kept as (the turn
/// journal writes it and must read back what an earlier run wrote).
@Suite struct GradeTests {
    static func finding(_ id: String, _ outcome: Finding.Outcome, source: Finding.Source = .expectation,
                        dimension: FrontlineModel.Dimension = .accuracy) -> Finding {
        Finding(dimension: dimension, criterionId: id, name: id, outcome: outcome, source: source, points: 0)
    }

    static func grade(_ findings: [Finding]) -> Grade {
        Grade(scores: [.accuracy: 50], overall: 50, findings: findings, criticalFailure: false)
    }

    // MARK: Met expectations

    @Test func metExpectationsAreTheExpectationFindingsThatWereMet() {
        let grade = Self.grade([
            Self.finding("ask-order", .met),
            Self.finding("give-date", .missed),
            Self.finding("acknowledge", .met, source: .rubric, dimension: .empathy),
            Self.finding("promise-refund", .triggered),
            Self.finding("verify-identity", .met),
            Self.finding("on-time", .measured, source: .rubric, dimension: .responseTime),
        ])
        #expect(grade.metExpectations == ["ask-order", "verify-identity"])
    }

    @Test func aGradeWithoutFindingsMetNothing() {
        let grade = Self.grade([])
        #expect(grade.metExpectations.isEmpty)
        #expect(grade.wrongValues.isEmpty)
    }

    @Test func anExpectationMetTwiceIsOneId() {
        #expect(Self.grade([Self.finding("ask-order", .met), Self.finding("ask-order", .met)]).metExpectations == ["ask-order"])
    }

    // MARK: Wrong values

    @Test func wrongValuesAreTriggeredExpectationFindingsWithTheSuffix() {
        let grade = Self.grade([
            Self.finding("refund-timing.wrong-value", .triggered),
            Self.finding("fee.wrong-value", .triggered),
            Self.finding("refund-timing", .missed),
            Self.finding("promise-refund", .triggered),
        ])
        #expect(grade.wrongValues == ["refund-timing", "fee"])
        #expect(!grade.metExpectations.contains("refund-timing.wrong-value"))
    }

    @Test func onlyATriggeredExpectationFindingIsAWrongValue() {
        let grade = Self.grade([
            Self.finding("a.wrong-value", .missed),
            Self.finding("b.wrong-value", .met),
            Self.finding("c.wrong-value", .triggered, source: .rubric),
            Self.finding("d.wrong-value", .measured),
            Self.finding("e.wrongvalue", .triggered),
            Self.finding("f.wrong-value.x", .triggered),
        ])
        #expect(grade.wrongValues.isEmpty)
    }

    @Test func theSuffixIsTakenOffOnceFromTheEnd() {
        let grade = Self.grade([
            Self.finding("x.wrong-value.wrong-value", .triggered),
            Self.finding(".wrong-value", .triggered),
            Self.finding("مبلغ.wrong-value", .triggered),
        ])
        #expect(grade.wrongValues == ["x.wrong-value", "", "مبلغ"])
        #expect(Finding.wrongValueSuffix == ".wrong-value")
    }

    // MARK: Scores

    @Test func aDimensionThatDidNotApplyHasNoScore() {
        let grade = Grade(scores: [.empathy: 72.5, .responseTime: 100], overall: 80, findings: [], criticalFailure: false)
        #expect(grade.score(.empathy) == 72.5)
        #expect(grade.score(.responseTime) == 100)
        #expect(grade.score(.accuracy) == nil)
        #expect(grade.message == nil && grade.facets == nil, "not stated: no message, no facets")
    }

    // MARK: JSON

    @Test func aGradeRoundTripsThroughJSON() throws {
        var grade = Grade(
            scores: [.empathy: 66.7, .accuracy: 100, .responseTime: 0], overall: 72.25,
            findings: [
                Finding(dimension: .empathy, criterionId: "acknowledge", name: "Acknowledge", outcome: .met, source: .rubric,
                        points: 25, possible: 25, isCritical: true, evidence: Evidence(start: 0, end: 12, text: "متاسفم، سارا"),
                        tip: "Name the feeling.", note: "negated by 'ne'"),
                Finding(dimension: .accuracy, criterionId: "fee.wrong-value", name: "Fee", outcome: .triggered, source: .expectation,
                        points: -10),
            ],
            criticalFailure: true, message: "no rubric for 'lv'")
        grade.facets = ["warmth": 80, "courtesy": 0]
        let data = try JSONEncoder().encode(grade)
        let decoded = try JSONDecoder().decode(Grade.self, from: data)
        #expect(decoded == grade)
        #expect(decoded.findings.first?.evidence?.text == "متاسفم، سارا")
        #expect(decoded.wrongValues == ["fee"])
    }

    @Test func aGradeWrittenBeforeFacetsReadsWithoutThem() throws {
        // Scores are keyed by Dimension, which is no coding key: they are kept as a list
        // of dimension and score, in turn. Journals already written depend on this shape.
        let json = """
            {"scores":["empathy",80,"response_time",100],"overall":85,"criticalFailure":false,
             "findings":[{"dimension":"empathy","criterionId":"greet","name":"Greet","outcome":"met","source":"rubric",
                          "points":10,"possible":10,"isCritical":false}]}
            """
        let grade = try JSONDecoder().decode(Grade.self, from: Data(json.utf8))
        #expect(grade.scores == [.empathy: 80, .responseTime: 100])
        #expect(grade.overall == 85 && !grade.criticalFailure)
        #expect(grade.facets == nil && grade.message == nil)
        #expect(grade.findings.first?.evidence == nil && grade.findings.first?.tip == nil && grade.findings.first?.note == nil)
        #expect(grade.findings.first?.outcome == .met && grade.findings.first?.source == .rubric)
    }

    @Test func scoresAreWrittenAsAListOfDimensionAndScore() throws {
        let grade = Grade(scores: [.accuracy: 40], overall: 40, findings: [], criticalFailure: false)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(grade)) as? [String: Any])
        let scores = try #require(object["scores"] as? [Any])
        #expect(scores.count == 2)
        #expect(scores.first as? String == "accuracy")
        #expect((scores.last as? NSNumber)?.doubleValue == 40)
        #expect(object["facets"] == nil && object["message"] == nil, "nil values are left out")
    }

    @Test func anUnknownOutcomeOrDimensionIsAnError() {
        let finding = #"{"dimension":"empathy","criterionId":"g","name":"G","outcome":"great","source":"rubric","points":1,"possible":1,"isCritical":false}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Finding.self, from: Data(finding.utf8)) }
        let dimension = #"{"scores":["kindness",80],"overall":80,"criticalFailure":false,"findings":[]}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Grade.self, from: Data(dimension.utf8)) }
    }

    @Test func timingsStateOnlyWhatWasMeasured() throws {
        let timings = Timings(sent: 42.5)
        #expect(timings.firstKeystroke == nil && timings.nudged == nil)
        let full = Timings(firstKeystroke: 3, sent: 42.5, nudged: 30)
        #expect(try JSONDecoder().decode(Timings.self, from: JSONEncoder().encode(full)) == full)
        #expect(try JSONDecoder().decode(Timings.self, from: Data(#"{"sent":7}"#.utf8)) == Timings(sent: 7))
    }

    @Test func aFindingStatesOnlyWhatItIsGiven() {
        let finding = Finding(dimension: .empathy, criterionId: "blame", name: "Blame", outcome: .triggered, source: .rubric, points: -15)
        #expect(finding.possible == 0 && !finding.isCritical)
        #expect(finding.evidence == nil && finding.tip == nil && finding.note == nil)
    }
}
