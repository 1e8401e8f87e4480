import Foundation
import FrontlineModel
import Testing
@testable import FrontlineStore

@Suite("Calibration")
struct ProgressStoreCalibrationTests {
    typealias F = ReviewFixture

    @Test("per dimension: how often and by how much; no criterion is blamed for a dimension override",
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
            // A dimension override says nothing about any one criterion: none is blamed for it.
            #expect(report.criteria.isEmpty)

            let ben2 = try store.calibration(ReviewFilter(trainee: "Ben"))
            #expect(ben2.dimensions.isEmpty && ben2.criteria.isEmpty && ben2.reviewedTurns == 1 && ben2.gradedTurns == 2)
        }
    }

    @Test("per criterion: only that criterion's own corrections, how often among the turns it was assessed on, and which way",
          arguments: StoreKind.allCases)
    func corrections(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let ava = try F.play(store, trainee: "Ava", at: F.day(0), turns: 3)
            func correct(_ turn: Int, _ id: String, met: Bool, score: Double, overall: Double? = nil) throws {
                try store.annotate(AnnotationRequest(
                    sessionId: ava, turnIndex: turn, supervisor: "M", reason: "r",
                    correction: CriterionCorrection(criterionId: id, name: id == "acknowledge" ? "Acknowledges the problem" : id,
                                                    dimension: id == "refund-window" ? .accuracy : .empathy,
                                                    graderMet: !met, met: met),
                    correctedScore: score, turnOverall: overall))
            }
            try correct(0, "acknowledge", met: false, score: 55)
            try correct(1, "acknowledge", met: false, score: 65)
            try correct(1, "refund-window", met: true, score: 100)
            let report = try store.calibration(ReviewFilter())
            #expect(report.criteria.map(\.criterionId) == ["acknowledge", "refund-window"])
            let acknowledge = report.criteria[0]
            #expect(acknowledge.overrides == 2 && acknowledge.toMissed == 2 && acknowledge.toMet == 0)
            #expect(acknowledge.assessedTurns == 3 && acknowledge.ofAssessedTurns == 2.0 / 3)
            #expect(acknowledge.meanDelta == -15 && acknowledge.name == "Acknowledges the problem")
            #expect(report.criteria[1].toMet == 1 && report.criteria[1].meanDelta == 20)
            #expect(!report.criteria.contains { $0.criterionId == "dismissive" }, "nothing spread onto uncorrected criteria")
            // A correction overrides its dimension with the corrected score.
            #expect(report.dimensions.map(\.dimension) == [.empathy, .accuracy])
            let annotations = try store.annotations(session: ava)
            #expect(annotations.compactMap(\.correction?.criterionId) == ["acknowledge", "acknowledge", "refund-window"])
            #expect(annotations[0].override?.graderScore == 75 && annotations[0].override?.score == 55)
            #expect(annotations.effectiveCorrections["acknowledge"]?.met == false)
        }
    }

    @Test("a correction that agrees with the grader, or without a reason, is refused and writes nothing",
          arguments: StoreKind.allCases)
    func correctionRefusals(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            let id = try F.play(store, turns: 1)
            let same = CriterionCorrection(criterionId: "acknowledge", name: "A", dimension: .empathy, graderMet: true, met: true)
            #expect(throws: AnnotationError.agreesWithGrader("acknowledge", met: true)) {
                try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", reason: "r",
                                                     correction: same, correctedScore: 80))
            }
            var flipped = same
            flipped.met = false
            #expect(throws: AnnotationError.reasonRequired) {
                try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", correction: flipped,
                                                     correctedScore: 60))
            }
            #expect(try store.annotations(session: id).isEmpty)
        }
    }

    @Test("overrides and corrections that carry the turn's overall move the calibrated overall",
          arguments: StoreKind.allCases)
    func calibratedOverall(kind: StoreKind) throws {
        try withStore(kind) { store throws in
            // Two turns of overall 66.5: the session's overall is 66.5.
            let id = try F.play(store, overall: 66.5, turns: 2)
            try store.annotate(AnnotationRequest(sessionId: id, turnIndex: 0, supervisor: "M", overrides: [.empathy: 95],
                                                 reason: "r", turnOverall: 80.5))
            let summary = try store.review(ReviewFilter())
            #expect(summary.averages.overall == 66.5)
            #expect(summary.calibrated?.overall == 73.5, "the turn's +14 over the session's two turns")
            #expect(summary.calibrated?.empathy == 80)
            // A later annotation of the same turn replaces the earlier overall.
            try store.annotate(AnnotationRequest(
                sessionId: id, turnIndex: 0, supervisor: "M", reason: "r",
                correction: CriterionCorrection(criterionId: "acknowledge", name: "A", dimension: .empathy, graderMet: true,
                                                met: false),
                correctedScore: 60, turnOverall: 62.5))
            #expect(try store.review(ReviewFilter()).calibrated?.overall == 64.5)
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
