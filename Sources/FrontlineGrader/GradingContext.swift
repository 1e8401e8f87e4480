import FrontlineModel

/// Everything the grader needs to know about the reply being graded.
public struct GradingContext: Sendable {
    /// The customer message being answered.
    public var customerMessage: String
    public var customerName: String?
    public var channel: Channel?
    /// The scenario turn's expectations (accuracy); empty outside a scenario.
    public var expectations: [Expectation]
    /// Expectation ids met earlier in the conversation (for `requires`).
    public var alreadyMet: Set<String>
    /// Overrides the channel's response-time target (seconds).
    public var responseTimeTarget: Double?
    public var timings: Timings?
    /// Earlier replies in the conversation ("as I already said" needs no history, but
    /// reflecting the customer does).
    public var history: [String]

    public init(
        customerMessage: String = "", customerName: String? = nil, channel: Channel? = nil,
        expectations: [Expectation] = [], alreadyMet: Set<String> = [], responseTimeTarget: Double? = nil,
        timings: Timings? = nil, history: [String] = []
    ) {
        self.customerMessage = customerMessage
        self.customerName = customerName
        self.channel = channel
        self.expectations = expectations
        self.alreadyMet = alreadyMet
        self.responseTimeTarget = responseTimeTarget
        self.timings = timings
        self.history = history
    }

    /// Grade accuracy even without expectations (to test the accuracy rubric's own criteria).
    public var forceAccuracy = false

    /// The conversation's phase (`Scenario.phase(of:)`); nil outside a scenario, where
    /// every criterion applies (a criterion's own examples are graded so).
    public var phase: Phase?

    /// Whether the accuracy dimension applies (the turn has factual expectations).
    public var hasExpectations: Bool { forceAccuracy || !expectations.isEmpty }
}
