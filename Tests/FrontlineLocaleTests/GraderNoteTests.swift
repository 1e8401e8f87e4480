import FrontlineModel
import Testing
@testable import FrontlineLocale

/// The grader's English notes, in the shapes Sources/FrontlineGrader writes them, rebuilt in
/// Persian and Latvian; what came from the reply or the scenario stays as it was.
@Suite struct GraderNoteTests {
    static let fa = Messages(.fa, pack: MessagesTests.pack("fa").0)
    static let lv = Messages(.lv, pack: MessagesTests.pack("lv").0)

    @Test func responseTimeClauseByClause() {
        let note = "replied after 12 s against a target of 47 s (30 s + 17 s for 69 characters); the customer nudged after 0.5 s; first keystroke after 3 min"
        #expect(Self.lv.graderNote(note) == "atbildēja pēc 12 s, mērķis 47 s (30 s + 17 s par 69 rakstzīmēm); klients atgādināja pēc 0,5 s; pirmais taustiņš pēc 3 min")
        #expect(Self.fa.graderNote(note) == "پاسخ پس از ۱۲ ثانیه، در برابر هدف ۴۷ ثانیه (۳۰ ثانیه + ۱۷ ثانیه برای ۶۹ نویسه)؛ مشتری پس از ۰٫۵ ثانیه یادآوری کرد؛ اولین کلید پس از ۳ دقیقه")
        #expect(Self.lv.graderNote("replied after 1.5 s against a target of 30 s") == "atbildēja pēc 1,5 s, mērķis 30 s")
    }

    @Test func otherNotesAndTheRequiredFirstTip() {
        #expect(Self.lv.graderNote("not needed this time: its facet was already full") == "šoreiz nebija vajadzīgs: šis aspekts jau bija pilns")
        #expect(Self.lv.graderNote("reflects: rēķins, divreiz") == "atspoguļo: rēķins, divreiz")
        #expect(Self.lv.graderNote("you said 2-3 dienas; it is 5-7 darba dienas") == "jūs teicāt 2-3 dienas; pareizi ir 5-7 darba dienas")
        #expect(Self.lv.graderNote("offered, not done") == "piedāvāts, nav izdarīts")
        #expect(Self.lv.graderNote("asked, not said") == "pajautāts, nav apgalvots")
        #expect(Self.fa.graderNote("asked, not said") == "پرسیده شد، گفته نشد")
        #expect(Self.lv.graderNote("vaguer than 5-7 darba dienas: you said nedēļu vai tā") == "neprecīzāk nekā 5-7 darba dienas: jūs teicāt nedēļu vai tā")
        #expect(Self.lv.graderNote("taken back by 'naudu šodien'") == "atsaukts ar “naudu šodien”")
        #expect(Self.fa.graderNote("said before 'greet'") == "پیش از «greet» گفته شد")
        #expect(Self.fa.graderNote("only part of it: nothing like 'کد'") == "فقط بخشی از آن: چیزی شبیه «کد» نبود")
        #expect(Self.lv.graderTip("greet first: Sveiciniet klientu.", note: "said before 'greet'") == "vispirms greet: Sveiciniet klientu.")
        // A reward or penalty said a second time (Grader+Criteria.swift) counts half.
        #expect(Self.fa.graderNote("said again: half points") == "تکراری: نیمی از امتیاز")
        #expect(Self.lv.graderNote("said again: half the penalty") == "atkārtoti: puse soda")
        // An expectation an earlier reply already met (Grader+EarlierReplies.swift).
        #expect(Self.lv.graderNote("said in an earlier reply") == "pateikts kādā no iepriekšējām atbildēm")
        // Their details told as one's own experience (Grader+Relating.swift).
        #expect(Self.lv.graderNote("relates to: karte, ārzemēs") == "sasaista ar savu pieredzi: karte, ārzemēs")
        #expect(Self.fa.graderNote("relates to: کارت") == "پیوند به تجربهٔ خود: کارت")
    }

    @Test func englishAndUnknownShapesStayAsWritten() {
        let note = "replied after 12 s against a target of 47 s"
        #expect(Messages.english.graderNote(note) == note)
        #expect(Self.lv.graderNote("something new from the grader") == "something new from the grader")
        #expect(Self.lv.graderNote("replied after soon against a target of 47 s") == "replied after soon against a target of 47 s")
    }
}
