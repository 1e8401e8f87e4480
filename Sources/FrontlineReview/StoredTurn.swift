import Foundation
import FrontlineModel

/// One answered turn as stored, with its findings in the grader's order.
public struct StoredTurn: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var sessionId: Int64
    public var index: Int
    /// The scenario's turn id.
    public var turnId: String
    public var customerLine: String
    public var reply: String
    /// When the customer's line was fully shown.
    public var shownAt: Date
    /// Seconds from `shownAt` to the first keystroke.
    public var firstKeystrokeSeconds: Double?
    /// Seconds from `shownAt` to the reply being sent.
    public var sentSeconds: Double
    /// 0–100 per dimension; absent when the dimension did not apply.
    public var scores: [FrontlineModel.Dimension: Double]
    /// The grader's overall, before the hint cost.
    public var gradeOverall: Double
    /// The overall after the hint cost.
    public var overall: Double
    public var criticalFailure: Bool
    public var gradeMessage: String?
    public var hintsUsed: Int
    public var patienceBefore: Int
    public var patienceAfter: Int
    public var nudges: Int
    public var next: String
    public var findings: [StoredFinding]
    /// A first attempt the trainee answered again with `/retry` (the next turn is the new one).
    public var retried: Bool
    /// The empathy facets' scores when graded (nil before facets; see `FacetScores`).
    public var facets: [String: Double]?

    public init(id: Int64, sessionId: Int64, index: Int, turnId: String, customerLine: String, reply: String,
                shownAt: Date, firstKeystrokeSeconds: Double?, sentSeconds: Double, scores: [FrontlineModel.Dimension: Double],
                gradeOverall: Double, overall: Double, criticalFailure: Bool, gradeMessage: String?, hintsUsed: Int,
                patienceBefore: Int, patienceAfter: Int, nudges: Int, next: String, findings: [StoredFinding], retried: Bool = false,
                facets: [String: Double]? = nil) {
        self.id = id
        self.sessionId = sessionId
        self.index = index
        self.turnId = turnId
        self.customerLine = customerLine
        self.reply = reply
        self.shownAt = shownAt
        self.firstKeystrokeSeconds = firstKeystrokeSeconds
        self.sentSeconds = sentSeconds
        self.scores = scores
        self.gradeOverall = gradeOverall
        self.overall = overall
        self.criticalFailure = criticalFailure
        self.gradeMessage = gradeMessage
        self.hintsUsed = hintsUsed
        self.patienceBefore = patienceBefore
        self.patienceAfter = patienceAfter
        self.nudges = nudges
        self.next = next
        self.findings = findings
        self.retried = retried
        self.facets = facets
    }

    public var timings: Timings { Timings(firstKeystroke: firstKeystrokeSeconds, sent: sentSeconds) }

    public var grade: Grade {
        Grade(scores: scores, overall: gradeOverall, findings: findings.map(\.finding), criticalFailure: criticalFailure,
              message: gradeMessage)
    }

    /// The turn as the engine recorded it.
    public var record: TurnRecord {
        TurnRecord(index: index, turnId: turnId, customerLine: customerLine, reply: reply, timings: timings,
                   grade: grade, hintsUsed: hintsUsed, overall: overall, patienceBefore: patienceBefore,
                   patienceAfter: patienceAfter, nudges: nudges, next: next)
    }
}
