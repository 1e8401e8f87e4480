import Foundation
import Testing
import FrontlineModel
import FrontlineStore

/// `frontline report` from the outside: flags, errors, filters and where the page goes.
@Suite struct ReportCommandTests {
    let folder: URL
    let store: String

    init() throws {
        folder = try Binary.temporaryFolder()
        store = folder.appendingPathComponent("progress.sqlite").path
    }

    func record(_ trainee: String, daysAgo: Double, overall: Double) throws {
        let progress = try SQLiteStore(path: store)
        let started = Date().addingTimeInterval(-daysAgo * 86_400)
        let id = try progress.startSession(SessionStart(trainee: trainee, scenarioId: "refund-request", scenarioTitle: "Refund",
                                                        language: "en", mode: "coach", contentFingerprint: "0", startedAt: started))
        let summary = SessionSummary(status: .completed, endingId: nil, outcome: nil, debrief: nil, overall: overall,
                                     scores: [.empathy: overall], turns: 0)
        try progress.finishSession(id, summary: summary, at: started.addingTimeInterval(60))
    }

    @Test func unreadableDatesAreRejectedWithTheAcceptedForms() throws {
        let result = try Binary.run(["report", "--html", folder.appendingPathComponent("r.html").path, "--store", store, "--since", "last tuesday"])
        #expect(result.status != 0)
        #expect(result.err.contains("--since 'last tuesday' is not a date"))
        #expect(result.err.contains("7d"))
        let backwards = try Binary.run(["report", "--html", "r.html", "--store", store, "--since", "2025-03-05", "--until", "2025-03-01"])
        #expect(backwards.status != 0)
        #expect(backwards.err.contains("is not before --until"))
    }

    @Test func aBrokenStoreOrAnUnwritablePageIsAnErrorWithoutTheUsageLine() throws {
        // What is wrong is the store or the disk, not the command line: "Error: …" and
        // nothing about how to call the command (as review and transcript do).
        try Data("this is not a database".utf8).write(to: URL(fileURLWithPath: store))
        let broken = try Binary.run(["report", "--html", "-", "--store", store])
        #expect(broken.status != 0)
        #expect(broken.err.contains("Error:"), "\(broken.err)")
        #expect(!broken.err.contains("Usage:"), "\(broken.err)")

        try FileManager.default.removeItem(atPath: store)
        try record("Aino", daysAgo: 1, overall: 70)
        let page = folder.appendingPathComponent("no-such-folder/report.html").path
        let unwritable = try Binary.run(["report", "--html", page, "--store", store])
        #expect(unwritable.status != 0)
        #expect(unwritable.err.contains("Error: cannot write \(page)"), "\(unwritable.err)")
        #expect(!unwritable.err.contains("Usage:"), "\(unwritable.err)")
    }

    @Test func htmlIsRequired() throws {
        let result = try Binary.run(["report", "--store", store])
        #expect(result.status != 0)
        #expect(result.err.contains("--html"))
    }

    @Test func filtersByDateAndTraineeAndWritesToStandardOutput() throws {
        try record("Aino", daysAgo: 20, overall: 50)
        try record("Aino", daysAgo: 2, overall: 70)
        try record("Sam & <Co>", daysAgo: 1, overall: 90)
        let all = try Binary.run(["report", "--html", "-", "--store", store])
        #expect(all.status == 0, "\(all.err)")
        #expect(all.out.hasPrefix("<!DOCTYPE html>"))
        #expect(all.out.contains("data-stat=\"sessions\"><span class=\"value\">3</span>"))
        #expect(all.out.contains("Sam &amp; &lt;Co&gt;"))

        let recent = try Binary.run(["report", "--html", "-", "--store", store, "--since", "7d"])
        #expect(recent.out.contains("data-stat=\"sessions\"><span class=\"value\">2</span>"))
        #expect(recent.out.contains("since 7d"))

        let aino = try Binary.run(["report", "--html", "-", "--store", store, "--trainee", "Aino", "--until", "today"])
        #expect(aino.out.contains("data-stat=\"sessions\"><span class=\"value\">2</span>"))
        #expect(!aino.out.contains("Sam &amp;"))

        let typo = try Binary.run(["report", "--html", "-", "--store", store, "--trainee", "Aina"])
        #expect(typo.status == 0)
        #expect(typo.err.contains("no sessions for trainee 'Aina'; did you mean 'Aino'?"))
        #expect(typo.out.contains("No training data yet for these filters"))
    }

    @Test func writesTheFileAndSaysWhatIsInIt() throws {
        try record("Aino", daysAgo: 3, overall: 64)
        let page = folder.appendingPathComponent("team.html")
        let result = try Binary.run(["report", "--html", page.path, "--store", store])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("Wrote \(page.path): 1 trainee, 1 session, 0 turns."))
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("aria-label=\"Team scores over time, per day\""))
    }
}
