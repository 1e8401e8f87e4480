/// The minimal valid scenario and golden walkthrough `frontline new scenario` writes: one
/// turn with one expectation, two endings both reached, and a walkthrough for each path.
/// Every line to replace says so; the pair passes `frontline check` as written.
enum ScenarioTemplate {
    /// Lower-case ASCII letters, digits, '-' and '_', starting with a letter (the loader's rule).
    static func isValidId(_ id: String) -> Bool {
        id.first.map { $0.isASCII && $0.isLetter } == true
            && id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" }
    }

    static func scenario(id: String, language: String, schema: String? = nil) -> String {
        header(schema) + """
        # A new scenario. Replace every line marked "Replace"; docs/authoring.md has every key.
        # Check it with:  frontline check Scenarios/\(id).yaml
        id: \(id)
        title: "Replace: a short title the trainee sees in 'frontline list'"
        channel: chat            # chat, phone or email
        language: \(language)
        difficulty: beginner     # beginner, intermediate or advanced
        briefing: >
          Replace: what the trainee knows before the conversation starts, and what they
          should achieve.
        customer:
          name: "Replace: the customer's name"
          situation: "Replace: what happened to the customer (the trainee does not see this)"
          patience: 60
        knowledge:
          order-lookup:
            topic: Finding an order
            text: "Replace: a fact the trainee can look up with /kb."
        turns:
          opening:
            customer:
              - "Replace: the customer's first message."
            expect:
              - id: ask-order
                kind: action
                name: Ask for the order number
                say:
                  - "order number"
                tip: "Replace: the advice shown when the reply misses this."
                points: 20
                fact: order-lookup
            next:
              - if: { said: ask-order }
                goto: resolved
              - goto: unresolved
        endings:
          resolved:
            outcome: resolved
            customer: "Replace: the customer's last message when it goes well."
            debrief: "Replace: what the trainee did well."
          unresolved:
            outcome: unresolved
            debrief: "Replace: what the trainee should do next time."

        """
    }

    static func walkthrough(id: String, schema: String? = nil) -> String {
        header(schema) + """
        # The golden walkthroughs of \(id): replies and the ending they must reach.
        # 'frontline check' replays them through the real grader; write them in the
        # scenario's language once its lines are written.
        scenario: \(id)
        walkthroughs:
          - name: the model path
            replies:
              - turn: opening
                say: "Could you tell me your order number, please?"
            ending: resolved
          - name: forgetting to ask
            replies:
              - turn: opening
                say: "Okay."
            ending: unresolved

        """
    }

    private static func header(_ schema: String?) -> String {
        schema.map { "# yaml-language-server: $schema=\($0)\n" } ?? ""
    }
}
