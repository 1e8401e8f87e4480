import Foundation
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

    @Test("lines break where Yams breaks them: CR, NEL, LINE and PARAGRAPH SEPARATOR too")
    func linesSplitLikeLibyaml() {
        #expect(SourceText(path: "x.yaml", text: "a: 1\rb: 2\rc: 3").lines == ["a: 1", "b: 2", "c: 3"])
        #expect(SourceText(path: "x.yaml", text: "a\u{85}b\u{2028}c\u{2029}d\r\n\re").lines == ["a", "b", "c", "d", "", "e"])
        #expect(SourceText.location(ofByte: 7, in: Array("ab\rcd\u{2028}ef".utf8), path: "x").description == "x:2:3")
        #expect(SourceText.lossyLine(atByte: 4, in: Array("ab\rcd\ref".utf8)) == "cd")
    }

    @Test("a duplicate key in a file with CR-only line ends is located, not a trap")
    func duplicateKeyWithCarriageReturns() throws {
        let source = try SourceText.decode(Data("id: a\rtitle: x\rid: b\r".utf8), path: "cr.yaml").get()
        guard case .failure(let diagnostic) = YAMLDocument.compose(source) else {
            Issue.record("a duplicate key must be an error"); return
        }
        #expect(diagnostic.code == .duplicateKey)
        #expect(diagnostic.location?.description == "cr.yaml:3:1")
        // A mapping that starts below line 2: Yams' line 4 was past SourceText's one line,
        // and the search for the second key ran over the range 5..<2 (a trap).
        let nested = try SourceText.decode(Data("title: x\rother: y\rnested:\r  id: a\r  id: b\r".utf8), path: "cr.yaml").get()
        guard case .failure(let second) = YAMLDocument.compose(nested) else {
            Issue.record("a duplicate key must be an error"); return
        }
        #expect(second.code == .duplicateKey)
        #expect(second.location?.description == "cr.yaml:5:3")
    }

    @Test("locations past the end of the text are clamped onto it")
    func locationsAreClamped() {
        let source = SourceText(path: "x.yaml", text: "ab\ncd")
        #expect(source.clamped(SourceLocation(file: "x.yaml", line: 9, column: 9)).description == "x.yaml:2:3")
        #expect(source.clamped(SourceLocation(file: "x.yaml", line: 0, column: 0)).description == "x.yaml:1:1")
    }

    @Test("diagnostics placed past a line's end are clamped when their lines are attached")
    func attachedLocationsAreClamped() {
        let source = SourceText(path: "x.yaml", text: "say: >\n  (a|b\n  c)\n")
        let result = LoadResult(catalog: Catalog(), diagnostics: [], sources: ["x.yaml": source])
        let far = Diagnostic.error(.badPattern, "x", at: SourceLocation(file: "x.yaml", line: 2, column: 40))
        let attached = result.attachingSourceLines([far])
        #expect(attached.first?.location?.description == "x.yaml:2:7")
        #expect(attached.first?.sourceLine == "  (a|b")
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
