import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

/// The parts of the report a supervisor acts on: outcomes, a dot per session, links from
/// trainees to their sessions and from sessions to their transcripts, inside the page.
@Suite struct HtmlReportSupervisorTests {
    typealias R = ReportFixtures

    static var data: ReportData {
        var sessions = R.sessions
        let outcomes: [SessionOutcome?] = [.hungUp, .resolved, .resolved, .escalated, .resolved, .resolved, .securityFailure, .abandoned]
        for index in sessions.indices { sessions[index].outcome = outcomes[index] }
        var data = R.data(sessions)
        var review = ReviewSamples.team
        review.openDisputes = [Dispute(id: 1, sessionId: 7, turn: 2, trainee: R.latvian, scenarioId: "refund-request",
                                       reason: "I did say sorry", createdAt: R.monday)]
        review.trainees = [ReviewSamples.trainee(R.latvian, overall: 61,
                                                 stuck: StuckFlag(reason: .belowPassMark, recent: [60, 62, 61], before: nil))]
        data.review = review
        var correction = CalibrationRow(dimension: .empathy, criterionId: "acknowledge", name: "Acknowledge", deltas: [20])
        correction.toMet = 1
        correction.ofAssessedTurns = 0.1
        data.calibration = CalibrationReport(gradedTurns: 10, reviewedTurns: 1, overriddenTurns: 1, dimensions: [],
                                             criteria: [correction])
        return data
    }

    let html = HtmlReport(Self.data).render()

    @Test func theOutcomeChartHasTheTeamAndEveryTrainee() throws {
        let chart = try #require(R.element("<svg class=\"chart outcome-chart\"", close: "</svg>", in: html))
        #expect(chart.contains("aria-label=\"Outcomes by trainee\""))
        #expect(R.count("class=\"row-label\"", in: chart) == 5, "the team and four trainees")
        #expect(R.count("data-outcome=\"resolved\"", in: chart) == 4, "the team's bar and three trainees'")
        #expect(R.count("data-outcome=\"hung_up\"", in: chart) == 2)
        #expect(html.contains("resolved 50% (4)"), "the team's rate in the legend")
        #expect(html.contains("<table class=\"data\" id=\"outcome-trend\">"))
    }

    @Test func everyScoredSessionIsADotLinkedToItsTranscript() throws {
        let chart = try #require(R.element("<svg class=\"chart dot-chart\"", close: "</svg>", in: html))
        #expect(R.count("<circle class=\"session-dot\"", in: chart) == 7, "seven sessions have a score")
        #expect(chart.contains("<a href=\"#session-1\"><circle class=\"session-dot\" data-session=\"1\""))
    }

    @Test func everyLinkLeadsToAnElementOfThePage() {
        let targets = html.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(!targets.isEmpty)
        for target in Set(targets) { #expect(html.contains("id=\"\(target)\""), "#\(target)") }
        for index in 1...4 { #expect(targets.contains("trainee-\(index)")) }
        for id in 1...8 { #expect(targets.contains("session-\(id)")) }
    }

    @Test func eachSessionHasATranscriptSection() throws {
        #expect(R.count("<article class=\"transcript\" id=\"session-", in: html) == 8)
        let first = try #require(R.element("<article class=\"transcript\" id=\"session-1\" lang=\"en\" dir=\"ltr\">", close: "</article>", in: html))
        #expect(R.count("<div class=\"turn\"", in: first) == 2)
        #expect(first.contains("hung up"))
        let silent = try #require(R.element("<article class=\"transcript\" id=\"session-8\" lang=\"en\" dir=\"ltr\">", close: "</article>", in: html))
        #expect(silent.contains("No reply was sent."))
    }

    @Test func eachTraineeIsComparedWithTheTeam() throws {
        let latvian = try #require(R.element("<article class=\"trainee-detail\" id=\"trainee-2\">", close: "</article>", in: html))
        #expect(latvian.contains(R.latvian))
        #expect(latvian.contains("Average overall <strong>75</strong> against the team’s 67.3"))
        #expect(latvian.contains("href=\"#session-7\"") && latvian.contains("href=\"#session-8\""))
    }

    @Test func stuckDisputesAndCalibrationAreThere() throws {
        let act = try #require(R.element("<section id=\"act-on\">", close: "</section>", in: html))
        #expect(act.contains("last 3 sessions below 70 (60, 62, 61)"))
        #expect(act.contains("<a href=\"#session-7\">session 7, turn 2</a>") && act.contains("I did say sorry"))
        #expect(act.contains("<table class=\"data\" id=\"calibration-table\">") && act.contains("Acknowledge"))
        #expect(html.contains(ReviewFormat.averagesLegend), "the page states the one definition of an average")
    }
}

extension HtmlReportSupervisorTests {
    @Test func aLargeTeamsPageHoldsEachTraineesLatestTranscriptsAndLinksOnlyToThose() throws {
        let html = HtmlReport(Self.data, transcriptsPerTrainee: 1).render()
        #expect(R.count("<article class=\"transcript\" id=\"session-", in: html) == 4, "one per trainee")
        #expect(html.contains("id=\"session-2\"") && !html.contains("id=\"session-1\""), "the hostile name's latest is session 2")
        let targets = html.components(separatedBy: "href=\"#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        for target in Set(targets) { #expect(html.contains("id=\"\(target)\""), "#\(target)") }
        #expect(html.contains("Each trainee’s latest 1 session; the others"))
    }
}
