import Foundation
import FrontlineLocale
import Testing
@testable import FrontlineReports

/// The page around the transcripts in the report's language (`HtmlReport.messages`), from
/// the shipped language packs: headings, table headers, chart labels, legends and footer,
/// numbers in the language's digits, `<html lang dir>`; English exactly as before.
@Suite struct HtmlReportLanguageTests {
    func page(_ language: UILanguage) -> String {
        var report = HtmlReport(ReportFixtures.data())
        report.messages = TranscriptLanguageTests.messages(language)
        return report.render()
    }

    /// Words of the English page that are Frontline's own (not names, ids or scenario titles).
    static let englishWords = [
        "Frontline training report", "Generated</dt>", "Filters</dt>", "none (all trainees", "How conversations end",
        "Every session</h2>", "Team scores over time", "Scores over time per trainee", "Scores per scenario",
        "Most-missed criteria", "<h2>Trainees</h2>", "Each trainee’s sessions", "<h2>Transcripts</h2>", "Made by",
        "Average overall", "Score (0–100)", "Week (starting Monday)", "Best overall", "Empathy facets", "Last activity",
        ">Empathy<", ">Accuracy<", ">Response time<", "reward missed", "Averages:", "Outcomes:", "To act on", "Stuck trainees",
        " sessions</span>", "against the team", "Lighter bars", "median</text>",
        // Chart tooltips and descriptions (the box plot, the bars, every session as a dot).
        "scored session", "of all turns", " sessions from ", ": overall ",
    ]

    @Test func aPersianPageReadsRightToLeftWithPersianWordsAndDigits() {
        let html = page(.fa)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fa\" dir=\"rtl\">"))
        #expect(html.contains("<title>گزارش آموزش Frontline · "))
        #expect(html.contains("<h2>گفتگوها چگونه پایان می‌یابند</h2>"))
        #expect(html.contains("<th scope=\"col\" rowspan=\"2\">کارآموز</th>"))
        #expect(html.contains("data-stat=\"trainees\"><span class=\"value\">۴</span><span class=\"label\">کارآموزان</span>"))
        #expect(html.contains("<footer><p>ساخته‌شده با <code>frontline report</code>."))
        #expect(html.contains(">همدلی</li>"), "the colour key names the dimensions in Persian")
        #expect(html.contains("<time datetime=\"2025-03-23T00:00:00Z\">۲۳ "), "dates in Persian digits")
        for english in Self.englishWords {
            #expect(!html.contains(english), "'\(english)' left in English")
        }
        // The transcripts keep their own session's language inside the Persian page.
        #expect(html.contains("<article class=\"transcript\" id=\"session-1\" lang=\"en\" dir=\"ltr\">"))
    }

    @Test func aLatvianPageHasLatvianWordsAndPluralsAndNoDirection() {
        let html = page(.lv)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"lv\">"))
        #expect(html.contains("<h2>Kā beidzas sarunas</h2>"))
        #expect(html.contains("<h2>Apmācāmie</h2>"))
        #expect(html.contains("sirsnība") || html.contains("<td class=\"muted\">–</td>"), "facets in Latvian")
        #expect(html.contains("1 sesija</span>") || html.contains("2 sesijas</span>"), "Latvian plural forms")
        for english in Self.englishWords {
            #expect(!html.contains(english), "'\(english)' left in English")
        }
    }

    @Test func englishIsByteForByteWhatItWas() {
        let plain = HtmlReport(ReportFixtures.data()).render()
        var english = HtmlReport(ReportFixtures.data())
        english.messages = .english
        #expect(english.render() == plain)
        #expect(plain.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        for word in ["How conversations end", "Made by <code>frontline report</code>. Scores are 0–100;", "Score (0–100)"] {
            #expect(plain.contains(word))
        }
    }
}
