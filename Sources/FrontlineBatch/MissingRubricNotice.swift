import Foundation
import FrontlineGrader
import FrontlineModel

/// Batch content that says, once per language, when lines name a language with no
/// rubric, or one whose rubrics have a phrase pattern that does not compile (with each
/// pattern's located diagnostic). Those lines are still written (with null scores and a
/// `message`), but a file of a thousand such lines used to give a thousand nulls and not
/// a word on stderr. The grader asks for each language tag once (BatchGrading caches the
/// answer), so each tag is reported once.
public final class MissingRubricNotice: BatchContent, @unchecked Sendable {
    private let base: any BatchContent
    private let report: (String) -> Void
    private let lock = NSLock()
    private var reported: Set<String> = []
    private var refused: Set<String> = []

    public init(_ base: any BatchContent, report: @escaping (String) -> Void) {
        self.base = base
        self.report = report
    }

    public func grader(for language: String) -> Grader? {
        let grader = base.grader(for: language)
        if let grader, !grader.patternDiagnostics.isEmpty {
            lock.lock()
            let isNew = reported.insert(language).inserted
            refused.insert(language)
            lock.unlock()
            if isNew { report("error: " + PatternRefusal(language: language, diagnostics: grader.patternDiagnostics).description) }
        } else if grader == nil {
            lock.lock()
            let isNew = reported.insert(language).inserted
            lock.unlock()
            if isNew {
                report("warning: no rubric for language '\(language)' (rubrics exist for: \(base.rubricLanguages.joined(separator: ", "))); its lines are written with null scores")
            }
        }
        return grader
    }

    /// The languages whose lines were written ungraded because a pattern does not compile.
    public var refusedLanguages: [String] {
        lock.lock()
        defer { lock.unlock() }
        return refused.sorted()
    }

    public var rubricLanguages: [String] { base.rubricLanguages }
    public func scenario(_ id: String) -> Scenario? { base.scenario(id) }
    public var scenarioIds: [String] { base.scenarioIds }
}
