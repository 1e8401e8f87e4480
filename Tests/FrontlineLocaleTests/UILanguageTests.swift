import Testing
@testable import FrontlineLocale

@Suite struct UILanguageTests {
    /// n → category, per language (CLDR): Latvian's zero covers 0, 10–20, 30…; one 1, 21, 31 but not 11.
    static let latvian: [(Int, PluralCategory)] = [
        (0, .zero), (1, .one), (2, .other), (9, .other), (10, .zero), (11, .zero), (12, .zero), (19, .zero), (20, .zero),
        (21, .one), (22, .other), (30, .zero), (101, .one), (111, .zero), (112, .zero), (121, .one), (1000, .zero),
    ]

    @Test(arguments: latvian)
    func latvianPluralCategories(_ n: Int, _ category: PluralCategory) {
        #expect(UILanguage.lv.pluralCategory(n) == category)
    }

    @Test func englishAndPersianPluralCategories() {
        let english = [0, 1, 2, 11, 21].map(UILanguage.en.pluralCategory)
        #expect(english == [.other, .one, .other, .other, .other])
        let persian = [0, 1, 2, 11, 21].map(UILanguage.fa.pluralCategory)
        #expect(persian == [.one, .one, .other, .other, .other])
    }

    @Test func digits() {
        #expect(UILanguage.fa.digits("70") == "۷۰")
        #expect(UILanguage.fa.digits("1234567890") == "۱۲۳۴۵۶۷۸۹۰")
        #expect(UILanguage.fa.digits("72.5") == "۷۲٫۵")
        #expect(UILanguage.fa.digits("-3") == "-۳")
        #expect(UILanguage.lv.digits("72.5") == "72,5")
        #expect(UILanguage.lv.digits("turn 3.") == "turn 3.", "a full stop after a number stays")
        #expect(UILanguage.en.digits("72.5") == "72.5")
    }

    @Test func tags() {
        #expect(UILanguage(tag: "lv_LV.UTF-8") == .lv)
        #expect(UILanguage(tag: "fa-IR") == .fa)
        #expect(UILanguage(tag: "EN") == .en)
        #expect(UILanguage(tag: "de_DE.UTF-8") == nil)
        #expect(UILanguage(tag: "C.UTF-8") == nil)
    }
}

@Suite struct UILanguageChoiceTests {
    @Test func theFlagWinsOverEverything() {
        #expect(UILanguageChoice.choose(flag: .en, environment: ["LANG": "lv_LV.UTF-8"], content: "fa") == .en)
        #expect(UILanguageChoice.choose(flag: .lv, environment: [:], content: "fa") == .lv)
    }

    @Test func aPersianOrLatvianLocaleWinsOverTheScenario() {
        #expect(UILanguageChoice.choose(flag: nil, environment: ["LANG": "lv_LV.UTF-8"], content: "en") == .lv)
        #expect(UILanguageChoice.choose(flag: nil, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "fa_IR.UTF-8"], content: "lv") == .fa)
    }

    @Test func anEnglishOrUnknownLocaleLeavesTheScenariosLanguage() {
        #expect(UILanguageChoice.choose(flag: nil, environment: ["LANG": "en_US.UTF-8"], content: "fa") == .fa)
        #expect(UILanguageChoice.choose(flag: nil, environment: ["LANG": "C.UTF-8"], content: "lv") == .lv)
        #expect(UILanguageChoice.choose(flag: nil, environment: ["LANG": "de_DE.UTF-8"], content: "lv") == .lv)
        #expect(UILanguageChoice.choose(flag: nil, environment: [:], content: "de") == .en)
        #expect(UILanguageChoice.choose(flag: nil, environment: [:], content: nil) == .en)
    }

    @Test func anUnknownFlagQuotesTheValueAndListsTheChoices() {
        #expect(throws: UILanguageChoice.UnknownLanguage.self) { try UILanguageChoice.parse("de") }
        do { _ = try UILanguageChoice.parse("klingon") } catch {
            #expect(error.description.contains("'klingon'"))
            #expect(error.description.contains("en, fa, lv"))
        }
        #expect((try? UILanguageChoice.parse("lv_LV")) == .lv)
    }
}
