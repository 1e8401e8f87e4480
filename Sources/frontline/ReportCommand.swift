import ArgumentParser
import Foundation
import FrontlineModel
import FrontlineReports
import FrontlineSession
import FrontlineStore

/// `frontline report --html FILE`: the supervisor's page, one self-contained HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a team report (outcomes, every session, who to act on, trends, trainees, transcripts) as one HTML file.",
        discussion: """
            The page is self-contained: charts are inline SVG, styles inline, no scripts and nothing \
            fetched from the network, so it opens offline and can be emailed as it is.

            Dates (--since, --until) are \(DateFilter.accepted). A day covers the whole day \
            in your time zone; both bounds are inclusive.

            Example:  frontline report --html team.html --since 30d
            """
    )

    @Option(name: .long, help: ArgumentHelp("The HTML file to write (- for standard output).", valueName: "file"))
    var html: String

    @Option(name: .long, help: ArgumentHelp("Only sessions started on or after this date.", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only sessions started on or before this date.", valueName: "date"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Only this trainee's sessions (default: every trainee).", valueName: "name"))
    var trainee: String?

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp("The page's labels in en, fa or lv (default: $LANG if it is Persian or Latvian, else with --trainee their sessions' language, else English; each transcript in its session's).", valueName: "en|fa|lv"))
    var uiLanguage: String?

    func validate() throws {
        _ = try InterfaceLanguage.flag(uiLanguage)
        if html.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--html needs a file name.") }
        do { _ = try DateFilter().range(since: since, until: until) } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        let now = Date()
        let (from, to) = try DateFilter(timeZone: .current, now: now).range(since: since, until: until)
        let query = ReportQuery(trainee: trainee.flatMap { $0.isEmpty ? nil : $0 }, since: from, until: to)
        let location = StoreLocation(store)
        let path = location.display
        var sessions: [ReportData.Session] = []
        var review: ReviewSummary?
        var calibration: CalibrationReport?
        // A report must not create a store: with none yet, the page says there is no data.
        if location.exists {
            let progress = try StoreAccess.open(store, .read)
            do {
                sessions = try progress.reportSessions(query)
                if sessions.isEmpty, let name = query.trainee { try warnIfUnknown(name, in: progress) }
                // The same sessions as the review and calibration see them: stuck, disputes, corrections.
                let filter = ReviewFilter(trainee: query.trainee, since: from, until: to)
                review = try progress.review(filter)
                calibration = try progress.calibration(filter)
            } catch {
                throw ValidationError(error.description)
            }
        }
        var data = ReportData(generatedAt: now, storePath: path,
                              filters: ReportData.Filters(since: since, until: until, trainee: query.trainee),
                              timeZone: .current, sessions: sessions)
        data.review = review
        data.calibration = calibration
        var report = HtmlReport(data)
        let uiFlag = try InterfaceLanguage.flag(uiLanguage), content = ContentLocation.resolve()
        for language in Set(sessions.map(\.language)) {
            report.transcriptMessages[language] = InterfaceLanguage.messages(InterfaceLanguage.choose(uiFlag, content: language), contentRoot: content)
        }
        // One trainee's page in their language (their sessions' most common); a team's in --ui-language/LANG's.
        let own = query.trainee == nil ? nil : Dictionary(grouping: sessions, by: \.language).max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
        report.messages = InterfaceLanguage.messages(InterfaceLanguage.choose(uiFlag, content: own), contentRoot: content)
        let page = report.render()
        if html == "-" {
            FileHandle.standardOutput.write(Data(page.utf8))
            return
        }
        let url = URL(fileURLWithPath: NSString(string: html).expandingTildeInPath)
        do {
            try Data(page.utf8).write(to: url, options: .atomic)
        } catch {
            throw ValidationError("cannot write \(url.path): \(error.localizedDescription)")
        }
        let trainees = data.trainees.count
        print("Wrote \(url.path): \(trainees) trainee\(trainees == 1 ? "" : "s"), \(sessions.count) session\(sessions.count == 1 ? "" : "s"), \(data.turnCount) turn\(data.turnCount == 1 ? "" : "s").")
    }

    /// A trainee filter that matches nobody is probably a typo: say so (the page is still written).
    func warnIfUnknown(_ name: String, in progress: any ProgressStore) throws(StoreError) {
        let known = Set(try progress.sessions(trainee: nil, scenario: nil, limit: 5000).map(\.trainee))
        guard !known.contains(name) else { return }
        FileHandle.standardError.write(Data("frontline: no sessions for trainee '\(name)'\(name.didYouMean(known)); the report says so.\n".utf8))
    }
}
