import FrontlineModel
import Yams

/// Decodes Scenarios/<id>.walkthrough.yaml.
struct WalkthroughDecoder {
    let diagnostics: Diagnostics
    let sourceFile: SourceFile

    func decode(_ root: Node) -> [Walkthrough] {
        guard let map = MappingReader(root, table: KeyTables.walkthroughFile, diagnostics: diagnostics) else { return [] }
        defer { map.finish() }
        guard let scenario = map.string("scenario", required: true) else { return [] }
        let items = map.sequence("walkthroughs", required: true) ?? []
        if map.has("walkthroughs"), items.isEmpty {
            diagnostics.error(.missingKey, "the file lists no walkthroughs", at: map.node("walkthroughs")!)
        }
        return items.compactMap { decodeWalkthrough($0, scenario: scenario) }
    }

    private func decodeWalkthrough(_ node: Node, scenario: String) -> Walkthrough? {
        guard let map = MappingReader(node, table: KeyTables.walkthrough, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        let name = map.string("name", required: true)
        let steps = (map.sequence("replies", required: true) ?? []).compactMap(decodeStep)
        let ending = map.string("ending", required: true)
        guard let name, let ending else { return nil }
        var walkthrough = Walkthrough(scenario: scenario, name: name, steps: steps, ending: ending, overall: band(map, "overall"),
                                      source: sourceFile, location: diagnostics.location(node))
        walkthrough.keyLocations = map.valueLocations
        return walkthrough
    }

    private func decodeStep(_ node: Node) -> Walkthrough.Step? {
        guard let map = MappingReader(node, table: KeyTables.walkthroughStep, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        guard let reply = map.string("say", required: true) else { return nil }
        var scores: [Dimension: ScoreBand] = [:]
        for dimension in Dimension.allCases {
            if let b = band(map, dimension.rawValue) { scores[dimension] = b }
        }
        var step = Walkthrough.Step(reply: reply, seconds: map.number("seconds", range: 0...86_400), turn: map.string("turn"),
                                    overall: band(map, "overall"), scores: scores, location: diagnostics.location(node))
        step.keyLocations = map.valueLocations
        return step
    }

    private func band(_ map: MappingReader, _ key: String) -> ScoreBand? {
        guard let node = map.node(key), let text = map.scalarString(node, key: key) else { return nil }
        guard let band = ScoreBand(parsing: text), band.lower >= 0, band.upper <= 100 else {
            diagnostics.error(.invalidValue, "'\(text.excerpt())' is not a score band; write it like 70..100", at: node)
            return nil
        }
        return band
    }
}
