import Testing
import FrontlineGrader
import FrontlineModel

/// The Persian and Latvian empathy facets, judged as a fluent support coach would: for each
/// facet, replies a coach would call warm (listening, exploring, courteous) score higher on
/// that facet than replies a coach would not. There is no labelled data in these languages
/// (docs/grading.md, "Persian and Latvian facets"); these replies, written for the tests,
/// and each criterion's own examples are what checks them.
@Suite struct FacetLanguageTests {
    /// One facet in one language: the moment, and replies a coach would rank high and low.
    struct Case: CustomTestStringConvertible, Sendable {
        var language: String
        var facet: String
        var customer: String
        var phase: Phase
        var high: [String]
        var low: [String]
        var testDescription: String { "\(language) \(facet)" }
    }

    static let cases: [Case] = [
        // Persian
        Case(language: "fa", facet: "warmth", customer: "سه روزه منتظرم و هنوز هیچ خبری نیست، واقعاً کلافه شدم.", phase: .middle,
             high: ["کاملاً درک می‌کنم که این انتظار چقدر کلافه‌کننده است؛ خودم پیگیری می‌کنم.",
                    "خیلی متأسفم که این‌قدر معطل شدید.",
                    "حق دارید ناراحت باشید. نگران نباشید، حلش می‌کنیم."],
             low: ["سفارش در مرکز پردازش است.",
                   "قانون همین است، باید صبر کنید.",
                   "متاسفم که این‌طور فکر می‌کنید."]),
        Case(language: "fa", facet: "listening", customer: "برای قبض آبان دو بار ۱۲۰ هزار تومان از حسابم کم شده.", phase: .middle,
             high: ["اگر درست متوجه شده باشم، قبض آبان دو بار از حسابتان کسر شده.",
                    "پس برای قبض آبان دو بار از شما پول کم شده؛ همین الان بررسی می‌کنم.",
                    // relating their details to one's own experience (relate-details)
                    "حساب من هم یک بار برای قبض دو بار کم شد و می‌دانم چقدر اعصاب‌خردکن است."],
             low: ["لطفاً شماره مشتری را بفرستید.",
                   "چطور می‌توانم کمکتان کنم؟"]),
        Case(language: "fa", facet: "exploring", customer: "سلام، سفارشم هنوز نرسیده.", phase: .opening,
             high: ["چه اتفاقی افتاده؟ کمی بیشتر توضیح بدهید.",
                    "دقیقاً برای چه روزی لازمش دارید؟",
                    "الان چه چیزی بیشتر از همه کمکتان می‌کند؟"],
             low: ["کد سفارش را بفرستید.",
                   "سفارش شما ثبت شده است."]),
        Case(language: "fa", facet: "courtesy", customer: "سلام، سفارشم نرسیده.", phase: .opening,
             high: ["سلام، وقت بخیر. لطفاً کد سفارش را بفرمایید.",
                    "سلام، ممکن است شماره سفارشتان را بگویید؟"],
             low: ["کد سفارش را بفرست.",
                   "آرام باشید و شماره را بدهید."]),
        // Latvian
        Case(language: "lv", facet: "warmth", customer: "Jau trešo dienu gaidu, un rēķins joprojām nav izlabots. Esmu ļoti sarūgtināta.",
             phase: .middle,
             high: ["Saprotu, cik tas ir nepatīkami, un es to šodien sakārtošu.",
                    "Man ļoti žēl, ka jums tik ilgi bija jāgaida.",
                    "Neuztraucieties, mēs to izlabosim."],
             low: ["Rēķins tiek apstrādāts.",
                   "Tāda ir mūsu politika, jums jāgaida.",
                   "Man žēl, ka jūs tā jūtaties."]),
        Case(language: "lv", facet: "listening", customer: "Par novembra rēķinu no konta noņemti 31,50 eiro divas reizes.", phase: .middle,
             high: ["Ja pareizi saprotu, novembra rēķins jums noņemts divreiz.",
                    "Tātad jums par novembri divas reizes noņemti 31,50 eiro - to pārbaudīšu.",
                    // relating their details to one's own experience (relate-details)
                    "Arī no mana konta reiz rēķinu noņēma divas reizes, tāpēc zinu, cik tas kaitina."],
             low: ["Lūdzu, atsūtiet līguma numuru.",
                   "Kā varu palīdzēt?"]),
        Case(language: "lv", facet: "exploring", customer: "Labdien, internets atkal nestrādā.", phase: .opening,
             high: ["Pastāstiet, lūdzu, sīkāk, kas notika.",
                    "Kā tas ietekmē jūsu darbu?",
                    "Cik ilgi tas jau notiek?"],
             low: ["Atsūtiet līguma numuru.",
                   "Jūsu pieteikums ir reģistrēts."]),
        Case(language: "lv", facet: "courtesy", customer: "Labdien, man nav pienācis rēķins.", phase: .opening,
             high: ["Labdien! Vai jūs, lūdzu, varētu pateikt līguma numuru?",
                    "sveiki, ludzu pasakiet klienta numuru."],
             low: ["Pasakiet līguma numuru.",
                   "Nomierinieties un atsūtiet numuru."]),
    ]

    static func facet(_ reply: String, _ c: Case) -> Double? {
        var context = GradingContext(customerMessage: c.customer, channel: .chat)
        context.phase = c.phase
        return ShippedContent.library.grader(for: c.language)?.grade(reply, context: context).facets?[c.facet]
    }

    @Test(arguments: cases)
    func replysACoachRanksHighScoreAboveLowOnes(_ c: Case) throws {
        let high = try c.high.map { reply in try #require(Self.facet(reply, c), "\(c.facet) has no score for «\(reply)»") }
        let low = try c.low.map { reply in try #require(Self.facet(reply, c), "\(c.facet) has no score for «\(reply)»") }
        for (reply, score) in zip(c.high, high) { #expect(score >= 80, "«\(reply)»: \(c.facet) \(score)") }
        for (reply, score) in zip(c.low, low) { #expect(score <= 20, "«\(reply)»: \(c.facet) \(score)") }
        #expect(high.min()! > low.max()!)
    }

    @Test(arguments: ["fa", "lv"])
    func everyLanguageHasTheEnglishFacets(_ language: String) throws {
        let rubric = try #require(ShippedContent.catalog.rubrics.first { $0.language == language && $0.dimension == .empathy })
        let english = try #require(ShippedContent.catalog.rubrics.first { $0.language == "en" && $0.dimension == .empathy })
        #expect(rubric.facets.map(\.name) == english.facets.map(\.name))
        #expect(rubric.facets.map(\.weight) == english.facets.map(\.weight))
        #expect(rubric.facets.map(\.fullMarks) == english.facets.map(\.fullMarks))
        for facet in rubric.facets.map(\.name) {
            #expect(rubric.criteria.contains { $0.facet == facet && !$0.isPenalty }, "\(language): no reward in facet \(facet)")
        }
        #expect(rubric.criteria.allSatisfy { $0.facet != nil }, "\(language): a criterion without a facet")
    }
}
