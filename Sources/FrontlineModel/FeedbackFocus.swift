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
        tier(outcome: finding.outcome, isCritical: finding.isCritical, isExpectation: finding.source == .expectation,
             isWrongValue: finding.criterionId.hasSuffix(Finding.wrongValueSuffix),
             points: finding.points, possible: finding.possible)
    }

    /// `tier(_:)` from a finding's parts (the batch writer ranks findings it never builds).
    public static func tier(outcome: Finding.Outcome, isCritical: Bool, isExpectation: Bool, isWrongValue: Bool,
                            points: Double, possible: Double) -> Int? {
        switch outcome {
        case .triggered:
            if isCritical || (isExpectation && !isWrongValue) { return 1 }
            return isWrongValue ? 2 : (isExpectation ? 3 : 4)
        case .missed:
            if isCritical { return 1 }
            // A reward the moment did not need (its facet was full anyway) cost nothing.
            if possible <= points { return nil }
            return isExpectation ? 3 : 4
        case .measured:
            return points < possible ? 5 : nil
        case .met:
            return nil
        }
    }

    /// The points a finding cost: a reward's missing points, a penalty's taken points.
    public static func cost(_ finding: Finding) -> Double {
        cost(outcome: finding.outcome, points: finding.points, possible: finding.possible)
    }

    /// `cost(_:)` from a finding's parts.
    public static func cost(outcome: Finding.Outcome, points: Double, possible: Double) -> Double {
        switch outcome {
        case .triggered: abs(points)
        case .missed, .measured: max(0, possible - points)
        case .met: 0
        }
    }

    /// The criterion a finding is about: a wrong value is about its expectation.
    public static func key(_ finding: Finding) -> String {
        let id = finding.criterionId
        return id.hasSuffix(Finding.wrongValueSuffix) ? String(id.dropLast(Finding.wrongValueSuffix.count)) : id
    }

    /// A costly finding as ranking sees it: where it stood, its tier and cost, the
    /// criterion it is about, whether it was triggered (a penalty: something said, not
    /// something left out) and, when it is a rubric reward missed (tier 4, the one kind of
    /// miss a facet groups), its facet. Criteria and facets are numbered by the caller:
    /// the batch writer ranks every line's findings and must not hash strings to do it.
    public struct Candidate {
        public var order: Int
        public var tier: Int
        public var cost: Double
        public var key: Int
        public var toneFacet: Int?
        public var triggered: Bool

        public init(order: Int, tier: Int, cost: Double, key: Int, toneFacet: Int? = nil, triggered: Bool = false) {
            self.order = order
            self.tier = tier
            self.cost = cost
            self.key = key
            self.toneFacet = toneFacet
            self.triggered = triggered
        }

        /// Matters more than `other`: a lower tier, then something said over something left
        /// out (a coach names "Well, did you check…" before the acknowledgement it lacked),
        /// then a higher cost, then first.
        func precedes(_ other: Candidate) -> Bool {
            if tier != other.tier { return tier < other.tier }
            if triggered != other.triggered { return triggered }
            if cost != other.cost { return cost > other.cost }
            return order < other.order
        }
    }

    /// Candidates most important first.
    public static func ranked(_ candidates: [Candidate]) -> [Candidate] {
        candidates.sorted { $0.precedes($1) }
    }

    /// The misses to show, out of `candidates`: most important first, one per criterion, of
    /// two rewards missed in one facet ("ask about their situation", "ask them something")
    /// only the one that matters more - a coach names one thing to work on per area, and
    /// the other slot goes to something else - at most `maxMisses`. Returns their `order`s,
    /// sorting `candidates` in place (the batch writer ranks once per line).
    public static func chosen(sorting candidates: inout [Candidate]) -> [Int] {
        var orders: [Int] = []
        orders.reserveCapacity(maxMisses)
        // A line has a dozen candidates and needs three: sorted in place by insertion, then
        // read until three are chosen, the criteria and facets seen kept on the stack.
        candidates.withUnsafeMutableBufferPointer { all in
            for index in all.indices.dropFirst() {
                let candidate = all[index]
                var at = index
                while at > 0 && candidate.precedes(all[at - 1]) {
                    all[at] = all[at - 1]
                    at -= 1
                }
                all[at] = candidate
            }
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * all.count) { seen in
                var keys = 0, facets = all.count
                for candidate in all {
                    guard !seen[0..<keys].contains(candidate.key) else { continue }
                    seen[keys] = candidate.key
                    keys += 1
                    if let facet = candidate.toneFacet {
                        guard !seen[all.count..<facets].contains(facet) else { continue }
                        seen[facets] = facet
                        facets += 1
                    }
                    orders.append(candidate.order)
                    if orders.count == maxMisses { break }
                }
            }
        }
        return orders
    }

    /// Every costly finding, most important first.
    public static func ranked(_ findings: [Finding]) -> [Finding] {
        ranked(candidates(findings)).map { findings[$0.order] }
    }

    /// The misses to show after a reply (see `chosen`). `facetOf` gives a rubric
    /// criterion's facet (by criterion id).
    /// `alreadyTold`: tone tips an earlier reply of the conversation showed, and tone rewards
    /// it met (`toldBefore`). A tone reward missed again is not shown again, nor one met
    /// before, nor one of a facet already coached
    /// ("say you follow them" after "say back what you understood"): the same advice after
    /// every reply is nagging, not coaching. `/score` and the debrief keep them; a tone
    /// penalty (rudeness) is shown every time it is triggered.
    /// The same words flagged by two claims are one mistake: only the first in rank is shown
    /// (see `withoutRepeatedFlags`).
    public static func misses(_ grade: Grade, facetOf: [String: String] = [:], alreadyTold: Told = Told()) -> [Finding] {
        var costly = withoutRepeatedFlags(ranked(candidates(grade.findings, facetOf: facetOf))) { grade.findings[$0.order] }
        if !alreadyTold.isEmpty {
            costly.removeAll { candidate in
                let finding = grade.findings[candidate.order]
                return candidate.tier == 4 && finding.outcome == .missed && alreadyTold.covers(key(finding), facet: facetOf[finding.criterionId])
            }
        }
        return chosen(sorting: &costly).map { grade.findings[$0] }
    }

    /// `items` (of one reply) without a penalty that quotes exactly the words an earlier one
    /// quotes: "what about a free pause" is a second offer and, by `implied_by`, pushing too —
    /// one mistake to show the trainee. `/score`, the store and the batch output keep both.
    public static func withoutRepeatedFlags<Item>(_ items: [Item], _ finding: (Item) -> Finding) -> [Item] {
        var flagged: [Evidence] = []
        return items.filter { item in
            let flag = finding(item)
            guard flag.outcome == .triggered, let evidence = flag.evidence else { return true }
            if flagged.contains(evidence) { return false }
            flagged.append(evidence)
            return true
        }
    }

    /// Tone tips already shown in a conversation: their criteria and facets.
    public struct Told: Equatable, Sendable {
        public var criteria: Set<String> = []
        public var facets: Set<String> = []

        public init(criteria: Set<String> = [], facets: Set<String> = []) {
            self.criteria = criteria
            self.facets = facets
        }

        var isEmpty: Bool { criteria.isEmpty && facets.isEmpty }

        func covers(_ criterion: String, facet: String?) -> Bool {
            criteria.contains(criterion) || facet.map(facets.contains) == true
        }
    }

    /// What `grades`, replies of one conversation in order, settled about tone: the tips
    /// (tier 4, missed) their feedback showed, each reply's misses chosen with the earlier
    /// ones told, and the tone rewards they met - an apology made on the first reply is
    /// not asked for again on the second.
    public static func toldBefore(_ grades: [Grade], facetOf: [String: String] = [:]) -> Told {
        var told = Told()
        for grade in grades {
            for finding in misses(grade, facetOf: facetOf, alreadyTold: told) where tier(finding) == 4 && finding.outcome == .missed {
                told.criteria.insert(key(finding))
                if let facet = facetOf[finding.criterionId] { told.facets.insert(facet) }
            }
            for finding in grade.findings where finding.source == .rubric && finding.outcome == .met { told.criteria.insert(key(finding)) }
        }
        return told
    }

    private static func candidates(_ findings: [Finding], facetOf: [String: String] = [:]) -> [Candidate] {
        var candidates: [Candidate] = [], keys: [String: Int] = [:], facets: [String: Int] = [:]
        for (order, finding) in findings.enumerated() {
            guard let tier = tier(finding) else { continue }
            let criterion = key(finding)
            let number = keys[criterion, default: keys.count]
            keys[criterion] = number
            var facet: Int?
            if tier == 4 && finding.outcome == .missed && finding.source == .rubric, let name = facetOf[finding.criterionId] {
                facet = facets[name, default: facets.count]
                facets[name] = facet
            }
            candidates.append(Candidate(order: order, tier: tier, cost: cost(finding), key: number, toneFacet: facet,
                                        triggered: finding.outcome == .triggered))
        }
        return candidates
    }

    /// What was done well, quoted; never a criterion that was also missed in this reply.
    /// Nor one whose quote overlaps something the reply was marked down for: "Well, did you
    /// check the tracking?" is not praised as a question while "Well, did you" is a blunt
    /// opening.
    public static func doneWell(_ grade: Grade, limit: Int = maxDoneWell) -> [Finding] {
        let missed = Set(grade.findings.filter { tier($0) != nil }.map(key))
        let faults = grade.findings.filter { $0.outcome == .triggered }.compactMap(\.evidence)
        let findings = faults.isEmpty ? grade.findings : grade.findings.filter { finding in
            guard finding.outcome == .met, let quoted = finding.evidence else { return true }
            return !faults.contains { $0.start < quoted.end && quoted.start < $0.end }
        }
        return strengths(findings, excluding: missed, limit: limit)
    }

    /// Met findings with evidence, expectations first, then by points, once per criterion.
    public static func strengths(_ findings: [Finding], excluding: Set<String>, limit: Int) -> [Finding] {
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
