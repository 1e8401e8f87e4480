import FrontlineModel

/// The key tables of scenario files (`Scenarios/<id>.yaml`). One line per key.
public enum KeyTables {
    public static let scenario = KeyTable("the scenario", [
        KeySpec("id", .text, required: true, "The scenario's id: lower-case letters, digits, '-' and '_'; unique across all files."),
        KeySpec("title", .text, required: true, "The title trainees see in 'frontline list'."),
        KeySpec("channel", .choice(Channel.self), required: true, "chat, phone or email: sets the response-time target."),
        KeySpec("language", .text, required: true, "BCP 47 tag (en, fa, lv); the rubrics of this language grade the replies."),
        KeySpec("difficulty", .choice(Difficulty.self), "beginner, intermediate or advanced (default intermediate)."),
        KeySpec("tags", .textOrList, "Words to group and filter scenarios by."),
        KeySpec("briefing", .text, "What the trainee knows before the conversation starts."),
        KeySpec("customer", .mapping(customer), required: true, "Who the customer is."),
        KeySpec("knowledge", .entries(.mapping(knowledgeFact)), "Facts the trainee can look up with /kb, by id."),
        KeySpec("silence", .mapping(silence), "What the customer does when the trainee says nothing."),
        KeySpec("on_patience_exhausted", .text, "The ending reached when the customer's patience runs out."),
        KeySpec("start", .text, "The first turn (default: the first one written)."),
        KeySpec("turns", .entries(.mapping(turn)), required: true, "The customer's turns, by id."),
        KeySpec("endings", .entries(.mapping(ending)), required: true, "How the conversation can end, by id."),
    ])

    public static let customer = KeyTable("customer", [
        KeySpec("name", .text, required: true, "The customer's name, as the trainee should use it."),
        KeySpec("situation", .text, "What happened to the customer (for authors and reviewers)."),
        KeySpec("patience", .integer(min: 1, max: 100), "Starting patience, 1-100 (default 60)."),
    ])

    public static let knowledgeFact = KeyTable("a knowledge fact", [
        KeySpec("topic", .text, required: true, "The fact's topic, as /kb lists it."),
        KeySpec("text", .text, required: true, "The fact itself."),
    ])

    public static let silence = KeyTable("silence", [
        KeySpec("nudge_after", .duration, "How long the customer waits before a nudge."),
        KeySpec("nudges", .textOrList, "What the customer says when nudging."),
        KeySpec("patience_cost", .integer(min: 0, max: 100), "Patience lost per nudge."),
        KeySpec("give_up_after", .integer(min: 1, max: 20), "Nudges before the customer gives up."),
        KeySpec("ending", .text, "The ending reached when the customer gives up."),
    ])

    public static let turn = KeyTable("a turn", [
        KeySpec("customer", .anyOf([.text, .list(.anyOf([.text, .mapping(adaptedLine)]), minItems: 1)]), required: true,
                "What the customer says: a line, or a list of lines (one is picked) and adapted lines."),
        KeySpec("expect", .list(.mapping(expectation)), "What a reply to this turn must state or do, or must not say."),
        KeySpec("exemplary", .text, "A model reply, shown in the debrief."),
        KeySpec("response_time", .duration, "This turn's response-time target (default: the channel's)."),
        KeySpec("next", .anyOf([.text, .list(.mapping(branch), minItems: 1)]), required: true,
                "The next turn or ending, or a list of branches (the last without 'if')."),
        KeySpec("skip", .mapping(skip), "Skip this turn when the trainee already said what it asks for."),
        KeySpec("phase", .choice(Phase.self), "The conversation's phase here (default: opening for the start turn, closing where every branch ends, middle otherwise)."),
    ])

    public static let adaptedLine = KeyTable("an adapted customer line", [
        KeySpec("line", .text, required: true, "What the customer says."),
        KeySpec("if_said", .textOrList, "Said only if the trainee already met these expectations."),
        KeySpec("unless_said", .textOrList, "Said only if the trainee has not met these expectations."),
    ], requiresOneOf: [["if_said"], ["unless_said"]])

    public static let skip = KeyTable("'skip'", [
        KeySpec("if_said", .textOrList, required: true, "The expectations that, once met, make this turn unnecessary."),
        KeySpec("goto", .text, required: true, "The turn or ending to go to instead."),
    ])

    public static let expectation = KeyTable("an expectation", [
        KeySpec("id", .text, required: true, "The expectation's id, unique in the scenario."),
        KeySpec("kind", .choice(Expectation.Kind.self), "fact (default), action, or forbidden."),
        KeySpec("name", .text, "A short name for reports (default: from the id)."),
        KeySpec("say", .phrases, "Phrase patterns, any of which meets the expectation."),
        KeySpec("and_say", .phrases, "Patterns that must each also be said."),
        KeySpec("value", .text, "The value the reply must state ('5-7 business days', '£650')."),
        KeySpec("tolerance", .number(min: 0, max: 1), "How far a stated value may be from 'value' (0-1)."),
        KeySpec("value_alone", .bool, "Whether stating 'value' meets the expectation on its own (default: true); false: the value is only checked, a different one is still wrong."),
        KeySpec("same_as", .text, "An earlier expectation this one repeats (its phrases, value and tip)."),
        KeySpec("tip", .text, "The advice shown when a reply misses this."),
        KeySpec("points", .number(min: 0, max: 100), "Points (default 10; 30 for forbidden)."),
        KeySpec("critical", .bool, "A critical miss (or forbidden claim) fails the reply."),
        KeySpec("requires", .textOrList, "Expectations that must be met first."),
        KeySpec("fact", .text, "The knowledge fact this expectation is about."),
        KeySpec("by_offer", .bool, "Whether proposing it meets it ('Shall I send a replacement?'): true for expectations to offer something (default false: an offer of a fact or action is not having done it)."),
        KeySpec("contradicts", .textOrList, "For a forbidden claim: expectations of this turn it takes back; a reply that makes the claim does not meet them."),
        KeySpec("implied_by", .textOrList, "For a forbidden claim: other forbidden claims of this turn that make it too (a second offer is also pushing)."),
    ], requiresOneOf: [["say", "tip"], ["same_as"]])

    public static let branch = KeyTable("a branch", [
        KeySpec("if", .mapping(condition), "When this branch is taken; the last branch has none."),
        KeySpec("goto", .text, required: true, "The turn or ending this branch leads to."),
    ])

    public static let condition = KeyTable("a branch condition", [
        KeySpec("said", .textOrList, "Expectations the reply met."),
        KeySpec("missed", .textOrList, "Expectations the reply missed."),
        KeySpec("wrong", .textOrList, "Expectations whose value the reply stated wrongly."),
        KeySpec("critical", .bool, "Whether the reply had a critical failure."),
        KeySpec("score_at_least", .number(min: 0, max: 100), "The reply's score is at least this."),
        KeySpec("score_below", .number(min: 0, max: 100), "The reply's score is below this."),
        KeySpec("patience_at_least", .integer(min: 0, max: 100), "The customer's patience is at least this."),
        KeySpec("patience_below", .integer(min: 0, max: 100), "The customer's patience is below this."),
    ])

    public static let ending = KeyTable("an ending", [
        KeySpec("outcome", .choice(Ending.Outcome.self), required: true, "How the conversation ended (hung_up: the customer left)."),
        KeySpec("customer", .text, "The customer's last line."),
        KeySpec("debrief", .text, required: true, "What the trainee is told at the end."),
    ])
}
