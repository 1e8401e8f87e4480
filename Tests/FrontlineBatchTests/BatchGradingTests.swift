import Foundation
import Testing
@testable import FrontlineBatch
import FrontlineGrader
import FrontlineModel

@Suite struct BatchGradingTests {
    let batch = BatchGrading(library: ShippedContent.library, catalog: ShippedContent.catalog, scenario: nil)

    func grade(_ line: String) throws(BatchGrading.LineError) -> [String: Any] {
        let data = try batch.gradeLine(Data(line.utf8))
        return (try? JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }

    func error(_ line: String) -> String? {
        do {
            _ = try batch.gradeLine(Data(line.utf8))
            return nil
        } catch {
            return error.message
        }
    }

    @Test func gradesALine() throws {
        let object = try grade(#"{"id": "a1", "customer": "It broke.", "reply": "I'm so sorry it broke!"}"#)
        #expect(object["id"] as? String == "a1")
        let scores = try #require(object["scores"] as? [String: Any])
        #expect((scores["empathy"] as? Double ?? 0) > 20)
        #expect(scores["accuracy"] is NSNull && scores["response_time"] is NSNull)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let apology = try #require(findings.first { $0["criterion"] as? String == "sincere-apology" })
        let evidence = try #require(apology["evidence"] as? [String: Any])
        #expect(evidence["text"] as? String == "I'm so sorry" && evidence["start"] as? Int == 0)
    }

    @Test func numericIdsAndSecondsAreKept() throws {
        let object = try grade(#"{"id": 12345678901234, "reply": "Thanks!", "seconds": 3.5}"#)
        #expect((object["id"] as? NSNumber)?.int64Value == 12345678901234)
        #expect((object["scores"] as? [String: Any])?["response_time"] as? Double == 100)
    }

    @Test func badLinesAreExplained() {
        #expect(error("{not json") == "not valid JSON")
        #expect(error(#"{"id": "x", "reply": "a",}"#) == "not valid JSON")
        #expect(error("[1, 2]") == "not a JSON object")
        #expect(error(#"{"id": "x"}"#) == #"missing "reply" (a string)"#)
        #expect(error(#"{"id": "x", "reply": 5}"#) == #"missing "reply" (a string)"#)
        #expect(error(#"{"reply": "hi"}"#) == #"missing "id" (a string or number)"#)
        #expect(error(#"{"id": true, "reply": "hi"}"#) == #"missing "id" (a string or number)"#)
        #expect(error(#"{"id": 1, "reply": "hi", "seconds": "12"}"#) == #""seconds" must be a number from 0 to 31536000 (a year)"#)
        #expect(error(#"{"id": 1, "reply": "hi", "seconds": -1}"#) == #""seconds" must be a number from 0 to 31536000 (a year)"#)
        #expect(error(#"{"id": 1, "reply": "hi", "turn": "opening"}"#) == #""turn" needs a scenario (in the line or --scenario)"#)
        #expect(error(#"{"id": 1, "reply": "hi", "scenario": "no-such-scenario"}"#)?.hasPrefix("unknown scenario 'no-such-scenario'") == true)
    }

    /// 1e400 reads as infinity and 5.6e20 s is beyond Int in minutes; both trapped.
    @Test(arguments: ["1e400", "5.6e20", "1e19", "31536000.5"])
    func secondsBeyondAYearAreABadLine(_ seconds: String) {
        #expect(error(#"{"id": 1, "reply": "hi", "seconds": \#(seconds)}"#) == #""seconds" must be a number from 0 to 31536000 (a year)"#)
    }

    @Test func anUnpairedSurrogateIsABadLine() {
        #expect(error(#"{"id": 1, "reply": "a\ud800"}"#)?.contains("unpaired surrogate") == true)
        #expect(error(#"{"id": 1, "reply": "a\udc00 b"}"#)?.contains("unpaired surrogate") == true)
        #expect(error(#"{"id": 1, "reply": "a\ud800\u0041"}"#)?.contains("unpaired surrogate") == true)
    }

    @Test func aLanguageWithoutRubricIsGradedWithAMessage() throws {
        let object = try grade(#"{"id": 1, "reply": "Hallo", "language": "de"}"#)
        #expect((object["message"] as? String)?.contains("no rubric") == true)
        #expect((object["scores"] as? [String: Any])?["overall"] is NSNull)
    }

    @Test func escapesAndUnicodeRoundTrip() throws {
        let reply = "Sorry \"Dana\" \\ tab\there 😢 متاسفم"
        let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": "u", "reply": reply]), as: UTF8.self)
        let object = try grade(line)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let apology = try #require(findings.first { $0["criterion"] as? String == "sincere-apology" })
        #expect((apology["evidence"] as? [String: Any])?["text"] as? String == "Sorry")
    }

    @Test func outputKeysAreSorted() throws {
        let data = try batch.gradeLine(Data(#"{"id": "k", "reply": "Sorry!"}"#.utf8))
        let text = String(decoding: data, as: UTF8.self)
        let order = ["\"critical\"", "\"findings\"", "\"id\"", "\"scores\""].map { text.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
    }

    /// Without a customer's name, a tip written for one (`{name}`) drops the placeholder in
    /// every kind of finding: a plain miss, a miss its full facet did not need, a penalty.
    @Test func tipsWithoutACustomerNameShowNoPlaceholder() throws {
        let batch = BatchGrading(library: ShippedContent.library, catalog: ShippedContent.catalog, scenario: nil, tips: .all)
        let replies = [
            "I'm so sorry, that sounds awful and I completely understand why you're upset. Thank you for telling me.",
            "Sorry.",
            "Calm down, that's not my problem.",
        ]
        var notNeeded = 0
        for (n, reply) in replies.enumerated() {
            let line = String(decoding: try JSONSerialization.data(withJSONObject: ["id": n, "reply": reply]), as: UTF8.self)
            let object = try JSONSerialization.jsonObject(with: try batch.gradeLine(Data(line.utf8))) as? [String: Any]
            let findings = try #require(object?["findings"] as? [[String: Any]])
            for finding in findings {
                let tip = finding["tip"] as? String ?? ""
                #expect(!tip.contains("{"), "\(finding["criterion"] ?? "?"): \(tip)")
                if (finding["note"] as? String)?.hasPrefix("not needed") == true {
                    notNeeded += 1
                    #expect(finding["outcome"] as? String == "missed" && finding["points"] as? Double == 0)
                }
            }
        }
        #expect(notNeeded > 0) // the warm reply fills its facet, so some rewards were not needed
    }
}
