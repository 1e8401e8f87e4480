import FrontlineGrader
import FrontlineModel

/// One reply graded where it was said: the one place that builds the grading context
/// (customer line, name and channel, the turn's phase and expectations, what was already
/// met and said, timings) and charges hints. Play (`Conversation`), regrade, walkthroughs,
/// criterion examples and model replies all grade through it, so they cannot drift apart.
public struct TurnGrading: Sendable {
    /// Cost of one `/hint` to that turn's overall score.
    public static let hintCost = 10.0

    public let grader: Grader
    /// The scenario the reply is said in; nil for a criterion's own example, where no
    /// phase is known and every criterion applies.
    public let scenario: Scenario?
    let customerName: String?
    let channel: Channel?

    /// Replies said in a scenario: its customer, channel and phases.
    public init(grader: Grader, scenario: Scenario) {
        self.grader = grader
        self.scenario = scenario
        self.customerName = scenario.customer.name
        self.channel = scenario.channel
    }

    /// A reply outside any scenario (a criterion's example): only a customer and a channel.
    public init(grader: Grader, customerName: String?, channel: Channel?) {
        self.grader = grader
        self.scenario = nil
        self.customerName = customerName
        self.channel = channel
    }

    /// Everything known about one reply besides the scenario.
    public struct Reply: Sendable {
        public var text: String
        /// The customer line it answers.
        public var customerLine: String
        /// The scenario's turn (nil outside a scenario, or when a stored turn's id is gone).
        public var turn: Turn?
        /// Expectation ids met earlier in the conversation.
        public var alreadyMet: Set<String>
        /// Earlier replies in the conversation (retried attempts not included).
        public var history: [String]
        /// Nil: response time is not graded.
        public var timings: Timings?
        public var hintsUsed: Int
        /// Grade accuracy without expectations (a criterion example of the accuracy rubric).
        public var forceAccuracy: Bool

        public init(_ text: String, customerLine: String, turn: Turn? = nil, alreadyMet: Set<String> = [],
                    history: [String] = [], timings: Timings? = nil, hintsUsed: Int = 0, forceAccuracy: Bool = false) {
            self.text = text
            self.customerLine = customerLine
            self.turn = turn
            self.alreadyMet = alreadyMet
            self.history = history
            self.timings = timings
            self.hintsUsed = hintsUsed
            self.forceAccuracy = forceAccuracy
        }
    }

    /// A graded reply: the grader's verdict and the turn's overall after the hint cost.
    public struct Result: Sendable, Equatable {
        public var grade: Grade
        public var overall: Double
    }

    public func grade(_ reply: Reply) -> Result {
        var context = GradingContext(
            customerMessage: reply.customerLine, customerName: customerName, channel: channel,
            expectations: reply.turn?.expectations ?? [], alreadyMet: reply.alreadyMet,
            responseTimeTarget: reply.turn?.responseTime, timings: reply.timings, history: reply.history)
        context.forceAccuracy = reply.forceAccuracy
        if let scenario, let turn = reply.turn { context.phase = scenario.phase(of: turn) }
        let grade = grader.grade(reply.text, context: context)
        return Result(grade: grade, overall: Self.overall(grade.overall, hints: reply.hintsUsed))
    }

    /// A turn's overall: the grader's, less `hintCost` per hint, never below 0.
    public static func overall(_ graded: Double, hints: Int) -> Double {
        max(0, graded - Double(hints) * hintCost)
    }

    // MARK: The clock's rule

    /// The base response-time target of a turn (`response_time`, nil: the channel's).
    public func responseTarget(_ responseTime: Double?) -> Double {
        grader.responseTarget(turn: responseTime, channel: channel)
    }

    /// Seconds of silence before a nudge: the scenario's, or `Grader.nudgeFactor` × the
    /// response target (the grader ends full marks at the nudge).
    public func nudgeInterval(_ responseTime: Double?) -> Double {
        if let configured = scenario?.silence.nudgeAfter { return configured }
        return Grader.nudgeFactor * responseTarget(responseTime)
    }
}
