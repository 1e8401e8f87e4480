import FrontlineModel

extension Grader {
    /// A facet's tally and whether any of its criteria applied (or a penalty touched it).
    struct FacetTally {
        var tally: DimensionTally
        var touched = false
    }

    /// What scoring reads of a facet, without its name (plain values: no reference count).
    struct FacetParams: Sendable {
        var weight: Double
        var fullMarks: Double?
    }

    /// A faceted dimension's score (docs/authoring.md, "Facets"): each facet is scored
    /// over its own findings as a dimension is (its full marks, the neutral start, its
    /// penalties); a facet none of whose criteria applied, and which no penalty touched,
    /// has no score. The dimension is the weighted mean of the facets that have one (100
    /// when none has), less every penalty triggered. `forEach` hands each finding's facet
    /// index (-1: none) and numbers to `add` (one pass, no list of them); `tallies` is
    /// the caller's workspace, one per facet (on the stack), left as the facets ended.
    static func facetedScore(_ dimension: Dimension, params: UnsafeBufferPointer<FacetParams>,
                             tallies: UnsafeMutableBufferPointer<FacetTally>, scores: inout [Double?],
                             forEach: ((Int, Finding.Outcome, Bool, Double, Double) -> Void) -> Void)
        -> (score: Double, critical: Bool) {
        let neutral = DimensionTally.neutralStart(dimension)
        for i in params.indices {
            tallies.initializeElement(at: i, to: FacetTally(tally: DimensionTally(fullMarks: params[i].fullMarks, neutral: neutral)))
        }
        var loose = DimensionTally(fullMarks: nil, neutral: neutral)
        forEach { facet, outcome, isCritical, points, possible in
            if facet >= 0 && facet < params.count {
                tallies[facet].tally.add(outcome: outcome, isCritical: isCritical, points: points, possible: possible)
                tallies[facet].touched = true
            } else {
                loose.add(outcome: outcome, isCritical: isCritical, points: points, possible: possible)
            }
        }
        var total = 0.0, weights = 0.0
        var critical = loose.critical
        // Penalties cost the dimension in full, as well as their facet: a rude reply is
        // not averaged away by facets it did not touch.
        var penalties = loose.penalties
        scores.reserveCapacity(params.count)
        for i in params.indices {
            critical = critical || tallies[i].tally.critical
            penalties += tallies[i].tally.penalties
            guard tallies[i].touched else {
                scores.append(nil)
                continue
            }
            let score = tallies[i].tally.score
            scores.append(score)
            total += params[i].weight * score
            weights += params[i].weight
        }
        let mean = weights > 0 ? total / weights : 100
        let score = critical ? 0 : (max(0, min(100, mean - penalties)) * 10).rounded() / 10
        return (score, critical)
    }

    /// The same over a verdict's records; a reward missed in a facet that is full anyway
    /// cost nothing: it says so, and feedback does not count it among the misses that matter.
    func facetedScore(_ dimension: Dimension, records range: Range<Int>, in verdict: inout Verdict) -> (score: Double, critical: Bool) {
        facetParams.withUnsafeBufferPointer { params in
            withUnsafeTemporaryAllocation(of: FacetTally.self, capacity: params.count) { tallies in
                var scores: [Double?] = []
                let result = traits.withUnsafeBufferPointer { traits in
                    verdict.records.withUnsafeBufferPointer { records in
                        Self.facetedScore(dimension, params: params, tallies: tallies, scores: &scores) { add in
                            for i in range {
                                let record = records.baseAddress! + i // read in place (an element would be copied)
                                let plan = Int(record.pointee.plan)
                                add(plan >= 0 ? traits[plan].facet : -1, record.pointee.outcome, record.pointee.isCritical,
                                    record.pointee.points, record.pointee.possible)
                            }
                        }
                    }
                }
                // Through pointers: each `verdict.records[i]` checked the array's uniqueness.
                traits.withUnsafeBufferPointer { traits in
                    verdict.records.withUnsafeMutableBufferPointer { records in
                        for i in range {
                            let record = records.baseAddress! + i
                            guard record.pointee.outcome == .missed, record.pointee.plan >= 0, !record.pointee.isCritical else { continue }
                            let facet = traits[Int(record.pointee.plan)].facet
                            guard facet >= 0, tallies[facet].touched, tallies[facet].tally.isFull else { continue }
                            record.pointee.possible = 0
                            if record.pointee.note == nil { record.pointee.note = Grader.notNeededNote }
                        }
                    }
                }
                verdict.facetScores = scores
                return result
            }
        }
    }

    /// Rewards never asked for (`optional`) that were missed are worth nothing to earn: no
    /// share of what the moment called for (so the score, and a supervisor's rescoring of
    /// the stored findings, leave them out), and feedback passes them by as it passes a
    /// reward missed in a full facet.
    func markOptionalMisses(_ range: Range<Int>, in verdict: inout Verdict) {
        traits.withUnsafeBufferPointer { traits in
            verdict.records.withUnsafeMutableBufferPointer { records in
                for i in range {
                    let record = records.baseAddress! + i
                    guard record.pointee.outcome == .missed, record.pointee.plan >= 0,
                          traits[Int(record.pointee.plan)].isOptional else { continue }
                    record.pointee.possible = 0
                }
            }
        }
    }

    /// The note on a reward missed in a facet that was full anyway. A literal: an immortal
    /// string costs no reference count on any core.
    package static var notNeededNote: String { "not needed this time: its facet was already full" }

    /// The facet index of each of `dimension`'s criteria, by id.
    func facetIndex(_ dimension: Dimension) -> [String: Int] {
        var result: [String: Int] = [:]
        for (plan, trait) in zip(plans, traits) where plan.dimension == dimension && trait.facet >= 0 { result[plan.id] = trait.facet }
        return result
    }
}
