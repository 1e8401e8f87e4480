import FrontlineModel
import Yams

/// Decodes Rubrics/<lang>/<dimension>.yaml.
struct RubricDecoder {
    let diagnostics: Diagnostics
    let sourceFile: SourceFile

    // The keys are in KeyTables.rubric and KeyTables.criterion (one line per key).

    func decode(_ root: Node) -> Rubric? {
        guard let map = MappingReader(root, table: KeyTables.rubric, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        let dimension = map.choice("dimension", Dimension.self, required: true)
        let language = map.string("language", required: true)
        let weight = map.number("weight", required: true, range: 0...1)
        let fullMarks = map.number("full_marks", range: 1...10_000)
        var targets: [Channel: Double] = [:]
        if let targetMap = map.mapping("targets", table: KeyTables.targets) {
            for channel in Channel.allCases {
                if let seconds = targetMap.duration(channel.rawValue) { targets[channel] = seconds }
            }
            targetMap.finish()
        }
        if dimension == .responseTime {
            for channel in Channel.allCases where targets[channel] == nil {
                diagnostics.error(.missingKey, "the response-time rubric needs a target for '\(channel.rawValue)' under 'targets'",
                                  at: map.node("targets") ?? root)
            }
        }
        let allowance = map.duration("allowance_per_character") ?? 0
        let criteria = (map.sequence("criteria", required: true) ?? []).compactMap { decodeCriterion($0, dimension: dimension) }
        guard let dimension, let language, let weight else { return nil }
        var rubric = Rubric(dimension: dimension, language: language.lowercased(), weight: weight, fullMarks: fullMarks,
                      criteria: criteria, targets: targets, allowancePerCharacter: allowance, source: sourceFile,
                      location: diagnostics.location(root))
        rubric.keyLocations = map.valueLocations
        rubric.facets = decodeFacets(map)
        checkFacets(rubric, map)
        return rubric
    }

    private func decodeCriterion(_ node: Node, dimension: Dimension?) -> Criterion? {
        guard let map = MappingReader(node, table: KeyTables.criterion, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        var id: String?
        if let text = map.string("id", required: true), let node = map.node("id") { id = Identifier.check(text, node, diagnostics) }
        let name = map.string("name", required: true)
        let tip = map.string("tip", required: true)
        let detector = map.choice("detector", Criterion.Detector.self) ?? .phrases
        let points = map.number("points", range: 0...100)
        let penalty = map.number("penalty", range: 0...100)
        if points != nil && penalty != nil {
            diagnostics.error(.invalidValue, "a criterion has either 'points' (a reward) or 'penalty', not both", at: map.keyNode("penalty")!)
        } else if points == nil && penalty == nil && !map.has("points") && !map.has("penalty") {
            diagnostics.error(.missingKey, "a criterion needs 'points' (a reward) or 'penalty'", at: node)
        }
        if detector == .responseTime, dimension != .responseTime {
            diagnostics.error(.invalidValue, "the response_time detector belongs in the response_time rubric", at: map.node("detector")!)
        }
        var phrases: [Phrase] = []
        if detector.readsPhrases {
            phrases = map.phrases("say", required: true) ?? []
            if map.has("say"), phrases.isEmpty {
                diagnostics.error(.emptyPhraseList, "'say' is empty; list at least one phrase this criterion matches", at: map.node("say")!)
            }
        } else if let say = map.node("say") {
            diagnostics.error(.invalidValue, "the \(detector.rawValue) detector does not use 'say'; remove it", at: say)
        }
        let examples = decodeExamples(map)
        if map.node("examples") == nil {
            diagnostics.error(.noExamples, "criterion '\(id ?? "?")' has no examples; add replies under 'examples: match' and 'examples: no_match' (they are its tests)", at: node)
        }
        let fullUntil = map.number("full_until", range: 0...100) ?? 1
        let zeroAt = map.number("zero_at", range: 0...100) ?? 3
        if zeroAt <= fullUntil {
            // At the value that was written: `zero_at`, or `full_until` past the default `zero_at` (3).
            if let zero = map.node("zero_at") {
                diagnostics.error(.invalidValue, "'zero_at' must be larger than 'full_until'", at: zero)
            } else if let full = map.node("full_until") {
                diagnostics.error(.invalidValue, "'zero_at' must be larger than 'full_until' (\(fullUntil.wholeText)); 'zero_at' is 3 unless given: add 'zero_at' above it",
                                  at: full)
            }
        }
        let applies = ApplicabilityDecoder(diagnostics: diagnostics).decode(map)
        guard let id, let name, let tip else { return nil }
        let isPenalty = penalty != nil
        var criterion = Criterion(
            id: id, name: name, rationale: map.string("rationale"), tip: tip, detector: detector,
            points: penalty ?? points ?? 0, isPenalty: isPenalty, isCritical: map.bool("critical") ?? false,
            phrases: phrases, unless: map.phrases("unless") ?? [], negatable: map.bool("negatable") ?? !isPenalty,
            fullUntil: fullUntil, zeroAt: zeroAt, examples: examples, location: diagnostics.location(node))
        criterion.applies = applies
        criterion.facet = map.string("facet")
        criterion.isOptional = map.bool("optional") ?? false
        criterion.unlessNext = map.phrases("unless_next") ?? []
        return criterion
    }

    /// `facets: { warmth: { weight: 0.4, full_marks: 20 }, … }`.
    private func decodeFacets(_ rubric: MappingReader) -> [Facet] {
        guard let map = rubric.mapping("facets", what: "facets", known: []) else { return [] } // any names
        var facets: [Facet] = []
        for (name, keyNode, _) in map.entries where Identifier.check(name, keyNode, diagnostics) != nil {
            guard let facet = map.mapping(name, table: KeyTables.facet, what: "facet '\(name)'") else { continue }
            defer { facet.finish() }
            guard let weight = facet.number("weight", required: true, range: 0...1) else { continue }
            facets.append(Facet(name: name, weight: weight, fullMarks: facet.number("full_marks", range: 1...10_000),
                                location: diagnostics.location(keyNode)))
        }
        return facets
    }

    /// Each criterion's facet is one the rubric lists; with facets, every reward belongs to one.
    private func checkFacets(_ rubric: Rubric, _ map: MappingReader) {
        let names = rubric.facets.map(\.name)
        for criterion in rubric.criteria {
            let at = criterion.location ?? rubric.location
            if let facet = criterion.facet, !names.contains(facet) {
                let hint = names.isEmpty ? "; list the facets under 'facets:' first" : facet.didYouMean(names)
                diagnostics.add(.error(.unknownReference, "criterion '\(criterion.id)' is in facet '\(facet.excerpt())', which the rubric does not list\(hint)", at: at))
            } else if criterion.facet == nil, !names.isEmpty, !criterion.isPenalty {
                diagnostics.add(.error(.missingKey, "criterion '\(criterion.id)' needs a 'facet' (one of: \(names.joined(separator: ", "))): with facets, every reward belongs to one", at: at))
            }
        }
    }

    private func decodeExamples(_ criterion: MappingReader) -> [CriterionExample] {
        guard let examples = criterion.mapping("examples", table: KeyTables.examples) else { return [] }
        defer { examples.finish() }
        var result: [CriterionExample] = []
        for (key, shouldMatch) in [("match", true), ("no_match", false)] {
            for item in examples.sequence(key) ?? [] {
                if let example = decodeExample(item, shouldMatch: shouldMatch) { result.append(example) }
            }
        }
        if result.isEmpty {
            diagnostics.error(.noExamples, "'examples' lists no replies; add some under 'match' and 'no_match'", at: examples.node)
        }
        return result
    }

    private func decodeExample(_ node: Node, shouldMatch: Bool) -> CriterionExample? {
        if case .scalar = node {
            guard let reply = node.string else { return nil }
            return CriterionExample(reply: reply, shouldMatch: shouldMatch, location: diagnostics.location(node))
        }
        guard let map = MappingReader(node, table: KeyTables.example, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        guard let reply = map.string("reply", required: true) else { return nil }
        return CriterionExample(
            reply: reply, customer: map.string("customer"), customerName: map.string("customer_name"),
            seconds: map.number("seconds", range: 0...86_400), channel: map.choice("channel", Channel.self),
            shouldMatch: shouldMatch, location: diagnostics.location(map.node("reply")!))
    }
}
