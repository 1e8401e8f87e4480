/// A scripted customer conversation (Scenarios/<id>.yaml): who calls, what they know,
/// a graph of turns and the endings the conversation can reach.
public struct Scenario: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var channel: Channel
    public var language: String
    public var difficulty: Difficulty
    public var tags: [String]
    /// What the trainee is told before the customer speaks.
    public var briefing: String
    public var customer: Customer
    public var knowledge: [KnowledgeFact]
    public var startTurn: String
    public var turns: [Turn]
    public var endings: [Ending]
    public var silence: SilencePolicy
    /// Where the conversation goes when the customer's patience runs out.
    public var onPatienceExhausted: String?
    public var source: SourceFile
    public var location: SourceLocation?
    /// Where each top-level key's value was written, for precise diagnostics.
    public var keyLocations: [String: SourceLocation] = [:]

    public init(
        id: String, title: String, channel: Channel, language: String, difficulty: Difficulty,
        tags: [String], briefing: String, customer: Customer, knowledge: [KnowledgeFact],
        startTurn: String, turns: [Turn], endings: [Ending], silence: SilencePolicy,
        onPatienceExhausted: String?, source: SourceFile, location: SourceLocation? = nil
    ) {
        self.id = id
        self.title = title
        self.channel = channel
        self.language = language
        self.difficulty = difficulty
        self.tags = tags
        self.briefing = briefing
        self.customer = customer
        self.knowledge = knowledge
        self.startTurn = startTurn
        self.turns = turns
        self.endings = endings
        self.silence = silence
        self.onPatienceExhausted = onPatienceExhausted
        self.source = source
        self.location = location
    }

    public func turn(_ id: String) -> Turn? { turns.first { $0.id == id } }
    public func ending(_ id: String) -> Ending? { endings.first { $0.id == id } }
    public func fact(_ id: String) -> KnowledgeFact? { knowledge.first { $0.id == id } }
}

public struct Customer: Hashable, Sendable {
    public var name: String
    public var situation: String
    /// Starting patience, 0–100: replies raise or lower it; at 0 the customer gives up.
    public var patience: Int

    public init(name: String, situation: String, patience: Int) {
        self.name = name
        self.situation = situation
        self.patience = patience
    }
}

/// A fact the trainee may look up with `/kb` during the conversation.
public struct KnowledgeFact: Hashable, Sendable, Identifiable {
    public var id: String
    public var topic: String
    public var text: String
    public var location: SourceLocation?

    public init(id: String, topic: String, text: String, location: SourceLocation? = nil) {
        self.id = id
        self.topic = topic
        self.text = text
        self.location = location
    }
}

/// What the customer does when the trainee stays silent.
public struct SilencePolicy: Hashable, Sendable {
    /// Seconds of silence before a nudge; nil means twice the response-time target.
    public var nudgeAfter: Double?
    /// The scenario's nudges; empty: the language's defaults (`nudgeLines(language:)`).
    public var nudges: [String]
    public var patienceCost: Int
    /// After this many unanswered nudges the customer leaves (`ending`).
    public var giveUpAfter: Int
    public var ending: String?
    public var location: SourceLocation?
    /// Where `ending`'s value is written (diagnostics point at it).
    public var endingLocation: SourceLocation?

    public init(
        nudgeAfter: Double? = nil, nudges: [String] = [],
        patienceCost: Int = 10, giveUpAfter: Int = 3, ending: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.nudgeAfter = nudgeAfter
        self.nudges = nudges
        self.patienceCost = patienceCost
        self.giveUpAfter = giveUpAfter
        self.ending = ending
        self.location = location
    }
}
