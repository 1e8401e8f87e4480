import Foundation
import Testing

/// Frontline's own words in the trainee's language, end to end: which language wins
/// (`--ui-language`, then a Persian or Latvian `LANG`, then the scenario's), and an unknown
/// value's error.
@Suite struct InterfaceLanguageTests {
    func play(_ scenario: String, _ arguments: [String] = [], environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let folder = try Binary.temporaryFolder()
        var env = ["FRONTLINE_STORE": folder.appendingPathComponent("progress.sqlite").path, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        for (key, value) in environment { env[key] = value }
        return try Binary.run(["play", scenario, "--trainee", "t", "--seed", "0"] + arguments, input: "/help\n", environment: env)
    }

    @Test func aLatvianScenarioIsPlayedInLatvian() throws {
        let result = try play("billing-error-lv")
        #expect(result.out.contains("Klients: Ilze"))
        #expect(result.out.contains("Viss pārējais ir jūsu atbilde klientam."))
        #expect(result.out.contains("Kopsavilkums: pamests"))
    }

    @Test func theFlagWinsThenAPersianOrLatvianLang() throws {
        #expect(try play("billing-error-lv", ["--ui-language", "en"], environment: ["LANG": "lv_LV.UTF-8"]).out.contains("Customer: Ilze"))
        #expect(try play("refund-request", environment: ["LANG": "lv_LV.UTF-8"]).out.contains("Klients: "))
        #expect(try play("billing-error-lv", environment: ["LANG": "en_GB.UTF-8"]).out.contains("Klients: Ilze"), "an English LANG is most systems' default")
        #expect(try play("late-delivery-fa", ["--ui-language", "lv"]).out.contains("Klients: "))
    }

    @Test func theTranscriptAndTheReportLabelASessionInItsLanguage() throws {
        let folder = try Binary.temporaryFolder()
        let env = ["FRONTLINE_STORE": folder.appendingPathComponent("progress.sqlite").path, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        let played = try Binary.run(["play", "billing-error-lv", "--trainee", "ilze", "--seed", "0"],
                                    input: "Labdien, Ilze! Ludzu, pasakiet savu liguma numuru.\n", environment: env)
        #expect(played.status == 0, "\(played.err)")
        let latvian = try Binary.run(["transcript", "last"], environment: env)
        #expect(latvian.out.contains("Gājiens 1 · opening") && latvian.out.contains("pacietība"), "\(latvian.out)")
        let persian = try Binary.run(["transcript", "last", "--ui-language", "fa"], environment: env)
        #expect(persian.out.contains("نوبت ۱ · opening"), "\(persian.out)")
        let html = folder.appendingPathComponent("report.html").path
        #expect(try Binary.run(["report", "--html", html], environment: env).status == 0)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(page.contains("lang=\"lv\" dir=\"ltr\">") && page.contains("<span class=\"who\">Klients</span>"))
    }

    @Test func oneTraineesReportIsInTheirLanguageATeamsInTheFlagsOrEnglish() throws {
        let folder = try Binary.temporaryFolder()
        let env = ["FRONTLINE_STORE": folder.appendingPathComponent("progress.sqlite").path, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]
        #expect(try Binary.run(["play", "late-delivery-fa", "--trainee", "maryam", "--seed", "0"], input: "سلام مریم جان\n", environment: env).status == 0)
        #expect(try Binary.run(["play", "refund-request", "--trainee", "dana", "--seed", "0"], input: "Hello Dana\n", environment: env).status == 0)
        func report(_ arguments: [String]) throws -> String {
            let html = folder.appendingPathComponent("r.html").path
            let result = try Binary.run(["report", "--html", html] + arguments, environment: env)
            #expect(result.status == 0, "\(result.err)")
            return try String(contentsOfFile: html, encoding: .utf8)
        }
        let persian = try report(["--trainee", "maryam"])
        #expect(persian.contains("<html lang=\"fa\" dir=\"rtl\">") && persian.contains("<h2>گفتگوها چگونه پایان می‌یابند</h2>"))
        #expect(try report(["--trainee", "dana"]).contains("<html lang=\"en\">\n"))
        let team = try report([])
        #expect(team.contains("<html lang=\"en\">\n") && team.contains("<h2>How conversations end</h2>"), "a team's page stays English")
        #expect(try report(["--ui-language", "lv"]).contains("<h2>Kā beidzas sarunas</h2>"))
        #expect(try report(["--trainee", "maryam", "--ui-language", "en"]).contains("<html lang=\"en\">\n"), "the flag wins")
    }

    @Test func anUnknownValueIsAnErrorListingTheChoices() throws {
        let result = try play("billing-error-lv", ["--ui-language", "de"])
        #expect(result.status != 0)
        #expect(result.err.contains("'de'") && result.err.contains("en, fa, lv"), "\(result.err)")
    }
}

/// A Latvian session in a real terminal: the labels a trainee reads are Latvian.
@Suite(.enabled(if: TmuxDriver.available, "tmux is not installed (scripts/setup installs it)"))
struct LatvianConversationTests {
    @Test func aLatvianSessionUnderTmuxShowsLatvianLabels() throws {
        let folder = try Binary.temporaryFolder()
        let tmux = TmuxDriver()
        defer { tmux.stop() }
        try tmux.start("\(Binary.path) play billing-error-lv --trainee ilze --seed 0", in: Binary.repository,
                       environment: ["FRONTLINE_STORE": folder.appendingPathComponent("progress.sqlite").path,
                                     "XDG_STATE_HOME": folder.path, "LANG": "C.UTF-8"])
        try tmux.waitFor("Klients: Ilze")
        try tmux.waitFor("jūs> ")
        try tmux.type("Labdien, Ilze! Man loti zel. Ludzu, pasakiet savu liguma numuru.")
        try tmux.send("Enter")
        let screen = try tmux.waitFor("pacietība")
        #expect(screen.contains("Empātija") && screen.contains("Kopā"))
        try tmux.send("C-d")
        let end = try tmux.waitFor("Kopsavilkums: pamests")
        #expect(end.contains("Vērtējums:"))
        try tmux.waitFor("FRONTLINE-EXITED 0")
    }
}
