import FrontlineEngine
import FrontlineGrader
import FrontlineModel

/// Grades every turn's model reply (`exemplary`), the reply the debrief shows a trainee as
/// the one to learn from: it must score at least `threshold` on every dimension it is
/// graded on, or the grader and the model disagree about what good looks like (FL0035,
/// reported at the reply's own line).
///
/// Each model reply is graded where it would be said: with the scenario's customer, the
/// turn's phase and expectations, its first customer line, and the model replies of the
/// turns before it (in the file's order) as what was already said. No timings: response
/// time is not graded.
public struct ModelReplyRunner {
    public static let threshold = 90.0

    let catalog: Catalog
    let library: GraderLibrary
    /// Only the scenarios of these files are graded (nil: every scenario).
    let files: Set<String>?

    public init(catalog: Catalog, files: Set<String>? = nil, library: GraderLibrary? = nil) {
        self.catalog = catalog
        self.files = files
        self.library = library ?? GraderLibrary(catalog: catalog)
    }

    /// One graded model reply.
    public struct Result: Sendable {
        public var scenario: String
        public var turn: String
        public var grade: Grade
        public var location: SourceLocation?
    }

    public func run() -> [Diagnostic] {
        results().compactMap { result in
            let weak = result.grade.scores.filter { $0.value < Self.threshold }.sorted { $0.key.rawValue < $1.key.rawValue }
            guard !weak.isEmpty else { return nil }
            let scores = weak.map { "\($0.key.rawValue) \($0.value.wholeText)" }.joined(separator: ", ")
            let missed = result.grade.findings.filter { $0.outcome == .missed || $0.outcome == .triggered }
                .filter { finding in weak.contains { $0.key == finding.dimension } }
                .map(\.criterionId)
            let facets = (result.grade.facets ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.wholeText)" }
            let parts = (facets.isEmpty ? [] : [facets.joined(separator: ", ")]) + (missed.isEmpty ? [] : ["not met: " + missed.prefix(4).joined(separator: ", ")])
            let why = parts.isEmpty ? "" : " (\(parts.joined(separator: "; ")))"
            return .error(.weakModelReply,
                          "the model reply of turn '\(result.turn)' scores \(scores)\(why); a model reply must score at least \(Int(Self.threshold)) on every dimension: improve the reply, or the turn's `phase` or the rubric if the grader is wrong",
                          at: result.location)
        }
    }

    /// Every model reply, graded.
    public func results() -> [Result] {
        var results: [Result] = []
        for scenario in catalog.scenarios where files?.contains(scenario.source.path) ?? true {
            guard let grader = library.grader(for: scenario.language) else { continue }
            let grading = TurnGrading(grader: grader, scenario: scenario)
            var history: [String] = []
            var met: Set<String> = []
            for turn in scenario.turns {
                guard let reply = turn.exemplary?.trimmingCharacters(in: .whitespacesAndNewlines), !reply.isEmpty else { continue }
                let grade = grading.grade(TurnGrading.Reply(
                    reply, customerLine: turn.customer.first ?? "", turn: turn, alreadyMet: met, history: history)).grade
                results.append(Result(scenario: scenario.id, turn: turn.id, grade: grade, location: turn.exemplaryLocation ?? turn.location))
                history.append(reply)
                met.formUnion(grade.metExpectations)
            }
        }
        return results
    }
}
