import FrontlineModel

extension Grader {
    /// The clock's one rule, shared by the engine (when the customer nudges) and the grader
    /// (the response-time target): the customer nudges after `nudgeFactor` × the base target
    /// (or the scenario's `silence.nudge_after`), and full marks end at the customer's first
    /// nudge, however long the reply, so a reply after a nudge never scores full marks.
    public static let nudgeFactor = 2.0

    /// The target when neither the turn nor the rubric names one.
    public static let defaultResponseTarget = 30.0

    /// The base response-time target in seconds: the turn's own, else the channel's (in
    /// `rubric`, by default this grader's response-time rubric), else 30 s.
    public func responseTarget(turn: Double?, channel: Channel?, rubric: Rubric? = nil) -> Double {
        turn ?? (rubric ?? self.rubric(.responseTime))?.targets[channel ?? .chat] ?? Self.defaultResponseTarget
    }

    /// Full points up to `fullUntil` × target (and never after the customer's first nudge),
    /// none from `zeroAt` × target, linear between.
    /// The target grows with the reply's length so a thorough answer is not punished.
    func responseTimeFinding(_ criterion: Criterion, rubric: Rubric, context: GradingContext, text: ReplyText) -> Finding? {
        guard let timings = context.timings else { return nil }
        let base = responseTarget(turn: context.responseTimeTarget, channel: context.channel, rubric: rubric)
        let allowance = rubric.allowancePerCharacter * Double(text.characterCount)
        let target = base + allowance
        let zero = criterion.zeroAt * target
        let full = min(criterion.fullUntil * target, timings.nudged ?? .infinity, zero)
        let fraction: Double
        if timings.sent <= full { fraction = 1 } else if timings.sent >= zero { fraction = 0 } else {
            fraction = 1 - (timings.sent - full) / (zero - full)
        }
        // Rounded down below full marks: a reply past the window never shows 100.
        let tenths = criterion.points * fraction * 10
        let points = (fraction < 1 ? min(tenths.rounded(.down), criterion.points * 10 - 1) : tenths.rounded()) / 10
        var note = "replied after \(Self.seconds(timings.sent)) against a target of \(Self.seconds(target))"
        if allowance >= 0.5 { note += " (\(Self.seconds(base)) + \(Self.seconds(allowance)) for \(text.characterCount) characters)" }
        if let nudged = timings.nudged, nudged < timings.sent { note += "; the customer nudged after \(Self.seconds(nudged))" }
        if let first = timings.firstKeystroke { note += "; first keystroke after \(Self.seconds(first))" }
        return Finding(dimension: .responseTime, criterionId: criterion.id, name: criterion.name, outcome: .measured,
                       source: .rubric, points: max(0, points), possible: criterion.points, isCritical: criterion.isCritical && fraction == 0,
                       tip: fraction < 1 ? criterion.tip : nil, note: note)
    }

    static func seconds(_ value: Double) -> String {
        if value >= 120 { return "\((value / 60).roundedText) min" }
        if value >= 10 { return "\(value.roundedText) s" }
        return "\((value * 10).rounded() / 10) s"
    }
}
