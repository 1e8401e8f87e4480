import FrontlineModel

/// Graph checks on a decoded scenario: references, reachability, default branches and
/// `requires` cycles. Everything is reported at the node that is wrong.
struct ScenarioValidator {
    let scenario: Scenario
    /// Ids whose definitions did not decode (already reported): not "unknown" again.
    let broken: Set<String>
    /// Reachability and unused endings, skipped while parts of the file do not decode.
    let checkGraph: Bool
    var diagnostics: [Diagnostic] = []

    init(_ scenario: Scenario, broken: Set<String> = [], checkGraph: Bool = true) {
        self.scenario = scenario
        self.broken = broken
        self.checkGraph = checkGraph
    }

    /// Whether `id` names a turn or ending that was written but did not decode.
    private func brokenTarget(_ id: String) -> Bool { broken.contains(.turn, id) || broken.contains(.ending, id) }

    mutating func run() -> [Diagnostic] {
        let turnIds = scenario.turns.map(\.id)
        let endingIds = scenario.endings.map(\.id)
        let targets = turnIds + endingIds
        checkSharedIds(turnIds: turnIds, endingIds: endingIds)
        let expectationIds = checkExpectations()
        if !turnIds.contains(scenario.startTurn), !broken.contains(.turn, scenario.startTurn) {
            error(.unknownReference, "start turn '\(scenario.startTurn.excerpt())' does not exist\(scenario.startTurn.didYouMean(turnIds))",
                  scenario.keyLocations["start"] ?? scenario.location)
        }
        for turn in scenario.turns {
            for (index, branch) in turn.branches.enumerated() {
                if !targets.contains(branch.target), !brokenTarget(branch.target) {
                    error(.unknownReference, "unknown turn or ending '\(branch.target.excerpt())'\(branch.target.didYouMean(targets))", branch.location)
                }
                if let condition = branch.condition {
                    for id in condition.said + condition.missed + condition.wrong where !expectationIds.contains(id) && !broken.contains(.expectation, id) {
                        error(.unknownReference, "unknown expectation '\(id)' in condition\(id.didYouMean(expectationIds))", condition.location)
                    }
                }
                if index == turn.branches.count - 1, branch.condition != nil {
                    error(.noDefaultBranch, "the last branch of turn '\(turn.id)' has a condition; add a final branch without 'if' so the conversation always goes on",
                          branch.location)
                }
            }
        }
        for turn in scenario.turns {
            if let skip = turn.skip {
                if !targets.contains(skip.target), !brokenTarget(skip.target) {
                    error(.unknownReference, "unknown turn or ending '\(skip.target)' in 'skip'\(skip.target.didYouMean(targets))", skip.location)
                }
                if skip.target == turn.id { error(.invalidValue, "turn '\(turn.id)' cannot skip to itself", skip.location) }
                for id in skip.ifSaid where !expectationIds.contains(id) && !broken.contains(.expectation, id) {
                    error(.unknownReference, "unknown expectation '\(id)' in 'skip'\(id.didYouMean(expectationIds))", skip.location)
                }
            }
            for line in turn.adaptedLines {
                for id in line.ifSaid + line.unlessSaid where !expectationIds.contains(id) && !broken.contains(.expectation, id) {
                    error(.unknownReference, "unknown expectation '\(id)' in an adapted line\(id.didYouMean(expectationIds))", line.location)
                }
            }
        }
        // Each at its own value: the silence block's `ending`, the scenario's `on_patience_exhausted`.
        let endingRefs = [("silence ending", scenario.silence.ending, scenario.silence.endingLocation ?? scenario.silence.location),
                          ("on_patience_exhausted", scenario.onPatienceExhausted, scenario.keyLocations["on_patience_exhausted"])]
        for (label, id, location) in endingRefs {
            if let id, !endingIds.contains(id), !broken.contains(.ending, id) {
                error(.unknownReference, "\(label) '\(id)' is not an ending\(id.didYouMean(endingIds))", location ?? scenario.location)
            }
        }
        if checkGraph { checkReachability() }
        return diagnostics
    }

    private mutating func checkSharedIds(turnIds: [String], endingIds: [String]) {
        for ending in scenario.endings where turnIds.contains(ending.id) {
            error(.duplicateId, "'\(ending.id)' is both a turn and an ending; 'goto' could not tell them apart", ending.location)
        }
    }

    /// Duplicate ids, unknown `requires` and facts, and cycles; returns all expectation ids.
    private mutating func checkExpectations() -> [String] {
        var seen: [String: SourceLocation?] = [:]
        var all: [Expectation] = []
        for turn in scenario.turns {
            for expectation in turn.expectations {
                if let first = seen[expectation.id] {
                    error(.duplicateId, "expectation id '\(expectation.id)' is already used\(first.map { " at \($0)" } ?? "")", expectation.location)
                } else {
                    seen[expectation.id] = expectation.location
                    all.append(expectation)
                }
            }
        }
        let ids = all.map(\.id)
        let factIds = scenario.knowledge.map(\.id)
        for expectation in all {
            for required in expectation.requires where !ids.contains(required) && !broken.contains(.expectation, required) {
                error(.unknownReference, "'\(expectation.id)' requires unknown expectation '\(required.excerpt())'\(required.didYouMean(ids))", expectation.location)
            }
            // Reported where `fact:` is written: a repeat (`same_as`) inherits the original's.
            if let fact = expectation.fact, let written = expectation.keyLocations["fact"],
               !factIds.contains(fact), !broken.contains(.fact, fact) {
                error(.unknownReference, "unknown knowledge fact '\(fact.excerpt())'\(fact.didYouMean(factIds))", written)
            }
        }
        checkContradictions()
        checkRequirementCycles(all)
        checkRepeats(all)
        return ids
    }

    /// What a forbidden claim `contradicts` is a fact or action of its own turn; what it is
    /// `implied_by` another forbidden claim of its own turn.
    private mutating func checkContradictions() {
        for turn in scenario.turns {
            let own = turn.expectations.map(\.id)
            for expectation in turn.expectations where !expectation.impliedBy.isEmpty {
                let at = expectation.keyLocations["implied_by"] ?? expectation.location
                for id in expectation.impliedBy {
                    if let other = turn.expectations.first(where: { $0.id == id }) {
                        if other.kind != .forbidden || other.id == expectation.id {
                            error(.invalidValue, "'\(expectation.id)' is implied by '\(id)', which is \(other.id == expectation.id ? "itself" : "not a forbidden claim"); list other forbidden claims of this turn that make it too", at)
                        }
                    } else if !broken.contains(.expectation, id) {
                        error(.unknownReference, "'\(expectation.id)' is implied by '\(id.excerpt())', which is not an expectation of turn '\(turn.id)'\(id.didYouMean(own))", at)
                    }
                }
            }
            for expectation in turn.expectations where !expectation.contradicts.isEmpty {
                let at = expectation.keyLocations["contradicts"] ?? expectation.location
                for id in expectation.contradicts {
                    if let other = turn.expectations.first(where: { $0.id == id }) {
                        if other.kind == .forbidden {
                            error(.invalidValue, "'\(expectation.id)' contradicts '\(id)', another forbidden claim; list the facts and actions of this turn that the claim takes back", at)
                        }
                    } else if !broken.contains(.expectation, id) {
                        error(.unknownReference, "'\(expectation.id)' contradicts '\(id.excerpt())', which is not an expectation of turn '\(turn.id)'\(id.didYouMean(own))", at)
                    }
                }
            }
        }
    }

    /// Say it once: an expectation that copies most of an earlier one's phrases should
    /// refer to it (`same_as`), or the copies drift apart.
    private mutating func checkRepeats(_ expectations: [Expectation]) {
        func key(_ phrase: Phrase) -> String { phrase.pattern.lowercased().split(separator: " ").joined(separator: " ") }
        var earlier: [(Expectation, Set<String>)] = []
        for expectation in expectations where expectation.sameAs == nil {
            let phrases = Set(expectation.phrases.map(key))
            for (original, theirs) in earlier where original.kind == expectation.kind {
                let shared = theirs.intersection(phrases).count
                guard shared >= 2, Double(shared) >= 0.6 * Double(max(theirs.count, phrases.count)) else { continue }
                warning(.repeatedExpectation,
                        "'\(expectation.id)' repeats \(shared) of the phrases of '\(original.id)'; write 'same_as: \(original.id)' so the two cannot drift apart",
                        expectation.location)
                break
            }
            earlier.append((expectation, phrases))
        }
    }

    private mutating func checkRequirementCycles(_ expectations: [Expectation]) {
        let requires = Dictionary(expectations.map { ($0.id, $0.requires) }, uniquingKeysWith: { a, _ in a })
        for expectation in expectations {
            var stack = expectation.requires
            var visited = Set<String>()
            while let next = stack.popLast() {
                if next == expectation.id {
                    error(.requirementCycle, "'\(expectation.id)' requires itself through 'requires'; one of them must come first", expectation.location)
                    break
                }
                if visited.insert(next).inserted { stack.append(contentsOf: requires[next] ?? []) }
            }
        }
    }

    private mutating func checkReachability() {
        let turns = Dictionary(scenario.turns.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let endingIds = Set(scenario.endings.map(\.id))
        // Forward: what the start reaches.
        var reached = Set<String>()
        var queue = [scenario.startTurn]
        while let id = queue.popLast() {
            guard reached.insert(id).inserted, let turn = turns[id] else { continue }
            queue.append(contentsOf: turn.branches.map(\.target) + (turn.skip.map { [$0.target] } ?? []))
        }
        for turn in scenario.turns where !reached.contains(turn.id) {
            warning(.unreachableTurn, "turn '\(turn.id)' cannot be reached from the start turn '\(scenario.startTurn.excerpt())'", turn.location)
        }
        // Backward: which turns can still reach an ending through branches.
        var canEnd = Set<String>()
        var changed = true
        while changed {
            changed = false
            for turn in scenario.turns where !canEnd.contains(turn.id) {
                if turn.branches.contains(where: { endingIds.contains($0.target) || canEnd.contains($0.target) }) {
                    canEnd.insert(turn.id)
                    changed = true
                }
            }
        }
        for turn in scenario.turns where !canEnd.contains(turn.id) && !turn.branches.isEmpty {
            error(.noEndingReachable, "no ending can be reached from turn '\(turn.id)'; its branches only lead back into turns that never end", turn.location)
        }
        // Endings nothing leads to.
        var used = Set(scenario.turns.flatMap { $0.branches.map(\.target) + ($0.skip.map { [$0.target] } ?? []) })
        used.formUnion([scenario.silence.ending, scenario.onPatienceExhausted].compactMap { $0 })
        let hungUp = scenario.endings.filter { $0.outcome == .hungUp }
        if hungUp.count == 1 { used.insert(hungUp[0].id) }
        for ending in scenario.endings where !used.contains(ending.id) {
            warning(.unusedEnding, "no branch, silence or patience rule leads to ending '\(ending.id)'", ending.location)
        }
    }

    private mutating func error(_ code: DiagnosticCode, _ message: String, _ location: SourceLocation?) {
        diagnostics.append(.error(code, message, at: location ?? scenario.location))
    }

    private mutating func warning(_ code: DiagnosticCode, _ message: String, _ location: SourceLocation?) {
        diagnostics.append(.warning(code, message, at: location ?? scenario.location))
    }
}
