import FrontlineModel
import Testing
@testable import FrontlineLoader

@Suite struct SourceTextTests {
    @Test("lines split on LF and CRLF alike; the line ends are not kept")
    func linesSplitOnBothLineEnds() {
        #expect(SourceText(path: "x.yaml", text: "a: 1\nb: 2\n").lines == ["a: 1", "b: 2", ""])
        #expect(SourceText(path: "x.yaml", text: "a: 1\r\nb: 2\r\n").lines == ["a: 1", "b: 2", ""])
        #expect(SourceText(path: "x.yaml", text: "one\r\ntwo\nthree").line(2) == "two")
        #expect(SourceText(path: "x.yaml", text: "").lines == [""])
        #expect(SourceText(path: "x.yaml", text: "نام: «سارا»\nvārds: Jānis").lines == ["نام: «سارا»", "vārds: Jānis"])
    }

    @Test("the fingerprint is FNV-1a over the file's bytes, however they are passed")
    func fingerprintOfTheBytes() {
        #expect(Fingerprint.of([UInt8]()) == "cbf29ce484222325")
        #expect(Fingerprint.of(Array("a".utf8)) == "af63dc4c8601ec8c")
        let text = "id: refund\r\nlanguage: fa-IR\n# «سارا»\n"
        #expect(SourceText(path: "x.yaml", text: text).fingerprint == Fingerprint.of(text.utf8))
        #expect(SourceText(path: "x.yaml", text: text).fingerprint == Fingerprint.of(Array(text.utf8)))
    }
}
