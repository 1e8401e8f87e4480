import Foundation
import FrontlineLocale
import FrontlineReview

/// How conversations end, and every session as a dot: the charts a supervisor reads first.
extension HtmlReport {
    static func colour(_ outcome: SessionOutcome) -> String {
        switch outcome {
        case .resolved: "#009E73"
        case .escalated: "#56B4E9"
        case .hungUp: "#D55E00"
        case .securityFailure: "#CC79A7"
        case .unresolved: "#E69F00"
        case .abandoned: "#6b7280"
        }
    }

    func outcomes(_ sessions: [ReportData.Session]) -> OutcomeCounts {
        var counts = OutcomeCounts()
        for session in sessions { if let outcome = session.outcome { counts.add(outcome) } }
        return counts
    }

    func rateText(_ counts: OutcomeCounts, _ outcome: SessionOutcome) -> String {
        counts.rate(outcome).map { messages.digits(Svg.score(($0 * 1000).rounded() / 10)) + "%" } ?? "–"
    }

    /// Outcome rates of the team and of each trainee as stacked bars, then per week.
    func outcomeSection(_ timeline: ReportTimeline) -> String {
        let team = outcomes(data.sessions), m = messages
        var out = "<section id=\"outcomes\">\n<h2>\(m.html(.reportOutcomes))</h2>\n"
        out += "<p class=\"lead\">\(Html.text(m.language == .en ? ReviewFormat.outcomesLegend : m(.reportOutcomesLegend)))</p>\n"
        out += "<ul class=\"legend\" aria-label=\"\(m.html(.reportOutcomeColours))\">"
        for outcome in SessionOutcome.allCases {
            out += "<li><span class=\"dot\" style=\"background:\(Self.colour(outcome))\"></span>\(Html.text(outcome.title(in: m))) \(rateText(team, outcome)) (\(m.number(team[outcome])))</li>"
        }
        out += "</ul>\n"
        let rows = [(m(.reportTeam), team)] + data.trainees.map { name in (name, outcomes(data.sessions.filter { $0.trainee == name })) }
        let width = 760.0, label = 170.0, bar = 22.0, gap = 8.0
        let height = Double(rows.count) * (bar + gap) + gap
        let description = rows.map { name, counts in
            "\(name): " + SessionOutcome.allCases.filter { counts[$0] > 0 }.map { "\($0.title) \(counts[$0])" }.joined(separator: ", ")
        }.joined(separator: "; ")
        var svg = Svg.open(id: "outcome-chart", width: width, height: height, label: m.language == .en ? "Outcomes by trainee" : m(.reportOutcomes),
                           description: description, className: "chart outcome-chart")
        for (index, row) in rows.enumerated() {
            let y = gap + Double(index) * (bar + gap)
            svg += Svg.text(row.0, x: label - 8, y: y + bar * 0.7, anchor: .end, className: "row-label")
            var x = label
            let total = Double(max(1, row.1.total))
            for outcome in SessionOutcome.allCases where row.1[outcome] > 0 {
                let w = (width - label - 10) * Double(row.1[outcome]) / total
                svg += "<rect class=\"outcome \(outcome.rawValue)\" data-outcome=\"\(outcome.rawValue)\" x=\"\(Svg.number(x))\" y=\"\(Svg.number(y))\" width=\"\(Svg.number(w))\" height=\"\(Svg.number(bar))\" fill=\"\(Self.colour(outcome))\"><title>\(Html.text(row.0)): \(outcome.title) \(row.1[outcome]) of \(row.1.total)</title></rect>"
                x += w
            }
        }
        out += "<figure class=\"wide\">\(svg)</svg></figure>\n"
        // Per bucket of the timeline: the outcomes' counts.
        var buckets = [OutcomeCounts](repeating: OutcomeCounts(), count: timeline.count)
        for session in data.sessions where timeline.count > 0 {
            if let outcome = session.outcome { buckets[timeline.index(of: session.startedAt)].add(outcome) }
        }
        out += "<div class=\"table-wrap\"><table class=\"data\" id=\"outcome-trend\"><caption>\(m.html(.reportOutcomesPer, ["unit": Html.text(timeline.granularity.unit(in: m))]))</caption><thead><tr><th scope=\"col\">\(Html.text(timeline.granularity.axisTitle(in: m)))</th>"
        for outcome in SessionOutcome.allCases { out += "<th scope=\"col\" class=\"num\">\(Html.text(outcome.title(in: m)))</th>" }
        out += "<th scope=\"col\" class=\"num\">\(m.html(.reportResolved))</th></tr></thead><tbody>\n"
        for (index, counts) in buckets.enumerated() where counts.total > 0 {
            out += "<tr><th scope=\"row\">\(Html.text(timeline.longLabels[index]))</th>"
            for outcome in SessionOutcome.allCases { out += "<td class=\"num\">\(m.number(counts[outcome]))</td>" }
            out += "<td class=\"num\">\(rateText(counts, .resolved))</td></tr>\n"
        }
        return out + "</tbody></table></div>\n</section>\n"
    }

    /// Every scored session as a dot (time across, overall up, colour = outcome), each a
    /// link to its transcript: says something even with one day of data.
    func sessionDotsSection() -> String {
        let scored = data.sessions.filter { $0.scores[.overall] != nil }
        var out = "<section id=\"session-dots\">\n<h2>\(messages.html(.reportEverySession))</h2>\n"
        guard let first = scored.map(\.startedAt).min(), let last = scored.map(\.startedAt).max() else {
            return out + "<p class=\"lead\">\(messages.html(.reportNoGraded))</p>\n</section>\n"
        }
        out += "<p class=\"lead\">\(messages.html(.reportDotsLead))</p>\n"
        let width = 760.0, height = 260.0, left = 40.0, bottom = 24.0, top = 10.0, right = 12.0
        let span = max(1, last.timeIntervalSince(first))
        let description = messages(.reportDotsDescription, ["sessions": messages.plural(.reportSessionCount, scored.count),
                                                             "from": formatted(first, "d MMM yyyy HH:mm"), "to": formatted(last, "d MMM yyyy HH:mm")])
        var svg = Svg.open(id: "session-dot-chart", width: width, height: height, label: messages.language == .en ? "Overall score of every session" : messages(.reportEverySession),
                           description: description, className: "chart dot-chart")
        for mark in stride(from: 0.0, through: 100, by: 25) {
            let y = top + (height - top - bottom) * (1 - mark / 100)
            svg += "<line class=\"grid\" x1=\"\(Svg.number(left))\" x2=\"\(Svg.number(width - right))\" y1=\"\(Svg.number(y))\" y2=\"\(Svg.number(y))\"/>"
            svg += Svg.text(messages.digits(Svg.score(mark)), x: left - 6, y: y + 4, anchor: .end, className: "tick")
        }
        svg += Svg.text(formatted(first, "d MMM HH:mm"), x: left, y: height - 6, className: "tick")
        svg += Svg.text(formatted(last, "d MMM HH:mm"), x: width - right, y: height - 6, anchor: .end, className: "tick")
        // Sessions at the same moment are spread a little so each stays visible.
        for (index, session) in scored.enumerated() {
            let fraction = scored.count == 1 ? 0.5 : last == first ? Double(index) / Double(scored.count - 1)
                : session.startedAt.timeIntervalSince(first) / span
            let x = left + 6 + (width - left - right - 12) * fraction
            let y = top + (height - top - bottom) * (1 - (session.scores[.overall] ?? 0) / 100)
            let colour = session.outcome.map(Self.colour) ?? "#1f2937"
            let title = messages(.reportDotTip, [
                "id": messages.digits(String(session.id)), "trainee": session.trainee, "scenario": session.scenarioId,
                "score": messages.digits(Svg.score(session.scores[.overall] ?? 0)),
                "outcome": session.outcome.map { $0.title(in: messages) } ?? messages(.outcomeInProgress)])
            let dot = "<circle class=\"session-dot\" data-session=\"\(session.id)\" cx=\"\(Svg.number(x))\" cy=\"\(Svg.number(y))\" r=\"5\" fill=\"\(colour)\"><title>\(Html.text(title))</title></circle>"
            svg += sessionLink(session.id, dot)
        }
        return out + "<figure class=\"wide\">\(svg)</svg></figure>\n</section>\n"
    }
}
