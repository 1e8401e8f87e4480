import FrontlineModel

extension Grader {
    /// Full points up to `fullUntil` × target, none from `zeroAt` × target, linear between.
    /// The target grows with the reply's length so a thorough answer is not punished.
    func responseTimeFinding(_ criterion: Criterion, rubric: Rubric, context: GradingContext, text: ReplyText) -> Finding? {
        guard let timings = context.timings else { return nil }
        let base = context.responseTimeTarget ?? rubric.targets[context.channel ?? .chat] ?? 30
        let allowance = rubric.allowancePerCharacter * Double(text.characterCount)
        let target = base + allowance
        let full = criterion.fullUntil * target, zero = criterion.zeroAt * target
        let fraction: Double
        if timings.sent <= full { fraction = 1 } else if timings.sent >= zero { fraction = 0 } else {
            fraction = 1 - (timings.sent - full) / (zero - full)
        }
        let points = (criterion.points * fraction * 10).rounded() / 10
        var note = "replied after \(Self.seconds(timings.sent)) against a target of \(Self.seconds(target))"
        if allowance >= 0.5 { note += " (\(Self.seconds(base)) + \(Self.seconds(allowance)) for \(text.characterCount) characters)" }
        if let first = timings.firstKeystroke { note += "; first keystroke after \(Self.seconds(first))" }
        return Finding(dimension: .responseTime, criterionId: criterion.id, name: criterion.name, outcome: .measured,
                       source: .rubric, points: points, possible: criterion.points, isCritical: criterion.isCritical && fraction == 0,
                       tip: fraction < 1 ? criterion.tip : nil, note: note)
    }

    static func seconds(_ value: Double) -> String {
        if value >= 120 { return "\((value / 60).roundedText) min" }
        if value >= 10 { return "\(value.roundedText) s" }
        return "\((value * 10).rounded() / 10) s"
    }
}
