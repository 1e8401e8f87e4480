/// The grader's verdict on one reply: scores per dimension, the overall score and the
/// findings that explain every point given or taken.
public struct Grade: Hashable, Sendable, Codable {
    /// 0–100 per dimension; a dimension is absent when it does not apply (no scenario →
    /// no accuracy; no timings → no response time).
    public var scores: [Dimension: Double]
    public var overall: Double
    public var findings: [Finding]
    /// A critical criterion failed: the turn fails whatever the other scores are.
    public var criticalFailure: Bool
    /// Set when the reply's language has no rubric, instead of a silent zero.
    public var message: String?
    /// The empathy dimension's facets that applied (warmth, listening, exploring,
    /// courtesy), 0–100; a facet that did not apply to the moment is absent. Nil for a
    /// grade from before facets, or a rubric without them.
    public var facets: [String: Double]?

    public init(scores: [Dimension: Double], overall: Double, findings: [Finding], criticalFailure: Bool, message: String? = nil) {
        self.scores = scores
        self.overall = overall
        self.findings = findings
        self.criticalFailure = criticalFailure
        self.message = message
    }

    public func score(_ dimension: Dimension) -> Double? { scores[dimension] }
    /// Expectation ids this reply stated a wrong value for (see `Finding.wrongValueSuffix`).
    public var wrongValues: Set<String> {
        Set(findings.compactMap { finding in
            guard finding.source == .expectation, finding.outcome == .triggered,
                  finding.criterionId.hasSuffix(Finding.wrongValueSuffix) else { return nil }
            return String(finding.criterionId.dropLast(Finding.wrongValueSuffix.count))
        })
    }

    /// Expectation ids met by this reply.
    public var metExpectations: Set<String> {
        Set(findings.filter { $0.source == .expectation && $0.outcome == .met }.map(\.criterionId))
    }
}

/// One criterion or expectation, met or missed, with the words that decided it.
public struct Finding: Hashable, Sendable, Codable {
    /// A wrong-value finding's criterion is its expectation's id with this after it
    /// ("refund-timing.wrong-value").
    public static let wrongValueSuffix = ".wrong-value"

    public enum Outcome: String, Hashable, Sendable, Codable {
        /// A reward earned.
        case met
        /// A reward not earned (the tip says how).
        case missed
        /// A penalty triggered (dismissive language, a forbidden claim, wrong order…).
        case triggered
        /// Timing or other measured result.
        case measured
    }

    public enum Source: String, Hashable, Sendable, Codable {
        case rubric, expectation
    }

    public var dimension: Dimension
    public var criterionId: String
    public var name: String
    public var outcome: Outcome
    public var source: Source
    /// Points earned (positive) or taken (negative, penalties).
    public var points: Double
    /// Points a reward could earn (0 for penalties).
    public var possible: Double
    public var isCritical: Bool
    public var evidence: Evidence?
    public var tip: String?
    /// A short explanation in words ("negated by 'don't'", "42 s against a 30 s target").
    public var note: String?

    /// Inlinable: the grader makes about twenty findings a reply, and an out-of-line
    /// initialiser copied (retained) every string argument into the new value.
    @inlinable
    public init(
        dimension: Dimension, criterionId: String, name: String, outcome: Outcome, source: Source,
        points: Double, possible: Double = 0, isCritical: Bool = false, evidence: Evidence? = nil, tip: String? = nil,
        note: String? = nil
    ) {
        self.dimension = dimension
        self.criterionId = criterionId
        self.name = name
        self.outcome = outcome
        self.source = source
        self.points = points
        self.possible = possible
        self.isCritical = isCritical
        self.evidence = evidence
        self.tip = tip
        self.note = note
    }
}

/// A quoted span of the reply. Offsets count Unicode code points (as Python's str
/// indexing does), `end` exclusive.
public struct Evidence: Hashable, Sendable, Codable {
    public var start: Int
    public var end: Int
    public var text: String

    @inlinable
    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// When things happened during one turn, in seconds since the customer's line was shown.
public struct Timings: Hashable, Sendable, Codable {
    /// Seconds from the customer's line being fully shown to the first keystroke.
    public var firstKeystroke: Double?
    /// Seconds from the customer's line being fully shown to the reply being sent.
    public var sent: Double
    /// Seconds from the customer's line being shown to the customer's first nudge, when
    /// the customer nudged before the reply: a reply after a nudge cannot score full marks
    /// on response time (docs/authoring.md, "Response time").
    public var nudged: Double?

    public init(firstKeystroke: Double? = nil, sent: Double, nudged: Double? = nil) {
        self.firstKeystroke = firstKeystroke
        self.sent = sent
        self.nudged = nudged
    }
}
