/// Where a conversation is when a reply is written: a criterion may apply only there
/// ("greet" at the opening, "keep the door open" at the close).
public enum Phase: String, Hashable, Sendable, Codable, CaseIterable {
    case opening, middle, closing
}

/// The moments a criterion applies to (docs/authoring.md, "When a criterion applies").
/// Each stated condition must hold; within one condition any listed value will do. A
/// criterion with no conditions applies to every reply. Where the grader cannot know
/// (a reply graded without a scenario has no phase; a reply with no customer line shows
/// no cues), the condition is taken to hold, so nothing is left out for lack of context.
public struct Applicability: Hashable, Sendable {
    /// The conversation's phase.
    public var phases: Set<Phase>
    /// Cues in the customer's line (the language pack's `cues`, and `specifics`): the
    /// customer expressed a feeling, reported a problem, gave specifics…
    public var customer: [String]
    /// Cues in the reply itself: it asks the customer for something, it tells them what to do.
    public var reply: [String]
    /// `false`: only while the customer's name has not been used in an earlier reply.
    public var nameUsed: Bool?
    public var channels: Set<Channel>
    public var location: SourceLocation?

    public init(phases: Set<Phase> = [], customer: [String] = [], reply: [String] = [], nameUsed: Bool? = nil,
                channels: Set<Channel> = [], location: SourceLocation? = nil) {
        self.phases = phases
        self.customer = customer
        self.reply = reply
        self.nameUsed = nameUsed
        self.channels = channels
        self.location = location
    }

    public static let always = Applicability()

    public var isAlways: Bool {
        phases.isEmpty && customer.isEmpty && reply.isEmpty && nameUsed == nil && channels.isEmpty
    }

    /// The cue a customer line shows when it states a value, a reference or a number
    /// (read by the grader, not written as patterns).
    public static let specificsCue = "specifics"
    /// The cue a customer line shows when it is long enough to tell a story (30 words or
    /// more), read by the grader.
    public static let storyCue = "story"
    /// The cues the grader reads itself, in every language.
    public static let builtInCustomerCues = [specificsCue, storyCue]
}
