/// One rubric criterion. Like a SwiftLint rule it describes itself (id, name, rationale,
/// tip) and carries the examples that are its tests.
public struct Criterion: Hashable, Sendable, Identifiable {
    /// What decides whether the criterion is met.
    public enum Detector: String, Hashable, Sendable, CaseIterable {
        /// One of `phrases` occurs in the reply (negation-aware).
        case phrases
        /// The reply uses the customer's name.
        case customerName = "customer_name"
        /// The reply reflects specifics (content words) of the customer's own message.
        case reflectsCustomer = "reflects_customer"
        /// A statement of the speaker's own experience (one of `say`, not cancelled by
        /// `unless`) that repeats something of the customer's message: "my card was blocked
        /// abroad once too". Not a question.
        case relatesCustomer = "relates_customer"
        /// The reply shouts: mostly capitals, or runs of exclamation marks.
        case shouting
        /// The reply asks the customer something: a sentence of two words or more that ends
        /// with a question mark (`?`, or Arabic-script `؟`).
        case asksQuestion = "asks_question"
        /// The reply arrived within the channel's target (response-time rubrics only).
        case responseTime = "response_time"

        /// Whether the criterion lists `say` phrases (and may list `unless`).
        public var readsPhrases: Bool { self == .phrases || self == .relatesCustomer }
    }

    public var id: String
    public var name: String
    public var rationale: String?
    public var tip: String
    public var detector: Detector
    /// Points earned when met; for a penalty, points lost when triggered (stored positive).
    public var points: Double
    public var isPenalty: Bool
    /// A critical criterion fails the turn: missed (reward) or triggered (penalty).
    public var isCritical: Bool
    public var phrases: [Phrase]
    /// Phrases that, when they overlap a match, cancel it ("sorry you feel that way").
    public var unless: [Phrase]
    /// Phrases that cancel a match when the next sentence begins with one: the
    /// acknowledgement taken back one sentence on ("That's a fair point. But the fee stands.").
    public var unlessNext: [Phrase] = []
    /// When false, a negator before the match ("I don't understand…") does not cancel it.
    public var negatable: Bool
    /// Response-time ramp: full points up to `fullUntil` × target, none from `zeroAt` × target.
    public var fullUntil: Double
    public var zeroAt: Double
    public var examples: [CriterionExample]
    /// The moments the criterion applies to; elsewhere it is left out of the score and
    /// out of the feedback.
    public var applies: Applicability = .always
    /// The facet of its dimension the criterion belongs to (`Rubric.facets`), if any.
    public var facet: String?
    /// A way to earn credit that is never asked for (`optional: true`): met, it scores as
    /// any reward; missed, it costs nothing and is never the tip ("say you've been there
    /// too" is not a demand of its own).
    public var isOptional = false
    public var location: SourceLocation?

    public init(
        id: String, name: String, rationale: String? = nil, tip: String,
        detector: Detector = .phrases, points: Double, isPenalty: Bool = false,
        isCritical: Bool = false, phrases: [Phrase] = [], unless: [Phrase] = [],
        negatable: Bool = true, fullUntil: Double = 1, zeroAt: Double = 3,
        examples: [CriterionExample] = [], location: SourceLocation? = nil
    ) {
        self.id = id
        self.name = name
        self.rationale = rationale
        self.tip = tip
        self.detector = detector
        self.points = points
        self.isPenalty = isPenalty
        self.isCritical = isCritical
        self.phrases = phrases
        self.unless = unless
        self.negatable = negatable
        self.fullUntil = fullUntil
        self.zeroAt = zeroAt
        self.examples = examples
        self.location = location
    }
}

/// A reply that must (or must not) trigger its criterion: the criterion's own test.
public struct CriterionExample: Hashable, Sendable {
    public var reply: String
    public var customer: String?
    public var customerName: String?
    public var seconds: Double?
    public var channel: Channel?
    /// True: the criterion must match (be met, or trigger for a penalty).
    public var shouldMatch: Bool
    public var location: SourceLocation?

    public init(
        reply: String, customer: String? = nil, customerName: String? = nil,
        seconds: Double? = nil, channel: Channel? = nil, shouldMatch: Bool,
        location: SourceLocation? = nil
    ) {
        self.reply = reply
        self.customer = customer
        self.customerName = customerName
        self.seconds = seconds
        self.channel = channel
        self.shouldMatch = shouldMatch
        self.location = location
    }
}
