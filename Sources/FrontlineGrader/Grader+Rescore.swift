import FrontlineModel

extension Grader {
    /// The scores a reply has with these findings instead of the grader's own (a
    /// supervisor's corrections): each dimension in `applicable` from its findings, by the
    /// same arithmetic as grading (neutral start, full marks, facets, penalties, critical
    /// failures), and the weighted overall of them.
    public func scores(of findings: [Finding], applicable: Set<Dimension>)
        -> (scores: [Dimension: Double], overall: Double, critical: Bool)
    {
        var scores = DimensionScores()
        var critical = false
        for dimension in Dimension.allCases where applicable.contains(dimension) {
            if dimension == facetedDimension {
                let index = facetIndex(dimension)
                let result = facetParams.withUnsafeBufferPointer { params in
                    withUnsafeTemporaryAllocation(of: FacetTally.self, capacity: params.count) { tallies in
                        var facetScores: [Double?] = []
                        return Self.facetedScore(dimension, params: params, tallies: tallies, scores: &facetScores) { add in
                            for finding in findings where finding.dimension == dimension {
                                add(finding.source == .rubric ? index[finding.criterionId] ?? -1 : -1, finding.outcome,
                                    finding.isCritical, finding.points, finding.possible)
                            }
                        }
                    }
                }
                scores[dimension] = result.score
                critical = critical || result.critical
                continue
            }
            var tally = DimensionTally(fullMarks: rubric(dimension)?.fullMarks, neutral: DimensionTally.neutralStart(dimension))
            for finding in findings where finding.dimension == dimension { tally.add(finding) }
            scores[dimension] = tally.score
            critical = critical || tally.critical
        }
        return (scores.dictionary, Self.overall(scores, weights: weights, critical: critical), critical)
    }

    /// The weighted overall of these dimension scores (a supervisor's override of one).
    public func overall(of scores: [Dimension: Double], critical: Bool) -> Double {
        var values = DimensionScores()
        for (dimension, score) in scores { values[dimension] = score }
        return Self.overall(values, weights: weights, critical: critical)
    }
}
