import Foundation
import Testing
import FrontlineModel
import FrontlineStore

/// `frontline report --html` rendered by a real headless browser (Debian's chromium,
/// installed by scripts/setup): the charts and tables are in the DOM it builds and the
/// screenshot is a real picture. Skipped only when no chromium binary exists.
/// Set FRONTLINE_REPORT_ARTIFACTS to a folder to keep the page and the screenshot.
@Suite(.serialized, .enabled(if: Chromium.path != nil, "no chromium binary (scripts/setup installs it)"))
struct HtmlReportBrowserTests {
    let folder: URL
    let store: String

    init() throws {
        folder = try Binary.temporaryFolder()
        store = folder.appendingPathComponent("progress.sqlite").path
    }

    /// Real runs piped through `frontline play` (today), with hostile, Persian and Latvian names.
    func playSomeSessions() throws {
        let runs: [(String, String, String)] = [
            ("refund-request", "Dana <script>alert(1)</script> & \"Co\"",
             "Sorry about that, Dana. What is your order number?\nThanks. You do not need to send it back; a photo is enough. Full refund within 5-7 business days.\n"),
            ("refund-request", "Jānis Bērziņš", "ok\nrefund today\n"),
            ("late-delivery-fa", "مریم رضایی",
             "سلام مریم جان، واقعاً متأسفم که سفارشتان هنوز نرسیده، آن هم برای تولد مادرتان. لطفاً کد سفارش را بفرمایید تا همین الان پیگیری کنم.\n"
             + "ممنون مریم جان. سفارش BZ-48213 به خاطر ازدحام در مرکز پردازش تهران مانده بود؛ با ارسال فوری ظرف ۲ روز کاری، یعنی تا پس‌فردا، به دستتان می‌رسد.\n"),
        ]
        for (scenario, trainee, input) in runs {
            let result = try Binary.run(["play", scenario, "--trainee", trainee, "--store", store, "--seed", "0"], input: input)
            #expect(result.status == 0, "\(scenario) for \(trainee): \(result.err)")
        }
    }

    /// Earlier weeks, recorded through the store's public API as a play would (backdated).
    func recordEarlierWeeks() throws {
        let progress = try SQLiteStore(path: store)
        let trainees = ["Aino Virtanen", "Tom & \"Jerry\"", "Ilze Kalniņa", "مریم رضایی"]
        let scenarios = [("refund-request", "A blender that arrived cracked", "en"), ("angry-caller", "An angry caller", "en"),
                         ("late-delivery-fa", "بسته‌ای که دیر رسید", "fa")]
        let criteria = [("acknowledge-feelings", "Acknowledge how the customer feels", FrontlineModel.Dimension.empathy, Finding.Source.rubric),
                        ("use-name", "Use the customer's name", .empathy, .rubric),
                        ("ask-order", "Ask for the order number or email", .accuracy, .expectation),
                        ("set-expectation", "Say when the refund arrives", .accuracy, .expectation)]
        let now = Date()
        var seed = 7
        func next() -> Int { seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; return seed }
        for (t, trainee) in trainees.enumerated() {
            for week in 0..<6 {
                for n in 0..<2 {
                    let (scenario, title, language) = scenarios[(t + week + n) % scenarios.count]
                    let started = now.addingTimeInterval(-Double((6 - week) * 7 * 86_400) + Double(t * 3_600 + n * 86_400 * 2))
                    let id = try progress.startSession(SessionStart(trainee: trainee, scenarioId: scenario, scenarioTitle: title,
                                                                    language: language, mode: "coach", contentFingerprint: "0",
                                                                    startedAt: started))
                    var records: [TurnRecord] = []
                    for index in 0..<2 {
                        let base = Double(40 + week * 7 + t * 4 + next() % 15)
                        let scores: [FrontlineModel.Dimension: Double] = [.empathy: min(100, base - 5), .accuracy: min(100, base + 8),
                                                           .responseTime: Double(70 + next() % 31)]
                        let findings = criteria.map { id, name, dimension, source in
                            Finding(dimension: dimension, criterionId: id, name: name,
                                    outcome: next() % 10 < 6 - week / 2 ? .missed : .met, source: source, points: 0, possible: 10)
                        }
                        let overall = min(100, (scores.values.reduce(0, +) / 3).rounded())
                        let grade = Grade(scores: scores, overall: overall, findings: findings, criticalFailure: false)
                        let record = TurnRecord(index: index, turnId: "t\(index)", customerLine: "…", reply: "…",
                                                timings: Timings(firstKeystroke: 2, sent: 20), grade: grade, hintsUsed: 0,
                                                overall: overall, patienceBefore: 50, patienceAfter: 55, nudges: 0, next: "end")
                        try progress.recordTurn(session: id, record, shownAt: started.addingTimeInterval(Double(index * 60)))
                        records.append(record)
                    }
                    try progress.finishSession(id, summary: SessionSummary.of(records, status: .completed, ending: nil),
                                               at: started.addingTimeInterval(300))
                }
            }
        }
    }

    @Test func theReportRendersInAHeadlessBrowser() throws {
        try playSomeSessions()
        try recordEarlierWeeks()
        let page = folder.appendingPathComponent("report.html")
        let report = try Binary.run(["report", "--html", page.path, "--store", store])
        #expect(report.status == 0, "\(report.err)")
        #expect(report.out.contains("6 trainees"), "\(report.out)")

        let dom = try Chromium.run(["--dump-dom", page.absoluteString], folder: folder)
        #expect(dom.contains("<h1>Frontline training report</h1>"), "the browser built the page")
        #expect(!dom.contains("<script"), "hostile names stay text")
        #expect(dom.contains("Dana &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\""))
        #expect(dom.contains("مریم رضایی") && dom.contains("Jānis Bērziņš"))

        #expect(Chromium.count("aria-label=\"Team scores over time, per week\"", in: dom) == 1)
        #expect(Chromium.count("<g class=\"series ", in: dom) == 4 * 7, "four lines in the team chart and in each of 6 trainee charts")
        #expect(Chromium.count("aria-label=\"Scores over time for ", in: dom) == 6)
        #expect(Chromium.count("aria-label=\"Distribution of overall scores per scenario\"", in: dom) == 1)
        #expect(Chromium.count("<g class=\"box\"", in: dom) == 3)
        #expect(Chromium.count("aria-label=\"Most-missed criteria\"", in: dom) == 1)
        #expect(Chromium.count("<g class=\"bar\"", in: dom) == 10)
        #expect(Chromium.count("<tr class=\"trainee-row\">", in: dom) == 6)
        #expect(!dom.contains("http://") && !dom.contains("https://"))

        // What a supervisor acts on: outcomes, a dot per session, links to sessions and transcripts.
        let sessions = 3 + 4 * 6 * 2
        #expect(Chromium.count("aria-label=\"Outcomes by trainee\"", in: dom) == 1)
        #expect(Chromium.count("<rect class=\"outcome ", in: dom) >= 7, "the team's bar and six trainees' at least")
        #expect(Chromium.count("<circle class=\"session-dot\" data-session=", in: dom) == sessions, "every session had a graded reply")
        #expect(Chromium.count("<article class=\"transcript\" id=\"session-", in: dom) == sessions)
        #expect(Chromium.count("<a class=\"trainee-link\" href=\"#trainee-", in: dom) == 6)
        #expect(Chromium.count("<article class=\"trainee-detail\" id=\"trainee-", in: dom) == 6)
        let targets = Set(dom.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) })
        #expect(targets.allSatisfy { $0.hasPrefix("#") }, "every link stays inside the page")
        for target in targets { #expect(dom.contains("id=\"\(target.dropFirst())\""), "\(target) leads somewhere") }
        #expect(dom.contains("<section id=\"act-on\">") && dom.contains("id=\"disputes\""))

        let screenshot = folder.appendingPathComponent("report.png")
        _ = try Chromium.run(["--screenshot=\(screenshot.path)", "--window-size=1200,2000", page.absoluteString], folder: folder)
        let png = try Data(contentsOf: screenshot)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "a PNG")
        #expect(png.count > 60_000, "a page with charts, not a blank one (\(png.count) bytes)")
        let size = png.count >= 24 ? (png[16..<20].reduce(0) { $0 << 8 | Int($1) }, png[20..<24].reduce(0) { $0 << 8 | Int($1) }) : (0, 0)
        #expect(size.0 == 1200 && size.1 == 2000, "\(size)")
        Chromium.keep([page, screenshot])
    }

    @Test func anEmptyStoreRendersANoDataPage() throws {
        let page = folder.appendingPathComponent("empty.html")
        let report = try Binary.run(["report", "--html", page.path, "--store", store])
        #expect(report.status == 0, "\(report.err)")
        #expect(!FileManager.default.fileExists(atPath: store), "a report does not create a store")
        let dom = try Chromium.run(["--dump-dom", page.absoluteString], folder: folder)
        #expect(dom.contains("No data yet"))
        #expect(!dom.contains("<svg"))
    }
}

/// The headless browser, found on PATH.
enum Chromium {
    static let path: String? = {
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }()

    /// Runs headless chromium with a throwaway profile; returns its standard output.
    /// Gives up after a minute rather than hang the suite.
    static func run(_ arguments: [String], folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--no-default-browser-check", "--hide-scrollbars", "--disable-extensions",
                             "--user-data-dir=\(folder.appendingPathComponent("chromium-profile").path)"] + arguments
        let output = folder.appendingPathComponent("chromium-\(UUID().uuidString.prefix(8)).out")
        #expect(FileManager.default.createFile(atPath: output.path, contents: nil))
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning && Date() < deadline { usleep(50_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "chromium did not finish within 60 s"])
        }
        return String(decoding: try Data(contentsOf: output), as: UTF8.self)
    }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Copies the files to $FRONTLINE_REPORT_ARTIFACTS, when set.
    static func keep(_ files: [URL]) {
        guard let target = ProcessInfo.processInfo.environment["FRONTLINE_REPORT_ARTIFACTS"], !target.isEmpty else { return }
        try? FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
        for file in files {
            let destination = URL(fileURLWithPath: target).appendingPathComponent(file.lastPathComponent)
            try? FileManager.default.removeItem(at: destination)
            try? FileManager.default.copyItem(at: file, to: destination)
        }
    }
}
