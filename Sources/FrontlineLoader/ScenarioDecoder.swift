import FrontlineModel
import Yams

/// Decodes a scenario file's node tree into a `Scenario`, reporting every structural
/// problem at its node. Graph checks (references, reachability) live in ScenarioValidator.
struct ScenarioDecoder {
    let diagnostics: Diagnostics
    let sourceFile: SourceFile

    static var keys: [String] { KeyTables.scenario.names }

    func decode(_ root: Node) -> Scenario? {
        guard let map = MappingReader(root, table: KeyTables.scenario, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        var id: String?
        if let text = map.string("id", required: true), let node = map.node("id") { id = identifier(text, node) }
        let title = map.string("title", required: true)
        let channel = map.choice("channel", Channel.self, required: true)
        var language: String?
        if let text = map.string("language", required: true), let node = map.node("language") { language = self.language(text, node) }
        let difficulty = map.choice("difficulty", Difficulty.self) ?? .intermediate
        let tags = map.strings("tags")?.map(\.0) ?? []
        let briefing = map.string("briefing") ?? ""
        let customer = decodeCustomer(map)
        let knowledge = decodeKnowledge(map)
        let turns = SameAsResolver(diagnostics: diagnostics).resolve(decodeTurns(map))
        let endings = decodeEndings(map)
        let silence = decodeSilence(map)
        let start = map.string("start") ?? turns.first?.id ?? ""
        guard let id, let title, let channel, let language, let customer else { return nil }
        var scenario = Scenario(
            id: id, title: title, channel: channel, language: language, difficulty: difficulty, tags: tags,
            briefing: briefing, customer: customer, knowledge: knowledge, startTurn: start, turns: turns,
            endings: endings, silence: silence, onPatienceExhausted: map.string("on_patience_exhausted"),
            source: sourceFile, location: diagnostics.location(root))
        scenario.keyLocations = map.valueLocations
        return scenario
    }

    private func decodeCustomer(_ map: MappingReader) -> Customer? {
        guard let customer = map.mapping("customer", table: KeyTables.customer, required: true) else { return nil }
        defer { customer.finish() }
        let name = customer.string("name", required: true)
        let situation = customer.string("situation") ?? ""
        let patience = customer.integer("patience", range: 1...100) ?? 60
        return name.map { Customer(name: $0, situation: situation, patience: patience) }
    }

    private func decodeKnowledge(_ map: MappingReader) -> [KnowledgeFact] {
        guard let knowledge = map.mapping("knowledge", what: "knowledge", known: []) else { return [] }
        return knowledge.entries.compactMap { key, keyNode, value in
            guard identifier(key, keyNode) != nil,
                  let fact = MappingReader(value, table: KeyTables.knowledgeFact, what: "knowledge fact '\(key)'", diagnostics: diagnostics) else {
                diagnostics.broken(.fact, key)
                return nil
            }
            defer { fact.finish() }
            guard let topic = fact.string("topic", required: true), let text = fact.string("text", required: true) else {
                diagnostics.broken(.fact, key)
                return nil
            }
            return KnowledgeFact(id: key, topic: topic, text: text, location: diagnostics.location(keyNode))
        }
    }

    private func decodeSilence(_ map: MappingReader) -> SilencePolicy {
        guard let silence = map.mapping("silence", table: KeyTables.silence) else {
            return SilencePolicy()
        }
        defer { silence.finish() }
        var policy = SilencePolicy(location: diagnostics.location(silence.node))
        policy.nudgeAfter = silence.duration("nudge_after")
        if let nudges = silence.strings("nudges") {
            if nudges.isEmpty { diagnostics.error(.invalidValue, "'nudges' needs at least one line", at: silence.node("nudges")!) }
            else { policy.nudges = nudges.map(\.0) }
        }
        policy.patienceCost = silence.integer("patience_cost", range: 0...100) ?? policy.patienceCost
        policy.giveUpAfter = silence.integer("give_up_after", range: 1...20) ?? policy.giveUpAfter
        policy.ending = silence.string("ending")
        policy.endingLocation = silence.valueLocations["ending"]
        return policy
    }

    private func decodeTurns(_ map: MappingReader) -> [Turn] {
        guard let turns = map.mapping("turns", what: "turns", known: [], required: true) else { return [] }
        if turns.entries.isEmpty { diagnostics.error(.missingKey, "a scenario needs at least one turn", at: turns.node) }
        return turns.entries.compactMap { key, keyNode, value in
            guard identifier(key, keyNode) != nil, let turn = decodeTurn(key, keyNode: keyNode, value) else {
                diagnostics.broken(.turn, key)
                return nil
            }
            return turn
        }
    }

    private func decodeTurn(_ id: String, keyNode: Node, _ node: Node) -> Turn? {
        guard let turn = MappingReader(node, table: KeyTables.turn, what: "turn '\(id)'", diagnostics: diagnostics) else { return nil }
        defer { turn.finish() }
        let (lines, adapted) = decodeCustomerLines(turn)
        // A single line that is not text was reported as such; a list can still lack a plain line.
        if let customer = turn.node("customer"), case .sequence = customer, lines.isEmpty {
            let message = adapted.isEmpty ? "turn '\(id)' needs at least one customer line"
                : "turn '\(id)' needs at least one customer line without 'if_said', for conversations none of its adapted lines fits"
            diagnostics.error(.invalidValue, message, at: customer)
        }
        let expectations = (turn.sequence("expect") ?? []).compactMap(decodeExpectation)
            .map { $0.sameAs == nil && $0.name.isEmpty ? $0.named($0.id.humanized) : $0 }
        let branches = decodeBranches(turn, turnId: id)
        var result = Turn(id: id, customer: lines, expectations: expectations, exemplary: turn.string("exemplary"),
                          responseTime: turn.duration("response_time"), branches: branches, adaptedLines: adapted,
                          skip: turn.node("skip").flatMap(decodeSkip), location: diagnostics.location(keyNode))
        result.phase = turn.choice("phase", Phase.self)
        result.exemplaryLocation = turn.node("exemplary").map { diagnostics.location($0) }
        return result
    }

    /// `customer:` is a line, or a list of lines and adapted lines (`{ line, if_said, unless_said }`).
    private func decodeCustomerLines(_ turn: MappingReader) -> ([String], [AdaptedLine]) {
        guard let node = turn.node("customer") else {
            turn.missing("customer")
            return ([], [])
        }
        guard case .sequence(let items) = node else { return (turn.scalarString(node, key: "customer").map { [$0] } ?? [], []) }
        var lines: [String] = [], adapted: [AdaptedLine] = []
        for item in items {
            if case .mapping = item {
                guard let map = MappingReader(item, table: KeyTables.adaptedLine, diagnostics: diagnostics) else { continue }
                defer { map.finish() }
                guard let line = map.string("line", required: true) else { continue }
                let ifSaid = map.strings("if_said")?.map(\.0) ?? [], unlessSaid = map.strings("unless_said")?.map(\.0) ?? []
                if ifSaid.isEmpty && unlessSaid.isEmpty {
                    diagnostics.error(.missingKey, "an adapted customer line needs 'if_said' or 'unless_said'; write a plain line otherwise", at: item)
                }
                adapted.append(AdaptedLine(line: line, ifSaid: ifSaid, unlessSaid: unlessSaid, location: diagnostics.location(item)))
            } else if let line = turn.scalarString(item, key: "customer") {
                lines.append(line)
            }
        }
        return (lines, adapted)
    }

    /// `skip: { if_said: [ids], goto: target }`.
    private func decodeSkip(_ node: Node) -> TurnSkip? {
        guard let map = MappingReader(node, table: KeyTables.skip, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        let ifSaid = map.strings("if_said", required: true)?.map(\.0) ?? []
        guard let target = map.string("goto", required: true) else { return nil }
        if map.has("if_said"), ifSaid.isEmpty { diagnostics.error(.invalidValue, "'if_said' needs at least one expectation", at: node) }
        return TurnSkip(ifSaid: ifSaid, target: target, location: diagnostics.location(map.node("goto") ?? node))
    }

    private func decodeExpectation(_ node: Node) -> Expectation? {
        guard let map = MappingReader(node, table: KeyTables.expectation, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        var id: String?
        var decoded = false
        let written = map.string("id", required: true)
        if let written, let node = map.node("id") { id = identifier(written, node) }
        defer { if let written, !decoded { diagnostics.broken(.expectation, written) } }
        let sameAs = map.string("same_as")
        let kind = map.choice("kind", Expectation.Kind.self) ?? .fact
        // A repeated expectation (`same_as`) takes its phrases, value and tip from the one it repeats.
        let phrases = map.phrases("say", required: sameAs == nil)
        if let phrases, phrases.isEmpty, let say = map.node("say") {
            diagnostics.error(.emptyPhraseList, "'say' is empty; list at least one phrase that meets this expectation", at: say)
        }
        let andSay = map.phrases("and_say") ?? []
        var value: ExpectedValue?
        if let text = map.string("value"), let node = map.node("value") {
            value = ExpectedValue(text: text, tolerance: map.number("tolerance", range: 0...1) ?? 0,
                                  meetsAlone: map.bool("value_alone") ?? true, location: map.phraseLocation(node))
        } else if map.has("tolerance"), let node = map.node("tolerance") {
            diagnostics.error(.invalidValue, "'tolerance' says how far a stated value may be from 'value'; add 'value' or remove it", at: node)
        } else if map.has("value_alone"), let node = map.node("value_alone") {
            diagnostics.error(.invalidValue, "'value_alone' says whether stating 'value' meets the expectation; add 'value' or remove it", at: node)
        }
        let tip = map.string("tip", required: sameAs == nil)
        let points = map.number("points", range: 0...100) ?? (kind == .forbidden ? 30 : 10)
        guard let id else { return nil }
        if sameAs == nil, tip == nil { return nil }
        decoded = true
        var expectation = Expectation(
            id: id, kind: kind, name: map.string("name") ?? "", phrases: phrases ?? [], tip: tip ?? "",
            points: points, isCritical: map.bool("critical") ?? false,
            requires: map.strings("requires")?.map(\.0) ?? [], fact: map.string("fact"),
            andSay: andSay, value: value, sameAs: sameAs, location: diagnostics.location(node))
        expectation.byOffer = map.bool("by_offer")
        if let contradicts = map.strings("contradicts") {
            if kind == .forbidden {
                expectation.contradicts = contradicts.map(\.0)
            } else if let node = map.node("contradicts") {
                diagnostics.error(.invalidValue, "only a forbidden claim contradicts other expectations; move 'contradicts' to the forbidden claim that takes '\(id)' back", at: node)
            }
        }
        if let impliedBy = map.strings("implied_by") {
            if kind == .forbidden {
                expectation.impliedBy = impliedBy.map(\.0)
            } else if let node = map.node("implied_by") {
                diagnostics.error(.invalidValue, "only a forbidden claim is implied by other claims; remove 'implied_by' from '\(id)' or make it a forbidden claim", at: node)
            }
        }
        expectation.keyLocations = map.valueLocations
        return expectation
    }

    private func decodeBranches(_ turn: MappingReader, turnId: String) -> [Branch] {
        guard let next = turn.node("next") else {
            turn.missing("next")
            return []
        }
        if case .scalar = next {
            // One id; an empty or null one is reported once, by scalarString.
            return turn.scalarString(next, key: "next").map { [Branch(target: $0, location: diagnostics.location(next))] } ?? []
        }
        guard case .sequence(let items) = next else {
            diagnostics.error(.wrongType, "expected 'next' to be a turn or ending id, or a list of branches; found \(next.kindDescription)", at: next)
            return []
        }
        if items.isEmpty { diagnostics.error(.missingKey, "turn '\(turnId)' has an empty 'next'; add at least one branch", at: next) }
        return items.compactMap { item in
            guard let branch = MappingReader(item, table: KeyTables.branch, diagnostics: diagnostics) else { return nil }
            defer { branch.finish() }
            let target = branch.string("goto", required: true)
            let condition = branch.node("if").flatMap(decodeCondition)
            return target.map { Branch(condition: condition, target: $0, location: diagnostics.location(branch.node("goto")!)) }
        }
    }

    private func decodeCondition(_ node: Node) -> BranchCondition? {
        guard let map = MappingReader(node, table: KeyTables.condition, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        if map.entries.isEmpty {
            diagnostics.error(.invalidValue, "an empty condition; remove 'if' to make this the default branch", at: node)
        }
        return BranchCondition(
            said: map.strings("said")?.map(\.0) ?? [], missed: map.strings("missed")?.map(\.0) ?? [],
            wrong: map.strings("wrong")?.map(\.0) ?? [],
            critical: map.bool("critical"),
            scoreAtLeast: map.number("score_at_least", range: 0...100), scoreBelow: map.number("score_below", range: 0...100),
            patienceAtLeast: map.integer("patience_at_least", range: 0...100),
            patienceBelow: map.integer("patience_below", range: 0...100),
            location: diagnostics.location(node))
    }

    private func decodeEndings(_ map: MappingReader) -> [Ending] {
        guard let endings = map.mapping("endings", what: "endings", known: [], required: true) else { return [] }
        if endings.entries.isEmpty { diagnostics.error(.missingKey, "a scenario needs at least one ending", at: endings.node) }
        return endings.entries.compactMap { key, keyNode, value in
            guard identifier(key, keyNode) != nil,
                  let ending = MappingReader(value, table: KeyTables.ending, what: "ending '\(key)'", diagnostics: diagnostics)
            else {
                diagnostics.broken(.ending, key)
                return nil
            }
            defer { ending.finish() }
            guard let outcome = ending.choice("outcome", Ending.Outcome.self, required: true),
                  let debrief = ending.string("debrief", required: true) else {
                diagnostics.broken(.ending, key)
                return nil
            }
            return Ending(id: key, outcome: outcome, customer: ending.string("customer"), debrief: debrief,
                          location: diagnostics.location(keyNode))
        }
    }

    // MARK: Shared value checks

    func identifier(_ text: String, _ node: Node) -> String? {
        Identifier.check(text, node, diagnostics)
    }

    private func language(_ text: String, _ node: Node) -> String? {
        // Empty pieces kept: "en-", "-en" and "en--gb" have an empty subtag. The language
        // subtag is 2–3 letters; later subtags (script, region, variant) letters or digits.
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.allSatisfy { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            diagnostics.error(.invalidValue, "'\(text.excerpt())' is not a BCP 47 language tag; write it like en, fa or lv", at: node)
            return nil
        }
        return text.lowercased()
    }
}

enum Identifier {
    /// Ids are lower-case letters, digits, '-' and '_', starting with a letter.
    static func check(_ text: String, _ node: Node, _ diagnostics: Diagnostics) -> String? {
        let valid = text.first.map { $0.isASCII && $0.isLetter } == true
            && text.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" || $0 == "_" }
        guard valid else {
            let suggestion = text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
            diagnostics.error(.invalidValue, "'\(text.excerpt())' is not a valid id; use lower-case letters, digits, '-' and '_' (e.g. '\(suggestion.excerpt())')", at: node)
            return nil
        }
        return text
    }
}

extension String {
    /// "ask-order-number" → "Ask order number".
    var humanized: String {
        let words = replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

import Foundation
