import Foundation
import FrontlineLoader
import FrontlineModel
import Testing
@testable import FrontlineLocale

/// The catalogue: English built in, Persian and Latvian from the shipped language packs,
/// every key in all three.
@Suite struct MessagesTests {
    static let rubrics = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rubrics").path

    static func pack(_ language: String) -> (LanguagePack?, [Diagnostic]) {
        let loaded = CatalogLoader.load(paths: ["\(rubrics)/\(language)/language.yaml"])
        return (loaded.catalog.language(language), loaded.diagnostics)
    }

    @Test(arguments: [UILanguage.fa, .lv])
    func everyKeyIsTranslatedWithItsPlaceholdersAndPluralForms(_ language: UILanguage) throws {
        let (loaded, diagnostics) = Self.pack(language.rawValue)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let pack = try #require(loaded)
        for key in MessageKey.allCases {
            let text = try #require(pack.ui[key.rawValue], "\(language) lacks \(key.rawValue)")
            switch (key.english, text) {
            case (.text, .text(let t)):
                #expect(Messages.placeholders(t) == key.placeholders, "\(key.rawValue)")
            case (.forms, .forms(let forms)):
                #expect(Set(forms.keys) == Set(language.pluralCategories.map(\.rawValue)), "\(key.rawValue)")
            default:
                Issue.record("\(key.rawValue): a plural message must have forms, a text a text")
            }
        }
    }

    /// `play`'s notices about a team store that goes away mid-session: English as it always
    /// was (the team-store test waits for it), Persian and Latvian from the packs.
    @Test func theTeamStoreNoticesSpeakTheSessionsLanguage() throws {
        #expect(Messages.english(.storeUnreachable, ["reason": "timeout"])
                == "The team store cannot be reached (timeout); your turns are kept on this computer and sent when it is back.")
        #expect(Messages.english(.storeBack, ["n": "3"]) == "The team store is back: everything kept on this computer is delivered (3 in all).")
        let persian = Messages(.fa, pack: Self.pack("fa").0)
        #expect(persian(.storeBack, ["n": persian.number(3)]).hasPrefix("انباره تیم برگشت") && persian(.storeBack, ["n": persian.number(3)]).contains("۳"))
        #expect(Messages(.lv, pack: Self.pack("lv").0)(.storeUnreachable, ["reason": "timeout"]).hasPrefix("Komandas krātuve nav sasniedzama (timeout)"))
    }

    @Test func everyKeyHasEnglishWithAtMostItsPlaceholders() {
        for key in MessageKey.allCases {
            if case .forms(let forms) = key.english { #expect(Set(forms.keys) == ["one", "other"], "\(key.rawValue)") }
            #expect(!key.englishText.isEmpty)
        }
    }

    @Test func fillsPlaceholdersAndPicksPluralForms() throws {
        let lv = Messages(.lv, pack: Self.pack("lv").0)
        #expect(lv.plural(.transcriptTurns, 1) == "1 gājiens")
        #expect(lv.plural(.transcriptTurns, 3) == "3 gājieni")
        #expect(lv.plural(.transcriptTurns, 11) == "11 gājienu")
        #expect(lv.plural(.transcriptTurns, 21) == "21 gājiens")
        let fa = Messages(.fa, pack: Self.pack("fa").0)
        #expect(fa.plural(.transcriptTurns, 3) == "۳ نوبت")
        #expect(fa(.patienceLevel, ["n": fa.number(70)]) == "صبر ۷۰")
        #expect(fa.score(72.4) == "۷۲")
        let en = Messages.english
        #expect(en.plural(.transcriptTurns, 1) == "1 turn")
        #expect(en.plural(.transcriptTurns, 2) == "2 turns")
        #expect(en(.patienceCalmer, ["name": "Dana"]) == "Dana sounds calmer")
        #expect(en(.briefingBest, ["other": "x"]) == "Your best on this scenario so far: {score}.", "an unknown value leaves the braces")
    }

    @Test func outcomesByTheirStoredName() {
        #expect(Messages.english.outcome("hung_up") == "hung up")
        #expect(Messages.english.outcome("something_new") == "something new")
        #expect(Messages(.lv, pack: Self.pack("lv").0).outcome("resolved") == "atrisināts")
    }
}
