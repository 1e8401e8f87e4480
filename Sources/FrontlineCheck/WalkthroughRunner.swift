import FrontlineEngine
import FrontlineGrader
import FrontlineModel

/// Replays every golden walkthrough through the real engine and grader, with a manual
/// clock, and reports where the path, ending or scores differ from what the file says.
public struct WalkthroughRunner {
    let catalog: Catalog
    let library: GraderLibrary

    public init(catalog: Catalog, library: GraderLibrary? = nil) {
        self.catalog = catalog
        self.library = library ?? GraderLibrary(catalog: catalog)
    }

    public func run() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for walkthrough in catalog.walkthroughs {
            guard let scenario = catalog.scenario(walkthrough.scenario),
                  let grader = library.grader(for: scenario.language) else { continue }
            diagnostics += replay(walkthrough, scenario: scenario, grader: grader)
        }
        return diagnostics
    }

    public func replay(_ walkthrough: Walkthrough, scenario: Scenario, grader: Grader) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func fail(_ message: String, _ location: SourceLocation?) {
            diagnostics.append(.error(.walkthroughDisagrees, "walkthrough '\(walkthrough.name.excerpt())': \(message)", at: location ?? walkthrough.location))
        }
        let clock = ManualClock()
        var conversation = Conversation(scenario: scenario, grader: grader, clock: clock, seed: 0)
        _ = conversation.start()
        for step in walkthrough.steps {
            guard let turn = conversation.currentTurn else {
                fail("the conversation already ended at '\(endingId(conversation) ?? "?")' before this reply", step.location)
                return diagnostics
            }
            if let expected = step.turn, expected != turn.id {
                fail("this reply should answer turn '\(expected)', but the conversation is at turn '\(turn.id)'", step.keyLocations["turn"] ?? step.location)
                return diagnostics
            }
            conversation.markShown()
            clock.advance(by: step.seconds ?? conversation.responseTarget(turn) / 2)
            let events = conversation.reply(step.reply)
            guard case .graded(let record, _)? = events.first else {
                fail("this reply was not graded (the conversation is at turn '\(turn.id)')", step.location)
                return diagnostics
            }
            if let band = step.overall, !band.contains(record.overall) {
                fail("overall score \(format(record.overall)) is outside \(band)\(explain(record.grade))", step.keyLocations["overall"] ?? step.location)
            }
            for (dimension, band) in step.scores.sorted(by: { $0.key < $1.key }) {
                let score = record.grade.scores[dimension]
                if score == nil || !band.contains(score!) {
                    fail("\(dimension.rawValue) score \(score.map(format) ?? "n/a") is outside \(band)\(explain(record.grade, in: dimension))",
                         step.keyLocations[dimension.rawValue] ?? step.location)
                }
            }
        }
        guard let ending = endingId(conversation) else {
            fail("the replies run out at turn '\(conversation.currentTurn?.id ?? "?")' before ending '\(walkthrough.ending)'", walkthrough.location)
            return diagnostics
        }
        if ending != walkthrough.ending {
            fail("ends at '\(ending)', not '\(walkthrough.ending)'", walkthrough.keyLocations["ending"] ?? walkthrough.location)
        }
        if let band = walkthrough.overall, case .ended(let summary) = conversation.state,
           let overall = summary.overall, !band.contains(overall) {
            fail("session score \(format(overall)) is outside \(band)", walkthrough.keyLocations["overall"] ?? walkthrough.location)
        }
        return diagnostics
    }

    private func endingId(_ conversation: Conversation) -> String? {
        if case .ended(let summary) = conversation.state { return summary.endingId ?? "(none)" }
        return nil
    }

    /// The findings that cost the score: of `dimension` when one band failed (an accuracy
    /// band listed every empathy criterion missed too), of every dimension for `overall`.
    private func explain(_ grade: Grade, in dimension: Dimension? = nil) -> String {
        let missed = grade.findings.filter { ($0.outcome == .missed || $0.outcome == .triggered) && (dimension == nil || $0.dimension == dimension) }
            .map(\.criterionId)
        return missed.isEmpty ? "" : " (missed or triggered: \(missed.joined(separator: ", ")))"
    }

    private func format(_ value: Double) -> String { value.roundedText }
}
