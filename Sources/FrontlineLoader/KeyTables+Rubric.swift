import FrontlineModel

/// The key tables of rubric files (`Rubrics/<language>/<dimension>.yaml`). One line per key.
extension KeyTables {
    public static let rubric = KeyTable("the rubric", [
        KeySpec("dimension", .choice(Dimension.self), required: true, "The dimension this rubric scores."),
        KeySpec("language", .text, required: true, "The language of the replies it grades (BCP 47: en, fa, lv)."),
        KeySpec("weight", .number(min: 0, max: 1), required: true, "The dimension's share of the overall score; a language's weights add up to 1."),
        KeySpec("full_marks", .number(min: 1, max: 10_000), "The points that make 100 (default: the sum of the rewards)."),
        KeySpec("criteria", .list(.mapping(criterion)), required: true, "What the rubric rewards and penalises."),
        KeySpec("targets", .mapping(targets), "Response-time targets per channel (the response_time rubric)."),
        KeySpec("allowance_per_character", .duration, "Extra time allowed per character of the reply (typing)."),
        KeySpec("facets", .entries(.mapping(facet)), "Named parts of the dimension, each scored on its own (empathy: warmth, listening, exploring, courtesy)."),
    ])

    public static let facet = KeyTable("a facet", [
        KeySpec("weight", .number(min: 0, max: 1), required: true, "The facet's share of the dimension among the facets that apply."),
        KeySpec("full_marks", .number(min: 1, max: 10_000), "The facet's applicable points that make 100 (default: all of them)."),
    ])

    public static let applies = KeyTable("applies", [
        KeySpec("phase", .anyOf([.choice(Phase.self), .list(.choice(Phase.self), minItems: 1)]), "The conversation's phases the criterion applies in: opening, middle, closing."),
        KeySpec("customer", .textOrList, "Cues in the customer's line, any of which makes it apply (the language's cues, specifics, story)."),
        KeySpec("reply", .textOrList, "Cues in the reply itself, any of which makes it apply (request, directive)."),
        KeySpec("name_used", .bool, "false: applies only until the customer's name has been used."),
        KeySpec("channel", .anyOf([.choice(Channel.self), .list(.choice(Channel.self), minItems: 1)]), "The channels it applies on."),
    ])

    public static let criterion = KeyTable("a criterion", [
        KeySpec("id", .text, required: true, "The criterion's id, unique in the rubric."),
        KeySpec("name", .text, required: true, "The name reports show."),
        KeySpec("rationale", .text, "Why the criterion matters (for authors and reviewers)."),
        KeySpec("tip", .text, required: true, "The advice shown when a reply misses this (or triggers a penalty)."),
        KeySpec("detector", .choice(Criterion.Detector.self), "How it is detected (default: phrases)."),
        KeySpec("points", .number(min: 0, max: 100), "Points for a reply that meets it (a reward)."),
        KeySpec("penalty", .number(min: 0, max: 100), "Points taken from a reply that triggers it."),
        KeySpec("critical", .bool, "Triggering it fails the reply."),
        KeySpec("say", .phrases, "Phrase patterns (the phrases and relates_customer detectors)."),
        KeySpec("unless", .textOrList, "Patterns that cancel a match."),
        KeySpec("unless_next", .textOrList, "Patterns that cancel a match when the next sentence begins with one (\"That's a fair point. But the fee stands.\")."),
        KeySpec("negatable", .bool, "Whether 'not' before a phrase cancels it (default: true for rewards)."),
        KeySpec("full_until", .number(min: 0, max: 100), "Full points until this many (the measured detectors)."),
        KeySpec("zero_at", .number(min: 0, max: 100), "No points from this many on."),
        KeySpec("examples", .mapping(examples), required: true, "Replies that must and must not match: the criterion's tests."),
        KeySpec("applies", .mapping(applies), "The moments the criterion applies to; elsewhere a miss is left out of the score and the feedback."),
        KeySpec("facet", .text, "The facet of the dimension it belongs to (one the rubric lists under 'facets')."),
        KeySpec("optional", .bool, "A reward that is never asked for: met, it scores; missed, it costs nothing and is never the tip (default: false)."),
    ], requiresOneOf: [["points"], ["penalty"]])

    public static let targets = KeyTable("targets",
        Channel.allCases.map { KeySpec($0.rawValue, .duration, "The response-time target on \($0.rawValue).") })

    public static let examples = KeyTable("examples", [
        KeySpec("match", .list(.anyOf([.text, .mapping(example)])), "Replies the criterion must match."),
        KeySpec("no_match", .list(.anyOf([.text, .mapping(example)])), "Replies the criterion must not match."),
    ])

    public static let example = KeyTable("an example", [
        KeySpec("reply", .text, required: true, "The trainee's reply."),
        KeySpec("customer", .text, "What the customer said before it."),
        KeySpec("customer_name", .text, "The customer's name."),
        KeySpec("seconds", .number(min: 0, max: 86_400), "How long the reply took."),
        KeySpec("channel", .choice(Channel.self), "The channel."),
    ])
}
