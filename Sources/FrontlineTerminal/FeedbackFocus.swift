import FrontlineModel

/// What coach feedback shows out of a grade's findings: at most two things done well and
/// the one to three misses that matter most now. `/score` and `frontline transcript`
/// keep the full list.
///
/// Misses are ranked by tier, then by the points they cost:
/// 1. a critical finding (triggered, or a critical expectation missed) or a forbidden
///    claim (a triggered expectation that is not a wrong value);
/// 2. a wrong value (`<expectation>.wrong-value`);
/// 3. a missing scenario expectation;
/// 4. tone: rubric criteria missed or penalties triggered;
/// 5. response time below full marks.
/// Done well: met findings with quoted evidence, expectations first, then by points,
/// never a criterion that is also among the misses.
public enum FeedbackFocus {
    public static let maxDoneWell = 2
    public static let maxMisses = 3

    /// The tier of a finding that cost something (1 matters most), nil when it cost nothing.
    public static func tier(_ finding: Finding) -> Int? {
        let wrongValue = finding.criterionId.hasSuffix(Finding.wrongValueSuffix)
        switch finding.outcome {
        case .triggered:
            if finding.isCritical || (finding.source == .expectation && !wrongValue) { return 1 }
            return wrongValue ? 2 : (finding.source == .expectation ? 3 : 4)
        case .missed:
            if finding.isCritical { return 1 }
            // A reward the moment did not need (its facet was full anyway) cost nothing.
            if finding.possible <= finding.points { return nil }
            return finding.source == .expectation ? 3 : 4
        case .measured:
            return finding.points < finding.possible ? 5 : nil
        case .met:
            return nil
        }
    }

    /// The points a finding cost: a reward's missing points, a penalty's taken points.
    public static func cost(_ finding: Finding) -> Double {
        switch finding.outcome {
        case .triggered: abs(finding.points)
        case .missed, .measured: max(0, finding.possible - finding.points)
        case .met: 0
        }
    }

    /// The criterion a finding is about: a wrong value is about its expectation.
    public static func key(_ finding: Finding) -> String {
        let id = finding.criterionId
        return id.hasSuffix(Finding.wrongValueSuffix) ? String(id.dropLast(Finding.wrongValueSuffix.count)) : id
    }

    /// Every costly finding, most important first.
    public static func ranked(_ findings: [Finding]) -> [Finding] {
        struct Ranked { var order: Int; var tier: Int; var cost: Double; var finding: Finding }
        var costly: [Ranked] = []
        for (order, finding) in findings.enumerated() {
            if let tier = tier(finding) { costly.append(Ranked(order: order, tier: tier, cost: cost(finding), finding: finding)) }
        }
        costly.sort { a, b in
            if a.tier != b.tier { return a.tier < b.tier }
            if a.cost != b.cost { return a.cost > b.cost }
            return a.order < b.order
        }
        return costly.map(\.finding)
    }

    /// The misses to show after a reply. `facetOf` gives a rubric criterion's facet (by
    /// criterion id): of two rewards missed in one facet ("ask about their situation", "ask
    /// them something") only the one that matters more is shown - a coach names one
    /// thing to work on per area, and the other slot goes to something else.
    public static func misses(_ grade: Grade, facetOf: [String: String] = [:]) -> [Finding] {
        var seen = Set<String>(), facets = Set<String>()
        return Array(ranked(grade.findings).filter { finding in
            guard seen.insert(key(finding)).inserted else { return false }
            guard finding.outcome == .missed, tier(finding) == 4, finding.source == .rubric, let facet = facetOf[finding.criterionId] else { return true }
            return facets.insert(facet).inserted
        }.prefix(maxMisses))
    }

    /// What was done well, quoted; never a criterion that was also missed in this reply.
    public static func doneWell(_ grade: Grade, limit: Int = maxDoneWell) -> [Finding] {
        let missed = Set(grade.findings.filter { tier($0) != nil }.map(key))
        return strengths(grade.findings, excluding: missed, limit: limit)
    }

    /// Met findings with evidence, expectations first, then by points, once per criterion.
    static func strengths(_ findings: [Finding], excluding: Set<String>, limit: Int) -> [Finding] {
        var seen = excluding
        return findings.enumerated()
            .filter { $0.element.outcome == .met && $0.element.evidence != nil }
            .sorted { a, b in
                let ea = a.element.source == .expectation, eb = b.element.source == .expectation
                if ea != eb { return ea }
                if a.element.points != b.element.points { return a.element.points > b.element.points }
                return a.offset < b.offset
            }
            .map(\.element)
            .filter { seen.insert(key($0)).inserted }
            .prefix(limit).map { $0 }
    }
}
