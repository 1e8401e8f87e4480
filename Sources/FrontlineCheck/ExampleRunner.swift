import FrontlineEngine
import FrontlineGrader
import FrontlineModel

/// Runs every criterion's examples through the real grader: an example that disagrees
/// is reported at its own line, like a failing test.
struct ExampleRunner {
    let catalog: Catalog
    /// The files whose criteria are run (nil: every rubric's); the others are context.
    var files: Set<String>?
    /// Graders for (at least) the languages of the rubrics that are run.
    var library: GraderLibrary?

    func run() -> [Diagnostic] {
        let library = library ?? GraderLibrary(catalog: catalog)
        var diagnostics: [Diagnostic] = []
        for rubric in catalog.rubrics where files?.contains(rubric.source.path) ?? true {
            guard let grader = library.grader(for: rubric.language) else { continue }
            for criterion in rubric.criteria {
                for example in criterion.examples {
                    let outcome = Self.evaluate(criterion, example: example, grader: grader)
                    guard outcome.matched != example.shouldMatch else { continue }
                    let expected = example.shouldMatch ? "should match" : "should not match"
                    let actual = outcome.matched ? "it does" : "it does not"
                    let why = outcome.explanation.map { " (\($0))" } ?? ""
                    diagnostics.append(.error(.exampleDisagrees,
                        "example \(expected) criterion '\(criterion.id)', but \(actual)\(why)", at: example.location ?? criterion.location))
                }
            }
        }
        return diagnostics
    }

    /// Whether the grader finds the criterion in the example, and the words that decided it.
    static func evaluate(_ criterion: Criterion, example: CriterionExample, grader: Grader) -> (matched: Bool, explanation: String?) {
        // Outside any scenario: no phase, so every criterion applies and the examples test
        // the phrases (applicability has its own tests).
        let grading = TurnGrading(grader: grader, customerName: example.customerName, channel: example.channel)
        let timings = example.seconds.map { Timings(sent: $0) } ?? (criterion.detector == .responseTime ? Timings(sent: 0) : nil)
        let grade = grading.grade(TurnGrading.Reply(
            example.reply, customerLine: example.customer ?? "", timings: timings,
            forceAccuracy: criterion.dimension(in: grader) == .accuracy)).grade
        guard let finding = grade.findings.first(where: { $0.criterionId == criterion.id && $0.source == .rubric }) else {
            return (false, nil)
        }
        let matched: Bool
        switch finding.outcome {
        case .met, .triggered: matched = true
        case .missed: matched = false
        case .measured: matched = finding.points >= finding.possible
        }
        let explanation = finding.note ?? finding.evidence.map { "matched \"\($0.text.excerpt())\"" }
        return (matched, explanation)
    }
}

extension Criterion {
    /// The dimension whose rubric holds this criterion.
    func dimension(in grader: Grader) -> Dimension? {
        Dimension.allCases.first { grader.rubric($0)?.criteria.contains { $0.id == id } == true }
    }
}
