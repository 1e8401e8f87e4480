import FrontlineModel

extension Grader {
    /// One finding as grading makes it: which criterion, what happened and the points. The
    /// criterion's words (id, name, tip) stay in its plan until the finding is made into a
    /// `Finding` or written out as JSON. Copying those shared strings into every finding cost
    /// a retain and a release of each, about twenty times a reply — and on two cores at once,
    /// the two workers fought over the strings' reference counts.
    package struct FindingRecord {
        /// The criterion's index in `plans`; a negative value `-1 - k` stands for
        /// `Verdict.extra[k]` (response time and the turn's expectations, whose findings
        /// have words of their own).
        package var plan: Int32
        package var outcome: Finding.Outcome
        package var isCritical: Bool
        package var points: Double
        package var possible: Double
        package var evidence: Evidence?
        package var note: String?

        /// A reward missed with nothing to show (its JSON is the same in every reply). Read
        /// through a pointer: a property of the value copied the whole record first.
        package static func isPlainMiss(_ record: UnsafePointer<FindingRecord>) -> Bool {
            guard record.pointee.plan >= 0, record.pointee.outcome == .missed, record.pointee.points == 0 else { return false }
            if case .some = record.pointee.evidence { return false }
            if case .some = record.pointee.note { return false }
            return true
        }

        /// A reward missed in a facet that was full anyway, with nothing to show: its JSON
        /// too is the same in every reply.
        package static func isNotNeededMiss(_ record: UnsafePointer<FindingRecord>) -> Bool {
            guard record.pointee.plan >= 0, record.pointee.outcome == .missed, record.pointee.points == 0,
                  record.pointee.possible == 0 else { return false }
            if case .some = record.pointee.evidence { return false }
            guard let note = record.pointee.note else { return false }
            return note == Grader.notNeededNote
        }
    }

    /// Scores by dimension, without a dictionary (hashed for every dimension of every reply).
    package struct DimensionScores: ScoresByDimension {
        package var empathy: Double?
        package var accuracy: Double?
        package var responseTime: Double?

        package var dictionary: [Dimension: Double] {
            var scores: [Dimension: Double] = [:]
            for dimension in Dimension.allCases { scores[dimension] = self[dimension] }
            return scores
        }
    }

    /// What grading found: `Grader.grade` makes a `Grade` of it, batch grading writes it
    /// out as JSON directly.
    package struct Verdict {
        package var records: [FindingRecord] = []
        /// Findings made in full (see `FindingRecord.plan`).
        package var extra: [Finding] = []
        package var scores = DimensionScores()
        package var overall = 0.0
        package var critical = false
        /// The faceted dimension's facet scores, in the order of `Grader.facetNames`; nil
        /// where no criterion of the facet applied.
        package var facetScores: [Double?] = []
        /// Whom tips name (`{name}`).
        package var customerName: String?

        /// A criterion the moment does not call for: not missed (left out of the score
        /// and the feedback), but what it earned still counts, as credit beyond what was
        /// asked (`possible` 0); what it triggered still costs.
        package mutating func keepCreditOnly(from start: Int) {
            var i = start
            while i < records.count {
                switch records[i].outcome {
                case .missed:
                    records.remove(at: i)
                    continue
                case .met:
                    records[i].possible = 0
                case .triggered, .measured:
                    break
                }
                i += 1
            }
        }

        package mutating func append(_ finding: Finding) {
            records.append(FindingRecord(plan: -1 - Int32(extra.count), outcome: finding.outcome, isCritical: finding.isCritical,
                                         points: finding.points, possible: finding.possible))
            extra.append(finding)
        }
    }

    /// The `Finding` a record stands for.
    func finding(_ record: FindingRecord, in verdict: Verdict) -> Finding {
        guard record.plan >= 0 else { return verdict.extra[Int(-1 - record.plan)] }
        return plans.withUnsafeBufferPointer { plans in
            let plan = plans.baseAddress! + Int(record.plan)
            return Finding(dimension: plan.pointee.dimension, criterionId: plan.pointee.id, name: plan.pointee.name,
                           outcome: record.outcome, source: .rubric, points: record.points, possible: record.possible,
                           isCritical: record.isCritical, evidence: record.evidence,
                           tip: record.outcome == .met ? nil
                               : traits[Int(record.plan)].tipNamesCustomer ? plan.pointee.tip.personalised(customerName: verdict.customerName) : plan.pointee.tip,
                           note: record.note)
        }
    }

    func grade(of verdict: Verdict) -> Grade {
        var grade = Grade(scores: verdict.scores.dictionary, overall: verdict.overall,
                          findings: verdict.records.map { finding($0, in: verdict) }, criticalFailure: verdict.critical)
        if !verdict.facetScores.isEmpty {
            var facets: [String: Double] = [:]
            for (name, score) in zip(facetNames, verdict.facetScores) { facets[name] = score }
            grade.facets = facets
        }
        return grade
    }
}
