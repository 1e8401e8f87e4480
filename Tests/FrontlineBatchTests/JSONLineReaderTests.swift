import Testing
@testable import FrontlineBatch
import FrontlineGrader

@Suite struct JSONLineReaderTests {
    func fields(_ json: String, _ wanted: Set<String> = ["a", "b", "c"]) throws -> [String: JSONLineReader.Value] {
        try Array(json.utf8).withUnsafeBufferPointer { bytes in try JSONLineReader.fields(bytes, wanted: wanted) }
    }

    @Test func readsWantedFieldsAndSkipsTheRest() throws {
        let object = try fields(#" {"a": "x\u00e9\ud83d\ude00\n", "skip": {"deep": [1, 2, {"n": null}]}, "b": -1.5e2, "c": false} "#)
        guard case .string(let a)? = object["a"] else { Issue.record("a"); return }
        #expect(a == "xé😀\n")
        guard case .number(let b, let literal)? = object["b"] else { Issue.record("b"); return }
        #expect(b == -150 && literal == "-1.5e2")
        guard case .bool(false)? = object["c"] else { Issue.record("c"); return }
        #expect(object["skip"] == nil)
    }

    @Test func laterDuplicatesWin() throws {
        guard case .string("second")? = try fields(#"{"a": "first", "a": "second"}"#)["a"] else { Issue.record("a"); return }
    }

    @Test func rejectsInvalidJSON() {
        for bad in ["", "{", #"{"a": 01}"#, #"{"a": 1.}"#, "{\"a\": \"tab\u{09}inside\"}", #"{"a": "\x"}"#, #"{"a": tru}"#,
                    #"{"a": 1} extra"#, #"{"a": [1,]}"#, #"{a: 1}"#, #"{"a" 1}"#] {
            #expect(throws: JSONLineReader.Failure.invalid, "\(bad)") { try fields(bad) }
        }
        #expect(throws: JSONLineReader.Failure.notAnObject) { try fields("[1, 2]") }
        #expect(throws: JSONLineReader.Failure.notAnObject) { try fields(#""text""#) }
    }

    @Test func rejectsUnpairedSurrogates() {
        for bad in [#"{"a": "\ud800"}"#, #"{"a": "\udfff"}"#, #"{"a": "\ud83d\u0041"}"#, #"{"a": "x\ud83dy"}"#] {
            #expect(throws: JSONLineReader.Failure.unpairedSurrogate, "\(bad)") { try fields(bad) }
        }
    }

    @Test func rejectsInvalidUTF8() {
        let bytes: [UInt8] = Array(#"{"a": ""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
        #expect(throws: JSONLineReader.Failure.invalid) {
            try bytes.withUnsafeBufferPointer { buffer in try JSONLineReader.fields(buffer, wanted: ["a"]) }
        }
    }

    func batch(_ json: String) throws -> JSONLineReader.BatchFields {
        try Array(json.utf8).withUnsafeBufferPointer { bytes in try JSONLineReader.batchFields(bytes) }
    }

    @Test func batchFieldsAreFoundByTheirBytesOrThroughEscapes() throws {
        let line = try batch(#"{"id": 7, "r\u0065ply": "Hi", "customer": "Help", "seconds": 12, "scenario": "s", "turn": 2, "language": "lv", "i": 1, "idx": 2, "sécond": 3}"#)
        guard case .number(7, "7")? = line.id, case .string("Hi")? = line.reply, case .string("Help")? = line.customer,
              case .number(12, _)? = line.seconds, case .string("s")? = line.scenario, case .number(2, _)? = line.turn,
              case .string("lv")? = line.language else {
            Issue.record("fields: \(line)")
            return
        }
        #expect(JSONLineReader.BatchFields.keys.map { JSONLineReader.BatchFields.slot($0) } == Array(0..<7))
        for other in ["", "i", "ids", "reply ", "Reply", "season", "secondz", "lang"] {
            #expect(JSONLineReader.BatchFields.slot(other) == nil, "\(other)")
        }
    }

    @Test func skippedNumbersAreStillChecked() {
        for bad in [#"{"reply": "x", "label": 01}"#, #"{"reply": "x", "label": 1.}"#, #"{"reply": "x", "label": -}"#,
                    #"{"reply": "x", "level": 1e}"#, #"{"reply": "x", "level": [1, 2.]}"#] {
            #expect(throws: JSONLineReader.Failure.invalid, "\(bad)") { try batch(bad) }
        }
        #expect(throws: Never.self) { try batch(#"{"reply": "x", "label": -0.5E+3, "level": [0, 1e9]}"#) }
    }
}
