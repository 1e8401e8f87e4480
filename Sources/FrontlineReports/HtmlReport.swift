import Foundation
import FrontlineLocale

/// The supervisor's report as one self-contained HTML page: inline CSS, inline SVG charts
/// drawn here, no script, no font, image or link to fetch, so it reads the same opened
/// from disk, from an email or printed.
public struct HtmlReport: Sendable {
    public var data: ReportData
    /// Above this many trainees, the per-trainee charts become a table of sparklines.
    public var smallMultiplesLimit: Int
    /// Rows of the most-missed criteria table (the bar chart shows the first ten).
    public var missedCriteriaLimit: Int
    /// Transcripts in the page: each trainee's latest this many sessions (so a year of a
    /// large team stays a page, not a library); the others are listed without one.
    public var transcriptsPerTrainee: Int
    /// The sessions whose transcripts the page holds.
    let transcribed: Set<Int64>
    /// The labels of each transcript, by its session's language ("fa"); English otherwise.
    public var transcriptMessages: [String: Messages] = [:]
    /// The page's own words (headings, tables, charts, footer): English unless the report
    /// is in a trainee's language (`<html lang dir>` follow it).
    public var messages: Messages = .english

    /// `rtl` for a language written right to left (Persian, Arabic, Hebrew, Urdu), else `ltr`.
    static func direction(_ language: String) -> String {
        let base = language.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        return ["fa", "ar", "he", "ur", "ps", "yi"].contains(base) ? "rtl" : "ltr"
    }

    public init(_ data: ReportData, smallMultiplesLimit: Int = 12, missedCriteriaLimit: Int = 20,
                transcriptsPerTrainee: Int = 30) {
        self.data = data
        self.smallMultiplesLimit = smallMultiplesLimit
        self.missedCriteriaLimit = missedCriteriaLimit
        self.transcriptsPerTrainee = transcriptsPerTrainee
        var transcribed: Set<Int64> = []
        for (_, own) in Dictionary(grouping: data.sessions, by: \.trainee) {
            let latest = own.sorted { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }.prefix(max(0, transcriptsPerTrainee))
            transcribed.formUnion(latest.map(\.id))
        }
        self.transcribed = transcribed
    }

    /// A link to the session's transcript when the page holds it, else its id as text.
    func sessionLink(_ id: Int64, _ text: String, className: String? = nil) -> String {
        guard transcribed.contains(id) else { return text }
        return "<a\(className.map { " class=\"\($0)\"" } ?? "") href=\"#session-\(id)\">\(text)</a>"
    }

    public func render() -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="\(messages.language.rawValue)"\(messages.language.isRightToLeft ? " dir=\"rtl\"" : "")>
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="frontline report">
            <title>\(Html.text(messages(.reportTitle))) · \(Html.text(formatted(data.generatedAt, "d MMM yyyy")))</title>
            <style>
            \(HtmlReportStyle.css)\(messages.language.isRightToLeft ? "\nsvg { direction: ltr; } /* charts are drawn left to right; Persian labels carry their own direction */" : "")
            </style>
            </head>
            <body>

            """
        page += header()
        page += "<main>\n"
        if data.sessions.isEmpty {
            page += emptySection()
        } else {
            var timeline = data.timeline
            timeline.locale = Locale(identifier: Self.locales[messages.language] ?? "en_GB")
            timeline.weekOf = messages(.reportWeekOf)
            page += outcomeSection(timeline)
            page += sessionDotsSection()
            page += actionSection()
            page += teamTrendSection(timeline)
            page += traineeTrendSection(timeline)
            page += scenarioSection()
            page += missedCriteriaSection()
            page += traineeTableSection()
            page += traineeDetailsSection()
            page += transcriptsSection()
        }
        page += "</main>\n"
        let averages = messages.language == .en ? ReviewFormat.averagesLegend : messages(.reportAveragesLegend)
        page += "<footer><p>" + messages.html(.reportFooter, ["command": "<code>frontline report</code>", "averages": Html.text(averages), "zone": Html.text(zoneName)]) + "</p></footer>\n"
        return page + "</body>\n</html>\n"
    }

    func header() -> String {
        let filters = data.filters, m = messages
        var filterText: [String] = []
        if let trainee = filters.trainee { filterText.append(m.html(.reportFilterTrainee, ["name": "<bdi dir=\"auto\">\(Html.text(trainee))</bdi>"])) }
        if let since = filters.since { filterText.append(m.html(.reportFilterSince, ["date": Html.text(since)])) }
        if let until = filters.until { filterText.append(m.html(.reportFilterUntil, ["date": Html.text(until)])) }
        let scored = data.sessions.compactMap { $0.scores[.overall] }
        let stats: [(String, String, String)] = [
            ("trainees", m.html(.reportTrainees), m.number(data.trainees.count)),
            ("sessions", m.html(.reportSessions), m.number(data.sessions.count)),
            ("turns", m.html(.reportTurns), m.number(data.turnCount)),
            ("average", m.html(.reportAverageOverall), reportMean(scored).map { m.digits(Svg.score($0)) } ?? "–"),
        ]
        var out = "<header>\n<h1>\(m.html(.reportTitle))</h1>\n<dl class=\"meta\">"
        out += "<div><dt>\(m.html(.reportGenerated))</dt><dd><time datetime=\"\(iso(data.generatedAt))\">\(Html.text(formatted(data.generatedAt, "d MMM yyyy, HH:mm"))) \(Html.text(zoneName))</time></dd></div>"
        out += "<div><dt>\(m.html(.reportStore))</dt><dd><code dir=\"auto\">\(Html.text(data.storePath))</code></dd></div>"
        out += "<div><dt>\(m.html(.reportFilters))</dt><dd>\(filterText.isEmpty ? m.html(.reportNoFilters) : filterText.joined(separator: m.language == .fa ? "، " : ", "))</dd></div>"
        if let first = data.sessions.map(\.startedAt).min(), let last = data.sessions.map(\.startedAt).max() {
            out += "<div><dt>\(m.html(.reportSessionsFrom))</dt><dd>" + m.html(.reportDateRange, ["from": Html.text(formatted(first, "d MMM yyyy")), "to": Html.text(formatted(last, "d MMM yyyy"))]) + "</dd></div>"
        }
        out += "</dl>\n<ul class=\"stats\">"
        for (key, title, value) in stats {
            out += "<li class=\"stat\" data-stat=\"\(key)\"><span class=\"value\">\(value)</span><span class=\"label\">\(title)</span></li>"
        }
        return out + "</ul>\n</header>\n"
    }

    func emptySection() -> String {
        let reason = data.filters.isEmpty
            ? messages.html(.reportNoDataStore, ["command": "<code>frontline play</code>"]) : messages.html(.reportNoDataFilters)
        return "<section id=\"no-data\" class=\"empty\">\n<h2>\(messages.html(.reportNoData))</h2>\n<p>\(reason)</p>\n</section>\n"
    }

    // MARK: Formatting

    var zoneName: String {
        let seconds = data.timeZone.secondsFromGMT(for: data.generatedAt)
        let sign = seconds < 0 ? "−" : "+"
        let hours = abs(seconds) / 3600, minutes = abs(seconds) % 3600 / 60
        let offset = "UTC\(sign)\(hours < 10 ? "0" : "")\(hours):\(minutes < 10 ? "0" : "")\(minutes)"
        let utc: Set<String> = ["GMT", "UTC", "Etc/UTC", "Etc/GMT", "Etc/Universal", "Etc/Zulu", "Universal", "Zulu"]
        return utc.contains(data.timeZone.identifier) ? "UTC" : "\(data.timeZone.identifier) (\(offset))"
    }

    func formatted(_ date: Date, _ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: Self.locales[messages.language] ?? "en_GB")
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = data.timeZone
        formatter.dateFormat = messages.language == .fa ? format.replacingOccurrences(of: ",", with: "،") : format
        return formatter.string(from: date)
    }

    /// Month names and digits of the page's language; the Gregorian calendar throughout.
    static let locales: [UILanguage: String] = [.en: "en_GB", .fa: "fa_IR", .lv: "lv_LV"]

    func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = data.timeZone
        return formatter.string(from: date)
    }
}
