extension SilencePolicy {
    /// What the customer says when the trainee is silent: the scenario's own lines, or
    /// the defaults for its language, in order (the first nudge says the first line).
    public func nudgeLines(language: String) -> [String] {
        nudges.isEmpty ? Self.defaultNudges(language: language) : nudges
    }

    /// A few different nudges per language, so three nudges are not one sentence three
    /// times; English for a language without its own.
    public static func defaultNudges(language: String) -> [String] {
        switch language.lowercased() {
        case "fa":
            ["الو؟ هنوز آنجا هستید؟", "من هنوز منتظرم…", "کسی آنجاست؟ واقعاً یک جواب می‌خواهم."]
        case "lv":
            ["Hallo? Vai jūs vēl esat tur?", "Es joprojām gaidu…", "Vai kāds mani dzird? Es tiešām gribētu atbildi."]
        default:
            ["Hello? Are you still there?", "I'm still waiting…", "Is anyone there? I'd really like an answer."]
        }
    }
}
