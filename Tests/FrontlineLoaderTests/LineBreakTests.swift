import Foundation
import Testing
@testable import FrontlineLoader

/// `LineBreak`: the line breaks libyaml counts — LF, CR, CRLF (as one), NEL, LINE and
/// PARAGRAPH SEPARATOR — measured in UTF-8 bytes, and the byte ranges of a text's lines
/// (an empty last line after a final break), multi-byte letters included.
@Suite struct LineBreakTests {
    static func lengths(_ bytes: [UInt8]) -> [Int] {
        bytes.withUnsafeBufferPointer { buffer in buffer.indices.map { LineBreak.length(at: $0, in: buffer) } }
    }

    static func ranges(_ text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { LineBreak.lineRanges($0) }
    }

    @Test func lengthMeasuresEachBreakInBytes() {
        #expect(Self.lengths([0x61, 0x0A]) == [0, 1])
        #expect(Self.lengths([0x0D, 0x0A]) == [2, 1], "CRLF is one break of two bytes at the CR")
        #expect(Self.lengths([0x0D, 0x61]) == [1, 0])
        #expect(Self.lengths([0x0D]) == [1], "a CR at the very end")
        #expect(Self.lengths(Array("\u{85}".utf8)) == [2, 0], "NEL")
        #expect(Self.lengths(Array("\u{2028}".utf8)) == [3, 0, 0], "LINE SEPARATOR")
        #expect(Self.lengths(Array("\u{2029}".utf8)) == [3, 0, 0], "PARAGRAPH SEPARATOR")
    }

    @Test func lookalikeBytesAreNotBreaks() {
        #expect(Self.lengths(Array("©".utf8)) == [0, 0], "C2 A9 is not NEL")
        #expect(Self.lengths(Array("…".utf8)) == [0, 0, 0], "E2 80 A6 is not a separator")
        #expect(Self.lengths(Array("ā".utf8)) == [0, 0])
        #expect(Self.lengths([0xC2]) == [0], "a truncated NEL")
        #expect(Self.lengths([0xE2, 0x80]) == [0, 0], "a truncated separator")
        #expect(Self.lengths([0x0B, 0x0C]) == [0, 0], "vertical tab and form feed are not breaks")
    }

    @Test func isBreakAgreesOnScalars() {
        for scalar: Unicode.Scalar in ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"] { #expect(LineBreak.isBreak(scalar)) }
        for scalar: Unicode.Scalar in ["a", " ", "\t", "\u{0B}", "\u{0C}", "\u{200F}", "ā"] { #expect(!LineBreak.isBreak(scalar)) }
    }

    @Test func lineRangesLeaveTheBreaksOut() {
        #expect(Self.ranges("") == [0..<0])
        #expect(Self.ranges("abc") == [0..<3])
        #expect(Self.ranges("a\nb") == [0..<1, 2..<3])
        #expect(Self.ranges("a\n") == [0..<1, 2..<2], "a final break leaves an empty last line")
        #expect(Self.ranges("a\r\nb") == [0..<1, 3..<4])
        #expect(Self.ranges("a\r\rb") == [0..<1, 2..<2, 3..<4], "two CRs are two breaks")
        #expect(Self.ranges("\n\n") == [0..<0, 1..<1, 2..<2])
    }

    @Test func lineRangesCountMultiByteLettersAndBreaks() {
        #expect(Self.ranges("ā\u{2028}b") == [0..<2, 5..<6])
        #expect(Self.ranges("سلام\u{85}دنیا") == [0..<8, 10..<18])
        #expect(Self.ranges("Jānis\u{2029}") == [0..<6, 9..<9])
    }
}
