import Foundation
import Testing
@testable import frontline

/// `frontline grade` end to end: order across blocks and cores, skipped lines reported
/// with their numbers, Unicode kept, the same output every time.
@Suite struct GradeCommandTests {
    /// 3 000 lines (several reader blocks), with malformed, blank and CRLF lines among them.
    static func input() -> (text: String, skipped: [Int: String], ids: [Int]) {
        var lines: [String] = []
        var skipped: [Int: String] = [:]
        var ids: [Int] = []
        for number in 1...3000 {
            switch number {
            case 5: lines.append("{not json"); skipped[number] = "not valid JSON"
            case 6: lines.append("   ")
            case 1500: lines.append(#"{"id": 1500}"#); skipped[number] = #"missing "reply" (a string)"#
            case 2999: lines.append("[1, 2]"); skipped[number] = "not a JSON object"
            case 77: lines.append(#"{"id": 77, "reply": "I'm so sorry \"Dana\", that\u0027s annoying 😢", "customer": "my parcel"}"#); ids.append(number)
            case 78: lines.append(#"{"id": 78, "language": "fa", "reply": "متاسفم که بسته دیر رسید، سلام!"}"# + "\r"); ids.append(number)
            default:
                lines.append(#"{"id": \#(number), "customer": "My order \#(number) never arrived and I am upset.", "reply": "Hi, I'm sorry order \#(number) is late; I'll sort it today. Thanks for waiting!"}"#)
                ids.append(number)
            }
        }
        return (lines.joined(separator: "\n"), skipped, ids) // the last line has no newline
    }

    @Test func gradesEveryLineInOrderAndReportsSkippedOnes() throws {
        let folder = try Binary.temporaryFolder()
        let (text, skipped, ids) = Self.input()
        let input = folder.appendingPathComponent("in.jsonl")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.jsonl")
        let result = try Binary.run(["grade", "-i", input.path, "-o", output.path])
        #expect(result.status == 0, "\(result.err)")
        let expected = skipped.keys.sorted().map { "\(input.path):\($0): skipped: \(skipped[$0]!)" }
        let reported = result.err.split(separator: "\n").map(String.init).filter { $0.contains(": skipped: ") }
        #expect(reported == expected)
        #expect(result.err.contains("graded \(ids.count) lines, skipped \(skipped.count)"))

        let data = try Data(contentsOf: output)
        let outLines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        #expect(outLines.last?.isEmpty == true, "every output line ends with a newline")
        let objects = try outLines.dropLast().map { try #require(JSONSerialization.jsonObject(with: Data($0)) as? [String: Any]) }
        #expect(objects.compactMap { ($0["id"] as? NSNumber)?.intValue } == ids)

        let apology = try #require(objects.first { ($0["id"] as? NSNumber)?.intValue == 77 })
        let findings = try #require(apology["findings"] as? [[String: Any]])
        let sorry = try #require(findings.first { $0["criterion"] as? String == "sincere-apology" })
        let evidence = try #require(sorry["evidence"] as? [String: Any])
        #expect(evidence["text"] as? String == "I'm so sorry")
        #expect(evidence["start"] as? Int == 0 && evidence["end"] as? Int == 12)
        // The misses that matter most now carry their tips (at most three), as after a reply in the REPL.
        let tipped = findings.filter { $0["tip"] != nil }
        #expect((1...3).contains(tipped.count) && tipped.allSatisfy { $0["outcome"] as? String != "met" }, "\(tipped)")

        let persian = try #require(objects.first { ($0["id"] as? NSNumber)?.intValue == 78 })
        let persianFindings = try #require(persian["findings"] as? [[String: Any]])
        #expect(persianFindings.contains { ($0["evidence"] as? [String: Any])?["text"] as? String == "متاسفم" },
                "\(persianFindings)")
        // Non-ASCII text is written as UTF-8, not escaped.
        #expect(String(decoding: data, as: UTF8.self).contains("متاسفم"))

        // The same input gives the same bytes.
        let again = folder.appendingPathComponent("again.jsonl")
        #expect(try Binary.run(["grade", "-i", input.path, "-o", again.path]).status == 0)
        #expect(try Data(contentsOf: again) == data)
    }

    /// `--tips all` puts a tip on every miss; a value it does not know is refused, naming both.
    @Test func tipsOption() throws {
        let line = "{\"id\": 1, \"customer\": \"It broke.\", \"reply\": \"ok\"}\n"
        let all = try Binary.run(["grade", "-i", "-", "--tips", "all"], input: line)
        #expect(all.status == 0, "\(all.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(all.out.utf8)) as? [String: Any])
        let missed = try #require(object["findings"] as? [[String: Any]]).filter { $0["outcome"] as? String == "missed" }
        #expect(missed.count > 3 && missed.allSatisfy { ($0["tip"] as? String)?.isEmpty == false })

        let wrong = try Binary.run(["grade", "-i", "-", "--tips", "some"], input: line)
        #expect(wrong.status != 0)
        #expect(wrong.err.contains("'some'") && wrong.err.contains("focus") && wrong.err.contains("all"), "\(wrong.err)")
    }

    @Test func readsStandardInput() throws {
        let result = try Binary.run(["grade", "-i", "-"], input: "{\"id\": \"a\", \"reply\": \"Thanks!\"}\n\n{\"id\": \"b\"}\n")
        #expect(result.status == 0)
        #expect(result.out.split(separator: "\n").count == 1 && result.out.contains(#""id":"a""#))
        #expect(result.err.contains("-:3: skipped: missing \"reply\" (a string)"))
    }

    /// A byte order mark on line 1 is accepted; a huge "seconds" (which trapped) and an
    /// unpaired surrogate are skipped with their line numbers, and the lines around them
    /// are graded; a language without rubric is said once on stderr.
    @Test func hostileLinesAreSkippedAndTheRestGraded() throws {
        let input = "\u{FEFF}{\"id\": 1, \"reply\": \"Thanks!\"}\n"
            + #"{"id": 2, "reply": "ok", "seconds": 1e400}"# + "\n"
            + #"{"id": 3, "reply": "a\ud800"}"# + "\n"
            + #"{"id": 4, "reply": "Hallo", "language": "de"}"# + "\n"
            + #"{"id": 5, "reply": "Hallo", "language": "de"}"# + "\n"
            + #"{"id": 6, "reply": "Thanks!", "seconds": 5.6e20}"# + "\n"
            + #"{"id": 7, "reply": "Thanks!", "seconds": 4}"# + "\n"
        let result = try Binary.run(["grade", "-i", "-"], input: input)
        #expect(result.status == 0, "\(result.err)")
        let ids = result.out.split(separator: "\n").compactMap { line in
            ((try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any])?["id"] as? Int
        }
        #expect(ids == [1, 4, 5, 7])
        #expect(result.err.contains("-:2: skipped: \"seconds\" must be a number from 0 to 31536000 (a year)"))
        #expect(result.err.contains("-:3: skipped: a string holds an unpaired surrogate escape"))
        #expect(result.err.contains("-:6: skipped: \"seconds\""))
        #expect(result.err.components(separatedBy: "no rubric for language 'de'").count == 2, "\(result.err)")
    }
}
