import Foundation
import FrontlineEngine
import FrontlineGrader
import FrontlineLoader
import FrontlineLocale
import FrontlineModel
import Testing
@testable import FrontlineTerminal

/// A Persian and a Latvian session played through the REPL with every command, a hint, a
/// weak reply and the debrief: nothing of Frontline's own is left in English; the only
/// Latin words on screen are the scenario's (ids, tags), the language's own, commands and
/// the language code.
@Suite struct LocalisedSessionTests {
    static let root = ShippedFeedbackTests.root
    static let catalog = ShippedFeedbackTests.catalog

    /// What the trainee sees, playing `script` (walkthrough replies, then commands).
    static func play(_ scenarioId: String, _ language: UILanguage, mode: PracticeSession.Mode = .coach, script: String) throws -> String {
        let scenario = try #require(catalog.scenario(scenarioId))
        let grader = try #require(ShippedFeedbackTests.library.grader(for: scenario.language))
        let clock = ManualClock()
        var screen: [String] = []
        let editor = ScriptEditor(entries: try ScriptEditor.parse(script), clock: clock, output: { screen.append($0) })
        let session = PracticeSession(scenario: scenario, grader: grader, mode: mode, trainee: "tester", editor: editor,
                                      recorder: nil, clock: clock, style: TerminalStyle(enabled: false), width: 80, seed: 0,
                                      messages: Messages(language, pack: catalog.language(language.rawValue)),
                                      output: { screen.append($0) })
        try session.run()
        return screen.joined(separator: "\n")
    }

    /// Latin words (two letters or more) on screen that are neither in the scenario's or its
    /// language's files (values, not keys) nor a command or an argument a trainee types.
    static func foreignWords(_ screen: String, scenario: String, language: String) throws -> Set<String> {
        var allowed: Set<String> = ["kb", "help", "hint", "retry", "dispute", "repeat", "transcript", "score", "quit", "foo",
                                    "Tab", "frontline", "SESSION", "reason", "tester", "fa", "lv", "zzz"]
        // The scenario, its walkthroughs (the replies typed), its rubrics and its language pack
        // (whose `ui:` section is the interface's words in this language).
        let files = ["Scenarios/\(scenario).yaml", "Scenarios/\(scenario).walkthrough.yaml"]
            + ["accuracy", "empathy", "response_time", "language"].map { "Rubrics/\(language)/\($0).yaml" }
            + ["Sources/FrontlineModel/SilencePolicy+Nudges.swift"]   // the built-in nudges, per language
        for file in files {
            let text = try String(contentsOfFile: "\(root)/\(file)", encoding: .utf8)
            for line in text.split(separator: "\n") {
                // Values only: a leading `key:` (`- key:`) is YAML's, not the screen's.
                var value = Substring(line.drop { $0 == " " || $0 == "-" })
                if let colon = value.firstIndex(of: ":"), value[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "_" || $0 == ".") }) {
                    value = value[value.index(after: colon)...]
                }
                allowed.formUnion(latinWords(String(value)))
            }
        }
        // A word cut short to fit ("saprat…") is the end of a longer one.
        let whole = screen.split(whereSeparator: \.isWhitespace).filter { !$0.hasSuffix("…") }.joined(separator: " ")
        return latinWords(whole).subtracting(allowed)
    }

    /// Words of two letters or more with a Latin letter in them (Latvian's ā, ļ, š included).
    static func latinWords(_ text: String) -> Set<String> {
        Set(text.split { !$0.isLetter }.map(String.init).filter { $0.count >= 2 && $0.contains { $0.isASCII } })
    }

    static let persianScript = """
        /help
        /hint
        @40s سلام مریم، خیلی متأسفم. کد سفارش را بفرمایید؟
        /score
        /transcript
        /kb ارسال
        /kb zzz
        /foo
        /retry
        @200s نمی‌دانم
        /dispute نمره اشتباه است
        /quit
        y
        """

    @Test func aPersianSessionShowsNoEnglishOfItsOwn() throws {
        let screen = try Self.play("late-delivery-fa", .fa, script: Self.persianScript)
        for english in ["tip:", "patience", "Overall", "Empathy", "Debrief", "you>", "Hint:", "Customer:", "Scorecard", "Practise",
                        "replied after", "not needed", "Unknown command", "So far", "First attempt", "Why:"] {
            #expect(!screen.contains(english), "English '\(english)' in a Persian session:\n\(screen)")
        }
        #expect(screen.range(of: "صبر [۰-۹]+\\)", options: .regularExpression) != nil, "patience in Persian digits")
        #expect(screen.contains("جمع‌بندی:"))
        let foreign = try Self.foreignWords(screen, scenario: "late-delivery-fa", language: "fa")
        #expect(foreign.isEmpty, "Latin words not from the scenario: \(foreign.sorted())\n\(screen)")
    }

    @Test func aLatvianSessionShowsNoEnglishExceptTheScenarios() throws {
        let walkthrough = try #require(Self.catalog.walkthroughs.first { $0.scenario == "billing-error-lv" })
        var script = "/help\n/hint\n"
        for step in walkthrough.steps.prefix(1) { script += "@200s \(step.reply)\n/score\n/retry\n@5s \(step.reply)\n" }
        script += "/kb zzz\n/foo\n/transcript\n"
        for step in walkthrough.steps.dropFirst() { script += "@20s \(step.reply)\n" }
        let screen = try Self.play("billing-error-lv", .lv, script: script)
        for english in ["tip:", "patience", "Overall", "Empathy", "Debrief", "you>", "Hint:", "Customer:", "Scorecard", "replied after"] {
            #expect(!screen.contains(english), "English '\(english)' in a Latvian session:\n\(screen)")
        }
        #expect(screen.contains("Kopsavilkums: atrisināts"))
        #expect(screen.contains("pacietība"))
        let foreign = try Self.foreignWords(screen, scenario: "billing-error-lv", language: "lv")
        #expect(foreign.isEmpty, "Latin words not from the scenario: \(foreign.sorted())\n\(screen)")
    }

    @Test func examModeInLatvianCountsRepliesWithTheRightForm() throws {
        let screen = try Self.play("billing-error-lv", .lv, mode: .exam, script: "Labdien, Ilze!\n/score\n/hint\n/retry\n/quit\nj\n")
        #expect(screen.contains("Līdz šim 1 atbilde; eksāmena režīmā rezultāti būs beigās."))
        #expect(screen.contains("Eksāmena režīmā padomu nav."))
        #expect(screen.contains("Kopsavilkums: pamests"), "'j' answers the Latvian [j/N]")
    }
}
