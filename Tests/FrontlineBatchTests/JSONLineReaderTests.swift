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
}
