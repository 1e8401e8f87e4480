import Foundation
import Testing
@testable import FrontlineBatch
import FrontlineGrader
import FrontlineModel

/// Which findings of a batch line carry their tip (`BatchGrading.Tips`).
@Suite struct BatchGradingTipsTests {
    let focus = BatchGrading(library: ShippedContent.library, catalog: ShippedContent.catalog, scenario: nil)

    /// The tips a line carries are the misses coach feedback names after the same reply
    /// (`FeedbackFocus.misses`), most important first - in scenarios (wrong values,
    /// missing facts, forbidden claims, response time) and without one.
    @Test func tipsAreTheMissesCoachFeedbackNames() throws {
        let file = URL(fileURLWithPath: ShippedContent.root).appendingPathComponent("Benchmarks/scenario-replies.jsonl")
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        lines += [
            #"{"id": "p1", "customer": "I was charged twice and I'm furious.", "reply": "Calm down. Send me the order number."}"#,
            #"{"id": "p2", "customer": "It broke.", "reply": "ok", "seconds": 400}"#,
            #"{"id": "p3", "reply": "Hi! Thanks so much for your patience, I'm sorry about the wait."}"#,
        ]
        var tipped = 0
        for line in lines {
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let reply = try #require(row["reply"] as? String)
            let scenario = (row["scenario"] as? String).flatMap { id in ShippedContent.catalog.scenarios.first { $0.id == id } }
            let turn = (row["turn"] as? String).flatMap { scenario?.turn($0) }
            var context = GradingContext(
                customerMessage: row["customer"] as? String ?? "", customerName: scenario?.customer.name, channel: scenario?.channel,
                expectations: turn?.expectations ?? [], responseTimeTarget: turn?.responseTime,
                timings: (row["seconds"] as? Double).map { Timings(sent: $0) })
            if let scenario, let turn { context.phase = scenario.phase(of: turn) }
            let grader = try #require(ShippedContent.library.grader(for: scenario?.language ?? "en"))
            let coached = FeedbackFocus.misses(grader.grade(reply, context: context), facetOf: grader.criterionFacets)

            let output = try #require(try JSONSerialization.jsonObject(with: try focus.gradeLine(Data(line.utf8))) as? [String: Any])
            let findings = try #require(output["findings"] as? [[String: Any]])
            let withTips = findings.filter { $0["tip"] != nil }
            #expect(Set(withTips.compactMap { $0["criterion"] as? String }) == Set(coached.map(\.criterionId)),
                    "\(row["id"] ?? "?")")
            #expect(withTips.allSatisfy { $0["outcome"] as? String != "met" })
            tipped += withTips.count
        }
        #expect(tipped > lines.count) // most lines name more than one thing to work on
    }

    /// `--tips all`: every finding that cost something carries its tip, as before.
    @Test func allTipsGivesEveryMissItsTip() throws {
        let all = BatchGrading(library: ShippedContent.library, catalog: ShippedContent.catalog, scenario: nil, tips: .all)
        let line = #"{"id": 1, "customer": "It broke.", "reply": "ok"}"#
        let focused = try #require(try JSONSerialization.jsonObject(with: try focus.gradeLine(Data(line.utf8))) as? [String: Any])
        let fewer = try #require(focused["findings"] as? [[String: Any]])
        let every = try #require(try JSONSerialization.jsonObject(with: try all.gradeLine(Data(line.utf8))) as? [String: Any])
        let findings = try #require(every["findings"] as? [[String: Any]])
        let missed = findings.filter { $0["outcome"] as? String == "missed" }
        #expect(missed.count > 3 && missed.allSatisfy { ($0["tip"] as? String)?.isEmpty == false })
        #expect((1...3).contains(fewer.filter { $0["tip"] != nil }.count))
        // Apart from the tips, the two lines are the same.
        #expect(fewer.map { $0.filter { $0.key != "tip" } as NSDictionary } == findings.map { $0.filter { $0.key != "tip" } as NSDictionary })
    }
}
