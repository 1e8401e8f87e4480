import FrontlineModel
import Yams

/// Decodes Scenarios/<id>.track.yaml.
struct TrackDecoder {
    let diagnostics: Diagnostics
    let sourceFile: SourceFile

    func decode(_ root: Node) -> Track? {
        guard let map = MappingReader(root, table: KeyTables.track, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        var id: String?
        if let text = map.string("id", required: true), let node = map.node("id") { id = Identifier.check(text, node, diagnostics) }
        let title = map.string("title", required: true)
        let items = map.sequence("steps", required: true) ?? []
        if map.has("steps"), items.isEmpty {
            diagnostics.error(.missingKey, "a track needs at least one step", at: map.node("steps")!)
        }
        let steps = items.compactMap(decodeStep)
        guard let id, let title else { return nil }
        return Track(id: id, title: title, steps: steps, source: sourceFile, location: diagnostics.location(root))
    }

    private func decodeStep(_ node: Node) -> Track.Step? {
        guard let map = MappingReader(node, table: KeyTables.trackStep, diagnostics: diagnostics) else { return nil }
        defer { map.finish() }
        let title = map.string("title", required: true)
        let scenarios = map.strings("scenarios", required: true) ?? []
        if map.has("scenarios"), scenarios.isEmpty {
            diagnostics.error(.missingKey, "a step needs at least one scenario", at: map.node("scenarios")!)
        }
        var marks = PassMarks()
        if let pass = map.mapping("pass", table: KeyTables.passMarks, required: true) {
            marks.overall = pass.number("overall", range: 0...100)
            for dimension in Dimension.allCases {
                if let mark = pass.number(dimension.rawValue, range: 0...100) { marks.dimensions[dimension] = mark }
            }
            if pass.entries.isEmpty { diagnostics.error(.missingKey, "'pass' needs at least one mark (overall, empathy, accuracy or response_time)", at: pass.node) }
            pass.finish()
        }
        guard let title else { return nil }
        var step = Track.Step(title: title, scenarios: scenarios.map(\.0), passMarks: marks, location: diagnostics.location(node))
        step.scenarioLocations = scenarios.map { diagnostics.location($0.1) }
        return step
    }
}
