/// One step of the conversation: what the customer says, what the reply should contain,
/// and where the conversation goes next.
public struct Turn: Hashable, Sendable, Identifiable {
    public var id: String
    /// What the customer says; one variant is chosen each time the turn is played.
    public var customer: [String]
    public var expectations: [Expectation]
    /// A model reply shown in the debrief.
    public var exemplary: String?
    /// Overrides the channel's response-time target for this turn (seconds).
    public var responseTime: Double?
    public var branches: [Branch]
    /// Lines the customer says instead of `customer` when what the trainee said so far
    /// fits them ("So it's stuck in a depot?" only after the depot was mentioned).
    public var adaptedLines: [AdaptedLine]
    /// The turn is not asked when its question was already answered: the conversation
    /// goes straight on to `skip.target`.
    public var skip: TurnSkip?
    /// The conversation's phase at this turn when the author states it; otherwise
    /// `Scenario.phase(of:)` works it out.
    public var phase: Phase?
    /// Where `exemplary` was written (a weak model reply is reported there).
    public var exemplaryLocation: SourceLocation?
    public var location: SourceLocation?

    public init(
        id: String, customer: [String], expectations: [Expectation] = [], exemplary: String? = nil,
        responseTime: Double? = nil, branches: [Branch], adaptedLines: [AdaptedLine] = [], skip: TurnSkip? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.customer = customer
        self.expectations = expectations
        self.exemplary = exemplary
        self.responseTime = responseTime
        self.branches = branches
        self.adaptedLines = adaptedLines
        self.skip = skip
        self.location = location
    }
}

/// A customer line that fits only some conversations: said when every `ifSaid`
/// expectation was met earlier and no `unlessSaid` one was.
public struct AdaptedLine: Hashable, Sendable {
    public var line: String
    public var ifSaid: [String]
    public var unlessSaid: [String]
    public var location: SourceLocation?

    public init(line: String, ifSaid: [String] = [], unlessSaid: [String] = [], location: SourceLocation? = nil) {
        self.line = line
        self.ifSaid = ifSaid
        self.unlessSaid = unlessSaid
        self.location = location
    }

    public func fits(_ met: Set<String>) -> Bool {
        ifSaid.allSatisfy(met.contains) && !unlessSaid.contains(where: met.contains)
    }
}

/// "Already answered": when every `ifSaid` expectation was met before the turn is
/// reached, the customer does not ask it and the conversation goes on at `target`.
public struct TurnSkip: Hashable, Sendable {
    public var ifSaid: [String]
    public var target: String
    public var location: SourceLocation?

    public init(ifSaid: [String], target: String, location: SourceLocation? = nil) {
        self.ifSaid = ifSaid
        self.target = target
        self.location = location
    }
}

/// Something a reply to this turn must state, do, or must not say.
public struct Expectation: Hashable, Sendable, Identifiable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A fact, policy or step the reply must state.
        case fact
        /// Something the trainee must do: ask for the order number, verify identity…
        case action
        /// A claim the reply must not make (promises policy does not allow…).
        case forbidden
    }

    public var id: String
    public var kind: Kind
    public var name: String
    public var phrases: [Phrase]
    public var tip: String
    public var points: Double
    public var isCritical: Bool
    /// Expectations that must be met (earlier in the conversation, or earlier in this
    /// reply) before this one may be said: identity before account details.
    public var requires: [String]
    /// The knowledge-base fact this expectation is about, if any.
    public var fact: String?
    /// For a forbidden claim: expectations of the same turn it takes back when made. A reply
    /// that says the refund takes 5-7 business days and then promises it today has not set
    /// the customer's expectation: the fact is not credited (the claim is still penalised).
    public var contradicts: [String] = []
    /// For a forbidden claim: forbidden claims of the same turn that make it too. "Pushing
    /// after she said no" is made by "a second offer after her no" as well as by its own
    /// words: the scenario's coaches count a second pitch as pushing.
    public var impliedBy: [String] = []
    /// Whether proposing it meets it ("Shall I send a replacement?" offers the reship):
    /// true for expectations to offer something; otherwise a fact or action said after one
    /// of the language's `offer_openers` is proposed, not done. Nil: not said (a repeat
    /// takes the original's; false when neither says).
    public var byOffer: Bool?
    /// Patterns that must each also be said for the expectation to be met ("which phone"
    /// and "which app version"); `phrases` names the first part.
    public var andSay: [Phrase]
    /// The value the reply must state ("5-7 business days", "£650"): a reply that states a
    /// value of the same kind that differs is a wrong value, not a credit.
    public var value: ExpectedValue?
    /// The expectation of an earlier turn this one repeats (`same_as`): its phrases, value
    /// and parts are that one's, so the two cannot drift apart.
    public var sameAs: String?
    public var location: SourceLocation?
    /// Where each key's value is written (`fact`…), for diagnostics raised after decoding.
    public var keyLocations: [String: SourceLocation] = [:]

    public init(
        id: String, kind: Kind, name: String, phrases: [Phrase], tip: String, points: Double,
        isCritical: Bool = false, requires: [String] = [], fact: String? = nil,
        andSay: [Phrase] = [], value: ExpectedValue? = nil, sameAs: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.kind = kind
        self.name = name
        self.phrases = phrases
        self.tip = tip
        self.points = points
        self.isCritical = isCritical
        self.requires = requires
        self.fact = fact
        self.andSay = andSay
        self.value = value
        self.sameAs = sameAs
        self.location = location
    }
}

/// A value an expectation must state, as the author wrote it, with how far a reply may be
/// from it and still be right.
public struct ExpectedValue: Hashable, Sendable {
    /// "5-7 business days", "£650", "24 hours", "35 metres".
    public var text: String
    /// The share by which a stated value may differ (0.1: ten per cent either way).
    public var tolerance: Double
    /// Whether stating the value meets the expectation on its own (`value_alone`, default
    /// true). False: the value is only checked — the `say` phrases must match, and a
    /// different value is still a wrong one ("About the £4.95 - it's being taken care of"
    /// names the refund's amount without refunding it).
    public var meetsAlone: Bool
    public var location: SourceLocation?

    public init(text: String, tolerance: Double = 0, meetsAlone: Bool = true, location: SourceLocation? = nil) {
        self.text = text
        self.tolerance = tolerance
        self.meetsAlone = meetsAlone
        self.location = location
    }
}

/// One way out of a turn: taken when its condition holds (the last one is the default).
public struct Branch: Hashable, Sendable {
    public var condition: BranchCondition?
    /// A turn or ending id.
    public var target: String
    public var location: SourceLocation?

    public init(condition: BranchCondition? = nil, target: String, location: SourceLocation? = nil) {
        self.condition = condition
        self.target = target
        self.location = location
    }
}

/// Every stated part must hold for the branch to be taken.
public struct BranchCondition: Hashable, Sendable {
    /// Every listed expectation was met in this reply (or earlier).
    public var said: [String] = []
    /// At least one listed expectation was missed.
    public var missed: [String] = []
    /// This reply stated a wrong value for at least one listed expectation ("2-3 days"
    /// where the policy is 5-7): the customer can react to the wrong fact itself.
    public var wrong: [String] = []
    /// A critical criterion failed (true) or none did (false).
    public var critical: Bool?
    public var scoreAtLeast: Double?
    public var scoreBelow: Double?
    public var patienceAtLeast: Int?
    public var patienceBelow: Int?
    public var location: SourceLocation?

    public init(
        said: [String] = [], missed: [String] = [], wrong: [String] = [], critical: Bool? = nil,
        scoreAtLeast: Double? = nil, scoreBelow: Double? = nil,
        patienceAtLeast: Int? = nil, patienceBelow: Int? = nil, location: SourceLocation? = nil
    ) {
        self.said = said
        self.missed = missed
        self.wrong = wrong
        self.critical = critical
        self.scoreAtLeast = scoreAtLeast
        self.scoreBelow = scoreBelow
        self.patienceAtLeast = patienceAtLeast
        self.patienceBelow = patienceBelow
        self.location = location
    }
}

/// How a conversation can end, with what the trainee is told afterwards.
public struct Ending: Hashable, Sendable, Identifiable {
    public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
        case resolved, escalated
        case hungUp = "hung_up"
        case securityFailure = "security_failure"
        case unresolved
    }

    public var id: String
    public var outcome: Outcome
    /// The customer's last words.
    public var customer: String?
    public var debrief: String
    public var location: SourceLocation?

    public init(id: String, outcome: Outcome, customer: String?, debrief: String, location: SourceLocation? = nil) {
        self.id = id
        self.outcome = outcome
        self.customer = customer
        self.debrief = debrief
        self.location = location
    }
}
