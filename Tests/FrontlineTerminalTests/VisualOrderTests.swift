import FrontlineModel
import Testing
@testable import FrontlineTerminal

/// Persian lines put in visual order for terminals without bidi, read as a person reads
/// the screen: left to right on the screen is right to left in the sentence.
/// `r(…)` is a Persian word as a left-to-right terminal must receive it (its letters
/// reversed); Latin words, numbers and order ids are not turned round.
@Suite struct VisualOrderTests {
    let visual = VisualOrder(mode: .visual, width: { 40 })

    func r(_ text: String) -> String { String(String.UnicodeScalarView(text.unicodeScalars.reversed())) }
    func pad(_ text: String, to width: Int = 40) -> String { String(repeating: " ", count: max(0, width - text.terminalWidth)) + text }

    @Test func aPersianLineIsReversedAndRightAligned() {
        let shown = visual.display("سلام مریم جان")
        #expect(shown == pad(r("جان") + " " + r("مریم") + " " + r("سلام")))
        #expect(shown.terminalWidth == 40)
    }

    @Test func latinWordsNumbersAndOrderIdsKeepTheirOrder() {
        let line = "سفارش A-1042 از DHL با ۱۴ قلم، 14 روز دیر رسید"
        let expected = [r("رسید"), r("دیر"), r("روز"), "14", r("قلم،"), "۱۴", r("با"), "DHL", r("از"), "A-1042", r("سفارش")]
        #expect(VisualOrder(mode: .visual, width: { 60 }).display(line) == pad(expected.joined(separator: " "), to: 60))
    }

    @Test func guillemetsStillEncloseTheQuotedPersianWords() {
        // « is mirrored on a right-to-left line, so the screen shows «…» opening on the left of the reversed words.
        let shown = visual.display("گفتید «کد سفارش» را")
        #expect(shown == pad(r("را") + " «" + r("کد سفارش") + "» " + r("گفتید")))
    }

    @Test func curlyQuotesAroundEnglishEvidenceInAPersianLineDoNotFlip() {
        let shown = visual.display("گفتید “sorry, I see” و")
        #expect(shown == pad("و “sorry, I see” " + r("گفتید")))
    }

    @Test func persianEvidenceInAnEnglishLineKeepsItsFullStopAtItsEnd() {
        // The evidence is isolated: its full stop stays at the Persian sentence's end (the left), inside the quotes.
        let shown = VisualOrder(mode: .visual, width: { 60 }).display("  ✓ Asked for the order — “کد سفارش را بدهید.”")
        #expect(shown == "  ✓ Asked for the order — “." + r("کد سفارش را بدهید") + "”")
    }

    @Test func englishInBracketsAfterPersianKeepsItsSignAndBrackets() {
        // Without the isolate the bidi algorithm would attach "−10" to the Persian words before it: "10−)".
        let shown = VisualOrder(mode: .visual, width: { 60 }).display("  Hint: کد سفارش را بپرسید (−10 points on this turn)")
        #expect(shown == "  Hint: " + r("کد سفارش را بپرسید") + " (−10 points on this turn)")
    }

    @Test func aLineThatIsAllInBracketsReadsRightToLeftWithItsBrackets() {
        // The patience line: Persian only inside its brackets, so its direction is the first letter's inside.
        let shown = visual.display("  (مریم آرام‌تر است · صبر ۷۰)")
        #expect(shown == pad("(۷۰ " + r("صبر") + " · " + r("آرام‌تر است") + " " + r("مریم") + ")  "), "right-aligned, its indent on the right")
        #expect(VisualOrder(mode: .visual, width: { 40 }).display("  (Dana sounds calmer · patience 70)") == "  (Dana sounds calmer · patience 70)")
        // English around a Persian name (the English interface, a Persian scenario): an
        // English sentence, left to right, the name reversed in place.
        #expect(VisualOrder(mode: .visual, width: { 60 }).display("  (مریم sounds calmer · patience 75)")
                == "  (" + r("مریم") + " sounds calmer · patience 75)")
    }

    @Test func aWrappedTipIsReorderedLineByLineAndItsContinuationStaysRightToLeft() {
        let tip = "  نکته: پیش از هر قولی\n        /kb وضعیت را ببینید"
        let lines = visual.display(tip).split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == pad(r("قولی") + " " + r("هر") + " " + r("از") + " " + r("پیش") + " " + r("نکته:") + "  "))
        // The continuation starts with Latin but belongs to the Persian tip: right to left, its
        // hanging indent on the right, "/kb" read from the right as "/kb".
        #expect(lines[1] == pad(r("ببینید") + " " + r("را") + " " + r("وضعیت") + " kb/" + String(repeating: " ", count: 8)))
    }

    @Test func aTipWrappedByTextWrapReadsInOrderAcrossItsLines() {
        let words = "کد سفارش یا شماره موبایلی که با آن سفارش داده را بپرسید تا سفارش را پیدا کنید"
        let logical = TextWrap.hanging("  نکته: ", words, width: 40)
        #expect(logical.count >= 2)
        let shown = visual.display(logical.joined(separator: "\n")).split(separator: "\n").map(String.init)
        #expect(shown == logical.map { pad(r($0)) }, "every wrapped line reversed on its own and right-aligned")
        #expect(shown.allSatisfy { $0.terminalWidth == 40 })
    }

    @Test func lineWiderThanTheTerminalIsWrappedBeforeReordering() {
        let narrow = VisualOrder(mode: .visual, width: { 20 })
        let shown = narrow.display("سلام مریم جان، سفارش شما فردا می‌رسد").split(separator: "\n").map(String.init)
        #expect(shown.count == 2)
        #expect(shown[0] == r("سفارش") + " " + r("جان،") + " " + r("مریم") + " " + r("سلام"))
        #expect(shown[1] == pad(r("می‌رسد") + " " + r("فردا") + " " + r("شما"), to: 20))
    }

    @Test func coloursStayOnTheirWords() {
        let style = TerminalStyle(enabled: true)
        let line = style.cyan(style.bold("مریم")) + " " + style.cyan("سلام دنیا")
        let text = r("دنیا") + " " + r("سلام") + " " + r("مریم")
        let expected = String(repeating: " ", count: 40 - text.terminalWidth)
            + "\u{1B}[36m" + r("دنیا") + " " + r("سلام") + "\u{1B}[0m" + " " + "\u{1B}[36m\u{1B}[1m" + r("مریم") + "\u{1B}[0m"
        #expect(visual.display(line) == expected)
    }

    @Test func aColourOpenOnOneLineIsRepeatedOnTheNext() {
        let shown = visual.display("\u{1B}[2mسلام\nمریم\u{1B}[0m").split(separator: "\n").map(String.init)
        #expect(shown == [pad("\u{1B}[2m" + r("سلام") + "\u{1B}[0m"), pad("\u{1B}[2m" + r("مریم") + "\u{1B}[0m")])
    }

    @Test func offAndTerminalModesAndLatinLinesPassThroughByteForByte() {
        let persian = "گفتید «کد سفارش» را"
        #expect(VisualOrder(mode: .off, width: { 40 }).display(persian) == persian)
        #expect(VisualOrder(mode: .terminal, width: { 40 }).display(persian) == persian)
        let latin = "  \u{1B}[32m✓\u{1B}[0m Apologised — “so sorry” \u{1B}[2m(A-1042)\u{1B}[0m"
        #expect(visual.display(latin).utf8.elementsEqual(latin.utf8))
        let mixed = "Dana: Hi.\n" + persian + "\n  Empathy 80 · Overall 75"
        let lines = visual.display(mixed).split(separator: "\n").map(String.init)
        #expect(lines[0] == "Dana: Hi." && lines[2] == "  Empathy 80 · Overall 75", "Latin lines untouched beside a Persian one")
        // An indented Persian line under a Persian one continues it (hanging indent), an English one does not.
        let feedback = visual.display("مریم: سلام\n      دنیا\n  Overall 75").split(separator: "\n").map(String.init)
        #expect(feedback == [pad(r("سلام") + " " + r("مریم:")), pad(r("دنیا") + "      "), "  Overall 75"])
    }

    @Test func cursorMovementIsNeverReordered() {
        let line = "\u{1B}[2Kسلام"
        #expect(visual.display(line) == line)
    }

    @Test func bidiControlsAreNotPrinted() {
        let shown = visual.display("سلام \u{2067}مریم\u{2069}\u{200F}")
        #expect(!shown.unicodeScalars.contains { $0.isBidiControl })
    }

    @Test func aPromptReadsInOrderButIsLaidOutLeftToRight() {
        #expect(visual.prompt("you> ") == "you> ")
        #expect(visual.prompt("شما> ") == r("شما") + "> ")
    }
}
