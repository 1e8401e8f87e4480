import FrontlineModel
import Yams

/// Decodes a criterion's `applies:` mapping (docs/authoring.md, "When a criterion applies"):
///
///     applies:
///       phase: [opening]             # opening, middle, closing
///       customer: [feeling, problem] # cues in the customer's line (language.yaml `cues`, or specifics)
///       reply: [request]             # cues in the reply itself
///       name_used: false             # only until the name has been used
///       channel: [chat, email]
struct ApplicabilityDecoder {
    let diagnostics: Diagnostics

    func decode(_ criterion: MappingReader) -> Applicability {
        guard let map = criterion.mapping("applies", table: KeyTables.applies) else { return .always }
        let errorsBefore = diagnostics.items.count { $0.severity == .error }
        var applies = Applicability(location: diagnostics.location(map.node))
        applies.phases = Set(choices(map, "phase", Phase.self))
        applies.channels = Set(choices(map, "channel", Channel.self))
        applies.customer = map.strings("customer")?.map(\.0) ?? []
        applies.reply = map.strings("reply")?.map(\.0) ?? []
        applies.nameUsed = map.bool("name_used")
        for key in ["phase", "channel", "customer", "reply"] {
            if let node = map.node(key), case .sequence(let items) = node, items.isEmpty {
                diagnostics.error(.invalidValue, "'\(key)' under 'applies' is empty; list at least one value or remove it", at: node)
            }
        }
        map.finish()
        // A condition that was written but is wrong has its own error; "states no condition" would only repeat it.
        let mistaken = diagnostics.items.count { $0.severity == .error } > errorsBefore
        if applies.isAlways, map.node("name_used") == nil, !mistaken {
            diagnostics.warning(.invalidValue, "'applies' states no condition, so the criterion applies to every reply; remove it or add a condition", at: map.node)
        }
        return applies
    }

    /// A single value or a list, each one of `E`'s cases ("did you mean" for a near miss).
    private func choices<E: RawRepresentable & CaseIterable>(_ map: MappingReader, _ key: String, _ type: E.Type) -> [E]
    where E.RawValue == String {
        var result: [E] = []
        for (text, node) in map.strings(key) ?? [] {
            if let value = E(rawValue: text) {
                result.append(value)
                continue
            }
            let options = E.allCases.map(\.rawValue)
            let hint = text.closest(in: options).map { "did you mean '\($0)'?" } ?? "expected one of: \(options.joined(separator: ", "))"
            diagnostics.error(.invalidValue, "'\(text.excerpt())' is not a \(key) under 'applies'; \(hint)", at: node)
        }
        return result
    }
}
