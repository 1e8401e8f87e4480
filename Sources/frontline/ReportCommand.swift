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
        let run = ReportRun(query: query, filters: ReportData.Filters(since: since, until: until, trainee: query.trainee), now: now)
        let uiFlag = try InterfaceLanguage.flag(uiLanguage), content = ContentLocation.resolve()
        let page: ReportRun.Page
        do {
            // A report must not create a store: with none yet, the page says there is no data.
            page = try run.run(ExistingStore.open(store), storePath: StoreLocation(store).display) {
                InterfaceLanguage.messages(InterfaceLanguage.choose(uiFlag, content: $0), contentRoot: content)
            }
        } catch let error as StoreError {
            // The store's problem, not the command line's: no usage line.
            throw UserError(error.description)
        }
        if let notice = page.notice { FileHandle.standardError.write(Data((notice + "\n").utf8)) }
        if html == "-" { return FileHandle.standardOutput.write(Data(page.html.utf8)) }
        let url = URL(fileURLWithPath: NSString(string: html).expandingTildeInPath)
        do {
            try Data(page.html.utf8).write(to: url, options: .atomic)
        } catch {
            throw UserError("cannot write \(url.path): \(error.localizedDescription)")
        }
        print("Wrote \(url.path): \(page.summary).")
    }
}
