import FrontlineModel
import Testing
@testable import FrontlineTerminal

/// Wrapping by display width at word boundaries: no word is cut while a space can break
/// the line, wide characters count two, combining marks and colour codes none.
@Suite struct TextWrapTests {
    @Test func breaksAtSpacesNeverMidWord() {
        let text = "I have waited two weeks for an investigation of the missing parcel and nobody told me anything open or honest"
        let lines = TextWrap.lines(text, width: 30)
        #expect(lines.allSatisfy { $0.terminalWidth <= 30 })
        #expect(lines.joined(separator: " ") == text, "only spaces were replaced")
    }

    @Test func persianWithZeroWidthJoinersWrapsByColumns() {
        let text = "سفارشم قرار بود هفته‌ی پیش برسد و هنوز هیچ خبری از آن نیست؛ لطفاً بگویید کجاست و چه زمانی می‌رسد"
        let lines = TextWrap.lines(text, width: 24)
        #expect(lines.count > 2)
        #expect(lines.allSatisfy { $0.terminalWidth <= 24 })
        #expect(lines.joined(separator: " ") == text)
    }

    @Test func wideAndCombiningCharactersCountAsTheyShow() {
        let wide = "顧客 サービス 担当 者 です よろしく お願い します"
        #expect(TextWrap.lines(wide, width: 20).allSatisfy { $0.terminalWidth <= 20 })
        let combining = String(repeating: "cafe\u{301} ", count: 10)
        #expect(TextWrap.lines(combining, width: 20).first?.terminalWidth == 19)
    }

    @Test func aWordWiderThanTheLineIsCutBetweenCharacters() {
        let pieces = TextWrap.pieces(String(repeating: "界", count: 15), width: 20)
        #expect(pieces.map(\.terminalWidth) == [20, 10])
    }

    @Test func hangingIndentAlignsTheWordsUnderTheFirstLine() {
        let lines = TextWrap.hanging("Dana: ", "the parcel investigation is still open after two weeks of waiting", width: 30)
        #expect(lines[0].hasPrefix("Dana: the"))
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("      ") && !$0.hasPrefix("       ") })
        #expect(lines.allSatisfy { $0.terminalWidth <= 30 })
    }

    @Test func truncationKeepsColourCodesWhole() {
        let style = TerminalStyle(enabled: true)
        let cut = TextWrap.truncate(style.green("✓") + " " + style.dim(String(repeating: "word ", count: 20)), width: 30)
        #expect(cut.terminalWidth == 30)
        #expect(cut.hasSuffix("…\u{1B}[0m"))
        #expect(!cut.contains("\u{1B}[\u{2026}"))
    }
}
