import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Calibration")
struct ProgressStoreCalibrationTests {
    typealias F = ReviewFixture

    @Test("per dimension: how often and by how much; per criterion: those on the overridden turns",
          arguments: StoreKind.allCases)
    func report(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let ava = try F.play(store, trainee: "Ava", at: F.day(0), turns: 3)
            let ben = try F.play(store, trainee: "Ben", at: F.day(1))
            try store.annotate(AnnotationRequest(sessionId: ava, turnIndex: 0, supervisor: "M", overrides: [.empathy: 55],
                                                 reason: "r"))
            try store.annotate(AnnotationRequest(sessionId: ava, turnIndex: 1, supervisor: "M", overrides: [.empathy: 85, .accuracy: 80],
                                                 reason: "r"))
            try store.annotate(AnnotationRequest(sessionId: ben, turnIndex: 0, supervisor: "M", note: "fine"))
            let report = try store.calibration(ReviewFilter())
            #expect(report.gradedTurns == 5 && report.reviewedTurns == 3 && report.overriddenTurns == 2)
            #expect(report.dimensions.map(\.dimension) == [.empathy, .accuracy])
            let empathy = report.dimensions[0]
            #expect(empathy.overrides == 2 && empathy.raised == 1 && empathy.lowered == 1)
            #expect(empathy.meanDelta == -5 && empathy.meanAbsoluteDelta == 15 && empathy.largestDelta == -20)
            #expect(empathy.ofReviewedTurns == 2.0 / 3)
            let accuracy = report.dimensions[1]
            #expect(accuracy.overrides == 1 && accuracy.meanDelta == 0 && accuracy.raised == 0 && accuracy.lowered == 0)
            // Empathy overrides count against the empathy criteria of their turns, not accuracy's.
            let keys = report.criteria.map { "\($0.dimension.rawValue)/\($0.criterionId ?? "")/\($0.outcome?.rawValue ?? "")" }
            #expect(Set(keys) == ["empathy/acknowledge/met", "empathy/dismissive/triggered", "accuracy/refund-window/missed"])
            let acknowledge = try #require(report.criteria.first { $0.criterionId == "acknowledge" })
            #expect(acknowledge.overrides == 2 && acknowledge.meanDelta == -5 && acknowledge.name == "Acknowledges the problem")
            #expect(report.criteria.last?.criterionId == "refund-window")

            let ben2 = try store.calibration(ReviewFilter(trainee: "Ben"))
            #expect(ben2.dimensions.isEmpty && ben2.criteria.isEmpty && ben2.reviewedTurns == 1 && ben2.gradedTurns == 2)
        }
    }

    @Test("no annotations: an empty report")
    func empty() throws {
        let store = try SQLiteStore.inMemory()
        try F.play(store)
        let report = try store.calibration(ReviewFilter())
        #expect(report == CalibrationReport(gradedTurns: 2, reviewedTurns: 0, overriddenTurns: 0, dimensions: [], criteria: []))
    }
}
