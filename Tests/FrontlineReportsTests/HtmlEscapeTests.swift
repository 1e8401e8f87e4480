import Testing
@testable import FrontlineReports

@Suite struct HtmlEscapeTests {
    @Test func escapesMarkupCharacters() {
        #expect(Html.text("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func keepsUnicodeAndReplacesControls() {
        #expect(Html.text("مریم‌جان Jānis 😀") == "مریم‌جان Jānis 😀")
        #expect(Html.text("a\u{0}b\u{1B}[31mc\u{7F}") == "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}")
        #expect(Html.text("one\r\ntwo\tthree") == "one\n\ntwo\tthree")
        #expect(Html.text("\u{FFFF}") == "\u{FFFD}")
    }

    @Test func directionOfFirstStrongCharacter() {
        #expect(Html.direction(of: "مریم رضایی") == "rtl")
        #expect(Html.direction(of: "۱۲ مریم") == "rtl", "Persian digits are weak")
        #expect(Html.direction(of: "  (Jānis)") == "ltr")
        #expect(Html.direction(of: "Dana مریم") == "ltr")
        #expect(Html.direction(of: "שלום") == "rtl")
        #expect(Html.direction(of: "123") == "ltr")
    }

    @Test func truncatesWholeCharacters() {
        #expect(Html.truncated("short", to: 10) == "short")
        #expect(Html.truncated("👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦", to: 2) == "👩‍👩‍👧‍👦…")
    }
}

@Suite struct SvgNumberTests {
    @Test func oneDecimalNoExponentNoLocale() {
        #expect(Svg.number(40) == "40")
        #expect(Svg.number(12.46) == "12.5")
        #expect(Svg.number(-0.04) == "0")
        #expect(Svg.number(-2.5) == "-2.5")
        #expect(Svg.number(.nan) == "0")
        #expect(Svg.number(1e300) == "0")
    }
}
