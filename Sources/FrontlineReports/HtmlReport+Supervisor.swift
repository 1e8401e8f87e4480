import Foundation
import FrontlineLocale
import FrontlineReview

/// What a supervisor acts on: who is stuck, which gradings trainees dispute, and where
/// supervisors disagree with the grader (from the store's review of the same sessions).
extension HtmlReport {
    func traineeAnchor(_ trainee: String) -> String {
        "trainee-\((data.trainees.firstIndex(of: trainee) ?? 0) + 1)"
    }

    func actionSection() -> String {
        guard let review = data.review else { return "" }
        let m = messages
        var out = "<section id=\"act-on\">\n<h2>\(m.html(.reportActOn))</h2>\n"
        out += "<h3 id=\"stuck\">\(m.html(.reportStuck))</h3>\n"
        if review.stuck.isEmpty {
            out += "<p class=\"muted\">\(m.html(.reportStuckNobody, ["n": m.number(review.stuckAfter), "mark": m.digits(Svg.score(review.passMark))]))</p>\n"
        } else {
            out += "<ul class=\"stuck-list\">"
            for trainee in review.stuck {
                let stuck = trainee.stuck!
                let recent = stuck.recent.map { m.digits(Svg.score($0)) }.joined(separator: m.language == .fa ? "، " : ", ")
                let why = m(stuck.reason == .belowPassMark ? .reportStuckBelow : .reportStuckFlat,
                            ["n": m.number(stuck.recent.count), "mark": m.digits(Svg.score(review.passMark)), "recent": recent])
                out += "<li><a href=\"#\(traineeAnchor(trainee.trainee))\"><bdi dir=\"auto\">\(Html.text(trainee.trainee))</bdi></a>: \(Html.text(why))</li>"
            }
            out += "</ul>\n"
        }
        out += "<h3 id=\"disputes\">\(m.html(.reportOpenDisputes))</h3>\n"
        if review.openDisputes.isEmpty {
            out += "<p class=\"muted\">\(m.html(.reportNoDisputes))</p>\n"
        } else {
            out += "<div class=\"table-wrap\"><table class=\"data\" id=\"dispute-table\"><thead><tr><th scope=\"col\">\(m.html(.reportTrainee))</th><th scope=\"col\">\(m.html(.reportTurn))</th><th scope=\"col\">\(m.html(.reportReason))</th><th scope=\"col\">\(m.html(.reportSince))</th></tr></thead><tbody>\n"
            for dispute in review.openDisputes {
                out += "<tr><th scope=\"row\"><bdi dir=\"auto\">\(Html.text(dispute.trainee))</bdi></th><td>\(sessionLink(dispute.sessionId, m.html(.reportSessionTurn, ["id": m.number(Int(dispute.sessionId)), "turn": m.number(dispute.turn)])))</td><td><bdi dir=\"auto\">\(Html.text(dispute.reason))</bdi></td><td class=\"when\">\(Html.text(formatted(dispute.createdAt, "d MMM yyyy, HH:mm")))</td></tr>\n"
            }
            out += "</tbody></table></div>\n<p class=\"muted\">\(m.html(.reportSettle, ["command": "<code>frontline annotate SESSION TURN …</code>"]))</p>\n"
        }
        out += "<h3 id=\"calibration\">\(m.html(.reportCalibration))</h3>\n"
        if let calibration = data.calibration, !calibration.criteria.isEmpty {
            out += "<div class=\"table-wrap\"><table class=\"data\" id=\"calibration-table\"><thead><tr><th scope=\"col\">\(m.html(.reportCriterion))</th><th scope=\"col\" class=\"num\">\(m.html(.reportCorrections))</th><th scope=\"col\" class=\"num\">\(m.html(.reportOfAssessed))</th><th scope=\"col\" class=\"num\">\(m.html(.reportToMet))</th><th scope=\"col\" class=\"num\">\(m.html(.reportToMissed))</th></tr></thead><tbody>\n"
            for row in calibration.criteria {
                out += "<tr><th scope=\"row\"><bdi dir=\"auto\">\(Html.text(row.name ?? ""))</bdi><code class=\"criterion-id\">\(Html.text(row.criterionId ?? ""))</code></th><td class=\"num\">\(m.number(row.overrides))</td><td class=\"num\">\(row.ofAssessedTurns.map { m.digits(Svg.score(($0 * 1000).rounded() / 10)) + "%" } ?? "–")</td><td class=\"num\">\(m.number(row.toMet))</td><td class=\"num\">\(m.number(row.toMissed))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        } else {
            out += "<p class=\"muted\">\(m.html(.reportNoCorrections))</p>\n"
        }
        return out + "</section>\n"
    }

    /// Each trainee against the team, with their sessions linked to the transcripts.
    func traineeDetailsSection() -> String {
        let teamAverage = reportMean(data.sessions.compactMap { $0.scores[.overall] })
        let team = outcomes(data.sessions), m = messages
        let score: (Double?) -> String = { $0.map { m.digits(Svg.score($0)) } ?? "–" }
        var out = "<section id=\"trainee-details\">\n<h2>\(m.html(.reportEachTrainee))</h2>\n"
        for trainee in data.trainees {
            let own = data.sessions.filter { $0.trainee == trainee }
            let average = reportMean(own.compactMap { $0.scores[.overall] })
            let counts = outcomes(own)
            out += "<article class=\"trainee-detail\" id=\"\(traineeAnchor(trainee))\">\n<h3><bdi dir=\"auto\">\(Html.text(trainee))</bdi></h3>\n"
            out += "<p class=\"versus\">" + m.html(.reportVersus, ["average": "<strong>\(score(average))</strong>", "team": score(teamAverage),
                                                                  "resolved": rateText(counts, .resolved), "team_resolved": rateText(team, .resolved),
                                                                  "hung_up": rateText(counts, .hungUp), "team_hung_up": rateText(team, .hungUp)]) + "</p>\n"
            out += "<div class=\"table-wrap\"><table class=\"data session-table\"><thead><tr><th scope=\"col\">\(m.html(.reportSession))</th><th scope=\"col\">\(m.html(.reportStarted))</th><th scope=\"col\">\(m.html(.reportScenario))</th><th scope=\"col\">\(m.html(.reportOutcome))</th><th scope=\"col\" class=\"num\">\(m.html(.reportTurns))</th><th scope=\"col\" class=\"num\">\(m.html(.reportOverall))</th></tr></thead><tbody>\n"
            for session in own.sorted(by: { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }) {
                out += "<tr><th scope=\"row\">\(sessionLink(session.id, m.number(Int(session.id)), className: "session-link"))</th><td class=\"when\">\(Html.text(formatted(session.startedAt, "d MMM yyyy, HH:mm")))</td><td><code>\(Html.text(session.scenarioId))</code></td><td>\(Html.text(session.outcome?.title(in: m) ?? (m.language == .en ? "in progress" : m(.outcomeInProgress))))</td><td class=\"num\">\(m.number(session.turns.count))</td>\(scoreCell(session.scores[.overall]))</tr>\n"
            }
            out += "</tbody></table></div>\n</article>\n"
        }
        return out + "</section>\n"
    }

    /// Every session's conversation, turn by turn, inside the page.
    func transcriptsSection() -> String {
        var out = "<section id=\"transcripts\">\n<h2>\(messages.html(.reportTranscripts))</h2>\n"
        if transcribed.count < data.sessions.count {
            out += "<p class=\"lead\">\(messages.html(.reportTranscriptsLead, count: transcriptsPerTrainee, ["command": "<code>frontline transcript SESSION</code>"]))</p>\n"
        }
        for session in data.sessions where transcribed.contains(session.id) {
            // Each transcript in its session's language: its labels (`transcriptMessages`), and
            // `lang`/`dir` so a Persian conversation reads right to left inside an English page.
            let m = transcriptMessages[session.language] ?? .english
            let score: (Double?) -> String = { $0.map { m.digits(Svg.score($0)) } ?? "–" }
            let outcome = m.outcome(session.outcome?.rawValue ?? "in_progress")
            out += "<article class=\"transcript\" id=\"session-\(session.id)\" lang=\"\(Html.attribute(session.language))\" dir=\"\(Self.direction(session.language))\">\n"
            out += "<h3>\(Html.text(m(.transcriptSession, ["id": "\(session.id)"]))) · <bdi dir=\"auto\">\(Html.text(session.trainee))</bdi> · <bdi dir=\"auto\">\(Html.text(session.scenarioTitle))</bdi></h3>\n"
            out += "<p class=\"muted\"><bdi>\(Html.text(formatted(session.startedAt, "d MMM yyyy, HH:mm")))</bdi> · \(Html.text(outcome)) · \(Html.text(m(.transcriptOverall))) \(score(session.scores[.overall])) · <a href=\"#\(traineeAnchor(session.trainee))\">\(Html.text(m(.reportBackTo, ["trainee": session.trainee])))</a></p>\n"
            if session.turns.isEmpty { out += "<p class=\"muted\">\(Html.text(m(.reportNoReply)))</p>\n" }
            for turn in session.turns {
                let missed = turn.findings.filter { $0.outcome == .missed || $0.outcome == .triggered }.map(\.name)
                out += "<div class=\"turn\" data-turn=\"\(turn.number)\"><p class=\"customer\"><span class=\"who\">\(Html.text(m(.transcriptCustomer)))</span> <bdi dir=\"auto\">\(Html.text(turn.customer))</bdi></p>"
                out += "<p class=\"reply\"><span class=\"who\">\(Html.text(m(.transcriptTrainee)))</span> <bdi dir=\"auto\">\(Html.text(turn.reply))</bdi></p>"
                out += "<p class=\"muted\">\(Html.text(m(.transcriptTurn, ["n": m.number(turn.number)]))) · \(Html.text(m(.transcriptOverall))) \(score(turn.overall))"
                if !missed.isEmpty { out += " · \(Html.text(m(.reportMissed))) " + missed.map { "<bdi dir=\"auto\">\(Html.text($0))</bdi>" }.joined(separator: m.language == .fa ? "، " : ", ") }
                out += "</p></div>\n"
            }
            out += "</article>\n"
        }
        return out + "</section>\n"
    }
}
