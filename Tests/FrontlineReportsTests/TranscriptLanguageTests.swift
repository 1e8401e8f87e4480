import Foundation
import FrontlineLoader
import FrontlineLocale
import FrontlineModel
import Testing
@testable import FrontlineReports

/// The transcript and the HTML report's transcripts in the session's language: labels,
/// plural forms and digits from the shipped language packs; `dir="rtl"` for Persian.
@Suite struct TranscriptLanguageTests {
    typealias S = ReviewSamples
    static let rubrics = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rubrics").path

    static func messages(_ language: UILanguage) -> Messages {
        Messages(language, pack: CatalogLoader.load(paths: ["\(rubrics)/\(language.rawValue)/language.yaml"]).catalog.language(language.rawValue))
    }

    func text(_ language: UILanguage) -> String {
        var transcript = TranscriptText(S.exported, width: 130, format: ReviewFormat(timeZone: S.utc))
        transcript.messages = Self.messages(language)
        return transcript.render()
    }

    @Test func aPersianTranscriptHasPersianLabelsAndDigits() {
        let text = text(.fa)
        #expect(text.contains("نوبت ۱ · opening"))
        #expect(text.contains("۲ نوبت · کل ۷۳"))
        #expect(text.contains("صبر ۶۰ ← ۵۰"))
        #expect(text.contains("  مشتری"))
        #expect(text.contains("امتیازها"))
        #expect(text.contains("\n    نکته: "))
        for english in ["Turn ", "Customer", "Trainee", "Scores", "patience", "overall", "Tip:", "Started", "hint", "nudge", "Debrief", "override", "Reason"] {
            #expect(!text.contains(english), "'\(english)' left in English:\n\(text)")
        }
    }

    @Test func aLatvianTranscriptCountsWithLatvianForms() {
        let text = text(.lv)
        #expect(text.contains("Gājiens 1 · opening"))
        #expect(text.contains("2 gājieni · kopā 73"))
        #expect(text.contains("1 padoms · 1 atgādinājums · pacietība 60 → 50"))
        #expect(text.contains("\n    Ieteikums: "))
        #expect(!text.contains("Turn ") && !text.contains("patience") && !text.contains("Tip:"))
    }

    @Test func englishIsUnchanged() {
        var transcript = TranscriptText(S.exported, width: 130, format: ReviewFormat(timeZone: S.utc))
        let before = transcript.render()
        transcript.messages = .english
        #expect(transcript.render() == before)
        #expect(before.contains("Turn 1 · opening"))
    }

    @Test func theHtmlReportsPersianTranscriptsReadRightToLeftWithPersianLabels() {
        var report = HtmlReport(ReportFixtures.data())
        report.transcriptMessages["fa"] = Self.messages(.fa)
        let page = report.render()
        #expect(page.contains("<article class=\"transcript\" id=\"session-5\" lang=\"fa\" dir=\"rtl\">"))
        #expect(page.contains("<article class=\"transcript\" id=\"session-1\" lang=\"en\" dir=\"ltr\">"))
        let persian = ReportFixtures.element("<article class=\"transcript\" id=\"session-5\"", close: "</article>", in: page) ?? ""
        #expect(persian.contains("<span class=\"who\">مشتری</span>"))
        #expect(persian.contains("نوبت ۰ · کل –"))
        #expect(persian.contains("جلسه‌ی 5 ·"), "a session id stays as it is typed")
        #expect(!persian.contains("Customer") && !persian.contains("Turn ") && !persian.contains("overall"))
        let english = ReportFixtures.element("<article class=\"transcript\" id=\"session-1\"", close: "</article>", in: page) ?? ""
        #expect(english.contains("<span class=\"who\">Customer</span>"))
        #expect(english.contains("Turn 0 · overall –"))
    }
}
