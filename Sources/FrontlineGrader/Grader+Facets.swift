import FrontlineModel

extension Grader {
    /// A faceted dimension's score (docs/authoring.md, "Facets"): each facet is scored
    /// over its own findings as a dimension is (its full marks, the neutral start, its
    /// penalties); a facet none of whose criteria applied, and which no penalty touched,
    /// has no score. The dimension is the weighted mean of the facets that have one (100
    /// when none has), less every penalty triggered.
    func facetedScore(_ dimension: Dimension, facets: [Facet], records range: Range<Int>, in verdict: inout Verdict)
        -> (score: Double, facets: [(name: String, score: Double?)], critical: Bool) {
        let neutral = DimensionTally.neutralStart(dimension)
        var tallies = facets.map { DimensionTally(fullMarks: $0.fullMarks, neutral: neutral) }
        var touched = [Bool](repeating: false, count: facets.count)
        var loose = DimensionTally(fullMarks: nil, neutral: neutral)
        plans.withUnsafeBufferPointer { plans in
            verdict.records.withUnsafeBufferPointer { records in
                for i in range {
                    let record = records.baseAddress! + i
                    let plan = Int(record.pointee.plan)
                    let facet = plan >= 0 ? plans[plan].facet : -1
                    if facet >= 0 {
                        tallies[facet].add(outcome: record.pointee.outcome, isCritical: record.pointee.isCritical,
                                           points: record.pointee.points, possible: record.pointee.possible)
                        touched[facet] = true
                    } else {
                        loose.add(outcome: record.pointee.outcome, isCritical: record.pointee.isCritical,
                                  points: record.pointee.points, possible: record.pointee.possible)
                    }
                }
            }
        }
        var total = 0.0, weights = 0.0
        var critical = loose.critical
        // Penalties cost the dimension in full, as well as their facet: a rude reply is
        // not averaged away by facets it did not touch.
        let penalties = tallies.reduce(loose.penalties) { $0 + $1.penalties }
        var scores: [(name: String, score: Double?)] = []
        for (i, facet) in facets.enumerated() {
            critical = critical || tallies[i].critical
            guard touched[i] else {
                scores.append((facet.name, nil))
                continue
            }
            let score = tallies[i].score
            scores.append((facet.name, score))
            total += facet.weight * score
            weights += facet.weight
        }
        // A reward missed in a facet that is full anyway cost nothing: it says so, and
        // feedback does not count it among the misses that matter.
        for i in range where verdict.records[i].outcome == .missed && verdict.records[i].plan >= 0 {
            let facet = plans[Int(verdict.records[i].plan)].facet
            guard facet >= 0, touched[facet], tallies[facet].isFull, !verdict.records[i].isCritical else { continue }
            verdict.records[i].possible = 0
            verdict.records[i].note = verdict.records[i].note ?? "not needed this time: \(facets[facet].name) was already full"
        }
        let mean = weights > 0 ? total / weights : 100
        let score = critical ? 0 : (max(0, min(100, mean - penalties)) * 10).rounded() / 10
        return (score, scores, critical)
    }
}
