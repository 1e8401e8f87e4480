import Foundation
import FrontlineModel
import FrontlineReview

extension ReportData.Session {
    /// The session as the report sees it. A session that never finished (interrupted, or
    /// still being played) has no stored scores: its turns' means stand in, as the
    /// debrief would have computed them.
    public init(_ session: StoredSession, turns: [StoredTurn]) {
        var scores: [ReportMetric: Double] = [:]
        if let overall = session.overall {
            scores[.overall] = overall
            for (dimension, value) in session.scores { scores[ReportMetric(dimension)] = value }
        } else if !turns.isEmpty {
            let summary = SessionSummary.of(turns.map(\.record), status: session.status, ending: nil)
            scores[.overall] = summary.overall
            for (dimension, value) in summary.scores { scores[ReportMetric(dimension)] = value }
        }
        self.init(id: session.id, trainee: session.trainee, scenarioId: session.scenarioId,
                  scenarioTitle: session.scenarioTitle, language: session.language, status: session.status,
                  startedAt: session.startedAt, lastActivityAt: session.lastActivityAt, scores: scores,
                  turns: turns.map(ReportData.Turn.init))
        outcome = session.sessionOutcome
    }
}

extension ReportData.Turn {
    /// One finding per criterion: a criterion missed or triggered on any hit counts as such.
    public init(_ turn: StoredTurn) {
        var order: [String] = []
        var byKey: [String: ReportData.Finding] = [:]
        for finding in turn.findings where finding.outcome != .measured {
            let key = "\(finding.dimension.rawValue)/\(finding.source.rawValue)/\(finding.criterionId)"
            var value = ReportData.Finding(dimension: finding.dimension, criterionId: finding.criterionId,
                                           name: finding.name, outcome: finding.outcome, source: finding.source)
            value.weight = max(finding.possible, -finding.points, 0)
            value.isCritical = finding.isCritical
            if let existing = byKey[key] {
                if existing.outcome == .met && value.outcome != .met { byKey[key] = value }
            } else {
                order.append(key)
                byKey[key] = value
            }
        }
        self.init(findings: order.compactMap { byKey[$0] })
        number = turn.index + 1
        customer = turn.customerLine
        reply = turn.reply
        overall = turn.overall
        facets = turn.retried ? nil : turn.facets
    }
}

/// Which sessions to read from the store for a report.
public struct ReportQuery: Sendable {
    public var trainee: String?
    /// Sessions started at or after this instant.
    public var since: Date?
    /// Sessions started before this instant.
    public var until: Date?

    public init(trainee: String? = nil, since: Date? = nil, until: Date? = nil) {
        self.trainee = trainee
        self.since = since
        self.until = until
    }

    public func includes(_ session: StoredSession) -> Bool {
        if let since, session.startedAt < since { return false }
        if let until, session.startedAt >= until { return false }
        return true
    }
}

extension SessionPages {
    /// The sessions (oldest first) and their turns that a report covers, read from the
    /// store (any `ProgressStore`) a page of sessions at a time, each page with its turns and
    /// findings in one query each (`exportPage`), not two queries per session.
    public func reportSessions(_ query: ReportQuery) throws(PageError) -> [ReportData.Session] {
        let filter = ReviewFilter(trainee: query.trainee, since: query.since, until: query.until)
        var exported: [ExportedSession] = []
        var after: Int64?
        while true {
            let page = try exportPage(filter, after: after, limit: 500, content: [.turns, .findings])
            guard let last = page.last else { break }
            exported += page.filter { query.includes($0.session) }
            after = last.session.id
        }
        exported.sort { ($0.session.startedAt, $0.session.id) < ($1.session.startedAt, $1.session.id) }
        return exported.map { ReportData.Session($0.session, turns: $0.session.turnCount > 0 ? $0.turns : []) }
    }
}
