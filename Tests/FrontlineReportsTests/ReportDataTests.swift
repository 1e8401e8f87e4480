import Foundation
import FrontlineModel
import Testing
@testable import FrontlineReports

/// The report's plain values: which filters count as none, the trainees a report covers
/// (each once, in the order people read names: numbers by value, case and accents not
/// first), how many answered turns it holds, and what each value leaves unstated.
@Suite struct ReportDataTests {
    static let start = Date(timeIntervalSince1970: 1_741_000_000)

    static func session(_ id: Int64, _ trainee: String, turns: Int = 0) -> ReportData.Session {
        ReportData.Session(id: id, trainee: trainee, scenarioId: "refund-request", scenarioTitle: "Refund request", language: "en",
                           status: .completed, startedAt: start, lastActivityAt: start.addingTimeInterval(60),
                           scores: [.overall: 70], turns: Array(repeating: ReportData.Turn(findings: []), count: turns))
    }

    static func report(_ sessions: [ReportData.Session]) -> ReportData {
        ReportData(generatedAt: start, storePath: "/srv/frontline/store.sqlite", sessions: sessions)
    }

    // MARK: Filters

    @Test func filtersAreEmptyOnlyWhenNothingIsAsked() {
        #expect(ReportData.Filters().isEmpty)
        #expect(!ReportData.Filters(since: "2025-03-01").isEmpty)
        #expect(!ReportData.Filters(until: "2025-03-31").isEmpty)
        #expect(!ReportData.Filters(trainee: "sara").isEmpty)
        #expect(!ReportData.Filters(trainee: "").isEmpty, "an empty name was still asked for")
    }

    // MARK: Trainees

    @Test func eachTraineeIsListedOnce() {
        let report = Self.report([Self.session(1, "sara"), Self.session(2, "jānis"), Self.session(3, "sara")])
        #expect(report.trainees == ["jānis", "sara"])
    }

    @Test func numbersInNamesSortByValue() {
        let report = Self.report(["trainee10", "trainee2", "trainee1"].enumerated().map { Self.session(Int64($0.offset), $0.element) })
        #expect(report.trainees == ["trainee1", "trainee2", "trainee10"])
    }

    @Test func caseDoesNotComeFirst() {
        let report = Self.report(["bob", "Alice", "carol", "Dave"].enumerated().map { Self.session(Int64($0.offset), $0.element) })
        #expect(report.trainees == ["Alice", "bob", "carol", "Dave"])
    }

    @Test func namesThatDifferOnlyInCaseAreTwoTrainees() {
        let report = Self.report([Self.session(1, "sara"), Self.session(2, "Sara")])
        #expect(report.trainees.count == 2)
        #expect(Set(report.trainees) == ["sara", "Sara"])
    }

    @Test func latvianNamesSortBesideTheirLetters() {
        let report = Self.report(["Zane", "Āris", "Anna", "Baiba"].enumerated().map { Self.session(Int64($0.offset), $0.element) })
        #expect(report.trainees == ["Anna", "Āris", "Baiba", "Zane"])
    }

    @Test func persianNamesAreListedToo() {
        let report = Self.report([Self.session(1, "سارا"), Self.session(2, "علی"), Self.session(3, "سارا")])
        #expect(report.trainees.count == 2)
        #expect(Set(report.trainees) == ["سارا", "علی"])
    }

    @Test func aReportWithoutSessionsHasNoTraineesOrTurns() {
        let report = Self.report([])
        #expect(report.trainees.isEmpty)
        #expect(report.turnCount == 0)
    }

    // MARK: Turns

    @Test func turnCountAddsEverySessionsTurns() {
        let report = Self.report([Self.session(1, "sara", turns: 3), Self.session(2, "sara", turns: 0), Self.session(3, "ali", turns: 4)])
        #expect(report.turnCount == 7)
    }

    // MARK: What is left unstated

    @Test func aReportStartsWithoutFiltersReviewOrCalibration() {
        let report = Self.report([])
        #expect(report.filters.isEmpty)
        #expect(report.review == nil && report.calibration == nil)
        #expect(report.timeZone == .current)
        #expect(report.storePath == "/srv/frontline/store.sqlite")
    }

    @Test func aTurnStartsBlank() {
        let turn = ReportData.Turn(findings: [])
        #expect(turn.number == 0 && turn.customer.isEmpty && turn.reply.isEmpty)
        #expect(turn.overall == nil && turn.facets == nil)
    }

    @Test func aFindingWeighsNothingUntilToldAndIsNotCritical() {
        let finding = ReportData.Finding(dimension: .accuracy, criterionId: "ask-order", name: "Ask order",
                                         outcome: .missed, source: .expectation)
        #expect(finding.weight == 0 && !finding.isCritical)
        var weighed = finding
        weighed.weight = 10
        #expect(weighed != finding, "the weight is part of the value")
    }

    @Test func aSessionHasNoOutcomeUntilItIsGiven() {
        #expect(Self.session(1, "sara").outcome == nil)
        #expect(Self.session(1, "sara") == Self.session(1, "sara"))
        #expect(Self.session(1, "sara") != Self.session(2, "sara"))
    }
}
