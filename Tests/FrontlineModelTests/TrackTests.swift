import Foundation
import Testing
@testable import FrontlineModel

/// `PassMarks`: whether a session's scores pass a track step (every mark met; a missing
/// overall score fails an overall mark, a dimension that did not apply passes its mark),
/// and how the marks are described (overall first, then the dimensions in order).
@Suite struct TrackTests {
    @Test func noMarksPassEverything() {
        let marks = PassMarks()
        #expect(marks.passed(overall: nil, scores: [:]))
        #expect(marks.passed(overall: 0, scores: [.empathy: 0]))
        #expect(marks.description == "")
    }

    @Test func theOverallMarkIsInclusiveAndAMissingScoreFailsIt() {
        let marks = PassMarks(overall: 60)
        #expect(marks.passed(overall: 60, scores: [:]))
        #expect(marks.passed(overall: 99, scores: [:]))
        #expect(!marks.passed(overall: 59.9, scores: [:]))
        #expect(!marks.passed(overall: nil, scores: [.empathy: 100]))
        #expect(PassMarks(overall: 0).passed(overall: 0, scores: [:]))
        #expect(!PassMarks(overall: 0).passed(overall: nil, scores: [:]), "no score at all does not pass even a zero mark")
    }

    @Test func everyDimensionMarkMustBeMetWhereTheDimensionApplied() {
        let marks = PassMarks(dimensions: [.empathy: 70, .accuracy: 50])
        #expect(marks.passed(overall: nil, scores: [.empathy: 70, .accuracy: 50]))
        #expect(!marks.passed(overall: 100, scores: [.empathy: 69, .accuracy: 90]))
        #expect(!marks.passed(overall: 100, scores: [.empathy: 90, .accuracy: 49.5]))
        #expect(marks.passed(overall: nil, scores: [.empathy: 80]), "accuracy did not apply, so its mark passes")
        #expect(marks.passed(overall: nil, scores: [:]))
        #expect(marks.passed(overall: nil, scores: [.responseTime: 0]), "an unmarked dimension does not matter")
    }

    @Test func bothKindsOfMarkAreChecked() {
        let marks = PassMarks(overall: 60, dimensions: [.responseTime: 40])
        #expect(marks.passed(overall: 60, scores: [.responseTime: 40]))
        #expect(!marks.passed(overall: 59, scores: [.responseTime: 100]))
        #expect(!marks.passed(overall: 100, scores: [.responseTime: 39]))
    }

    @Test func marksAreDescribedInAFixedOrder() {
        #expect(PassMarks(overall: 60, dimensions: [.responseTime: 40, .empathy: 70.5, .accuracy: 50]).description
            == "overall 60, empathy 70.5, accuracy 50, response_time 40")
        #expect(PassMarks(dimensions: [.accuracy: 65]).description == "accuracy 65")
        #expect(PassMarks(overall: 75).description == "overall 75")
    }
}
