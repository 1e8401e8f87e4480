import FrontlineLocale
import FrontlineReview

/// The report's own words in the page's language (`HtmlReport.messages`). English reads
/// exactly as it always has: each helper gives the English title unchanged for `.en`.
extension Messages {
    /// A message as HTML: its text escaped, then `{placeholders}` filled with `html`, which
    /// the caller has escaped or built (links, `<code>`, `<strong>`).
    func html(_ key: MessageKey, _ html: [String: String] = [:]) -> String {
        Self.filling(Html.text(self(key)), html)
    }

    /// A message that counts, as HTML (`{n}` in the language's digits).
    func html(_ key: MessageKey, count n: Int, _ html: [String: String] = [:]) -> String {
        Self.filling(Html.text(plural(key, n)), html)
    }

    static func filling(_ text: String, _ html: [String: String]) -> String {
        html.reduce(text) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }
}

extension ReportMetric {
    /// The metric's name in `messages`' language.
    func title(in messages: Messages) -> String {
        guard messages.language != .en else { return title }
        switch self {
        case .empathy: return messages(.dimensionEmpathy)
        case .accuracy: return messages(.dimensionAccuracy)
        case .responseTime: return messages(.dimensionResponseTime)
        case .overall: return messages(.scoreOverall)
        }
    }
}

extension SessionOutcome {
    /// How the session ended, in `messages`' language.
    func title(in messages: Messages) -> String {
        messages.language == .en ? title : messages.outcome(rawValue)
    }
}

extension ReportTimeline.Granularity {
    /// "day", "week" or "month" inside a sentence ("Outcomes per week").
    func unit(in messages: Messages) -> String {
        switch self {
        case .day: messages(.reportUnitDay)
        case .week: messages(.reportUnitWeek)
        case .month: messages(.reportUnitMonth)
        }
    }

    /// The time axis' title.
    func axisTitle(in messages: Messages) -> String {
        switch self {
        case .day: messages(.reportAxisDay)
        case .week: messages(.reportAxisWeek)
        case .month: messages(.reportAxisMonth)
        }
    }
}
