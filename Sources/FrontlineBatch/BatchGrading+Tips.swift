import FrontlineGrader
import FrontlineModel

/// Which findings of a batch line carry their tip: by default the misses coach feedback
/// would name after the same reply, so a file of graded replies reads like the REPL's
/// feedback rather than the same advice on every line.
extension BatchGrading {
    /// Which findings carry their tip.
    public enum Tips: String, Sendable, CaseIterable {
        /// The misses that matter most now (at most three, chosen as coach feedback chooses
        /// them after a reply: `FeedbackFocus`), not the same advice on every line.
        case focus
        /// Every finding that cost something.
        case all
    }

    /// The indices of the records whose tips are shown: the misses that matter most now,
    /// as coach feedback chooses them after a reply (`FeedbackFocus.chosen`). A criterion's
    /// key is its plan's index; an expectation's (and its wrong value's) the first extra
    /// finding about it.
    static func coached(_ verdict: Grader.Verdict, entry: Entry) -> [Int] {
        var candidates: [FeedbackFocus.Candidate] = []
        candidates.reserveCapacity(verdict.records.count)
        verdict.records.withUnsafeBufferPointer { records in
          entry.facetOfPlan.withUnsafeBufferPointer { facetOfPlan in
            for index in records.indices {
                let record = records.baseAddress! + index
                let plan = Int(record.pointee.plan)
                if plan >= 0 {
                    let outcome = record.pointee.outcome, points = record.pointee.points, possible = record.pointee.possible
                    guard let tier = FeedbackFocus.tier(outcome: outcome, isCritical: record.pointee.isCritical, isExpectation: false,
                                                        isWrongValue: false, points: points, possible: possible) else { continue }
                    candidates.append(FeedbackFocus.Candidate(
                        order: index, tier: tier, cost: FeedbackFocus.cost(outcome: outcome, points: points, possible: possible),
                        key: plan, toneFacet: tier == 4 && outcome == .missed ? facetOfPlan[plan] : nil, triggered: outcome == .triggered))
                } else {
                    let extra = -1 - plan, finding = verdict.extra[extra]
                    guard let tier = FeedbackFocus.tier(finding) else { continue }
                    let key = FeedbackFocus.key(finding)
                    let first = verdict.extra[..<extra].firstIndex { FeedbackFocus.key($0) == key } ?? extra
                    candidates.append(FeedbackFocus.Candidate(order: index, tier: tier, cost: FeedbackFocus.cost(finding),
                                                              key: -1 - first, triggered: finding.outcome == .triggered))
                }
            }
          }
        }
        return FeedbackFocus.chosen(sorting: &candidates)
    }
}
