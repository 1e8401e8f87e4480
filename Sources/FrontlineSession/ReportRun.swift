import Foundation
import FrontlineLocale
import FrontlineReports
import FrontlineStore

/// `frontline report` without the command line: the supervisor's HTML page of the
/// sessions a query covers, with the review and calibration of the same sessions, each
/// transcript in its session's language and the page in the trainee's (or the team's).
/// The caller opens the store (none: the page says there is no data) and writes the page.
public struct ReportRun {
    public var query: ReportQuery
    /// The filters as the supervisor typed them, for the page's header.
    public var filters: ReportData.Filters
    public var now: Date
    public var timeZone: TimeZone

    public init(query: ReportQuery, filters: ReportData.Filters, now: Date, timeZone: TimeZone = .current) {
        self.query = query
        self.filters = filters
        self.now = now
        self.timeZone = timeZone
    }

    /// The page, what it covers, and a notice for standard error when `--trainee` matches
    /// nobody (the page is still made: it says there are no sessions).
    public struct Page {
        public var html: String
        public var data: ReportData
        public var notice: String?
        public var summary: String {
            let trainees = data.trainees.count, sessions = data.sessions.count, turns = data.turnCount
            return "\(trainees) trainee\(trainees == 1 ? "" : "s"), \(sessions) session\(sessions == 1 ? "" : "s"), \(turns) turn\(turns == 1 ? "" : "s")"
        }
    }

    /// Builds the page from `store` (nil when there is none yet). `messages` gives the words
    /// for a content language: each session's for its transcript, and for the page the one
    /// trainee's most common (nil for a team page, whose language is the caller's choice).
    public func run(_ store: (any ProgressStore)?, storePath: String,
                    messages: (_ contentLanguage: String?) -> Messages) throws(StoreError) -> Page {
        var data = ReportData(generatedAt: now, storePath: storePath, filters: filters, timeZone: timeZone, sessions: [])
        var notice: String?
        if let store {
            data.sessions = try store.reportSessions(query)
            if data.sessions.isEmpty, let name = query.trainee { notice = try unknown(name, in: store) }
            // The same sessions as review and calibration see them: stuck, disputes, corrections.
            let filter = ReviewFilter(trainee: query.trainee, since: query.since, until: query.until)
            data.review = try store.review(filter)
            data.calibration = try store.calibration(filter)
        }
        var report = HtmlReport(data)
        for language in Set(data.sessions.map(\.language)) { report.transcriptMessages[language] = messages(language) }
        let own = query.trainee == nil ? nil : Dictionary(grouping: data.sessions, by: \.language)
            .max { ($0.value.count, $1.key) < ($1.value.count, $0.key) }?.key
        report.messages = messages(own)
        return Page(html: report.render(), data: data, notice: notice)
    }

    /// A trainee filter that matches nobody is probably a typo: say so, with a suggestion.
    func unknown(_ name: String, in store: any ProgressStore) throws(StoreError) -> String? {
        let known = Set(try store.sessions(trainee: nil, scenario: nil, limit: 5000).map(\.trainee))
        guard !known.contains(name) else { return nil }
        return "frontline: no sessions for trainee '\(name)'\(name.didYouMean(known)); the report says so."
    }
}
