import FrontlineModel

extension Grader {
    /// One finding's numbers, with the index of its criterion's facet (-1: none).
    struct FacetItem {
        var facet: Int
        var outcome: Finding.Outcome
        var isCritical: Bool
        var points: Double
        var possible: Double
    }

    /// A faceted dimension's score (docs/authoring.md, "Facets"): each facet is scored
    /// over its own findings as a dimension is (its full marks, the neutral start, its
    /// penalties); a facet none of whose criteria applied, and which no penalty touched,
    /// has no score. The dimension is the weighted mean of the facets that have one (100
    /// when none has), less every penalty triggered.
    static func facetedScore(_ dimension: Dimension, facets: [Facet], items: [FacetItem])
        -> (score: Double, facets: [(name: String, score: Double?)], critical: Bool, full: [Bool]) {
        let neutral = DimensionTally.neutralStart(dimension)
        var tallies = facets.map { DimensionTally(fullMarks: $0.fullMarks, neutral: neutral) }
        var touched = [Bool](repeating: false, count: facets.count)
        var loose = DimensionTally(fullMarks: nil, neutral: neutral)
        for item in items {
            if item.facet >= 0 && item.facet < facets.count {
                tallies[item.facet].add(outcome: item.outcome, isCritical: item.isCritical, points: item.points, possible: item.possible)
                touched[item.facet] = true
            } else {
                loose.add(outcome: item.outcome, isCritical: item.isCritical, points: item.points, possible: item.possible)
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
        let mean = weights > 0 ? total / weights : 100
        let score = critical ? 0 : (max(0, min(100, mean - penalties)) * 10).rounded() / 10
        return (score, scores, critical, facets.indices.map { touched[$0] && tallies[$0].isFull })
    }

    /// The same over a verdict's records; a reward missed in a facet that is full anyway
    /// cost nothing: it says so, and feedback does not count it among the misses that matter.
    func facetedScore(_ dimension: Dimension, facets: [Facet], records range: Range<Int>, in verdict: inout Verdict)
        -> (score: Double, facets: [(name: String, score: Double?)], critical: Bool) {
        let items = range.map { i in
            let record = verdict.records[i]
            return FacetItem(facet: record.plan >= 0 ? plans[Int(record.plan)].facet : -1, outcome: record.outcome,
                             isCritical: record.isCritical, points: record.points, possible: record.possible)
        }
        let result = Self.facetedScore(dimension, facets: facets, items: items)
        for i in range where verdict.records[i].outcome == .missed && verdict.records[i].plan >= 0 {
            let facet = plans[Int(verdict.records[i].plan)].facet
            guard facet >= 0, result.full[facet], !verdict.records[i].isCritical else { continue }
            verdict.records[i].possible = 0
            verdict.records[i].note = verdict.records[i].note ?? "not needed this time: \(facets[facet].name) was already full"
        }
        return (result.score, result.facets, result.critical)
    }

    /// The facet index of each of `dimension`'s criteria, by id.
    func facetIndex(_ dimension: Dimension) -> [String: Int] {
        var result: [String: Int] = [:]
        for plan in plans where plan.dimension == dimension && plan.facet >= 0 { result[plan.id] = plan.facet }
        return result
    }
}
