import Yams

extension JSONValue {
    /// A YAML file's value as JSON, typed as YAML's core schema types plain scalars
    /// (numbers, true/false, null); quoted scalars are text. Nil when the text is not YAML.
    /// For checking files against the generated schemas.
    static func fromYAML(_ text: String) -> JSONValue? {
        guard let node = try? Yams.compose(yaml: text) else { return nil } // not YAML, or empty
        return from(node)
    }

    static func from(_ node: Node) -> JSONValue {
        switch node {
        case .mapping(let mapping):
            return .object(mapping.map { ($0.key.string ?? "", from($0.value)) })
        case .sequence(let sequence):
            return .array(sequence.map(from))
        case .scalar(let scalar):
            guard scalar.style == .plain else { return .string(scalar.string) }
            if node.null != nil { return .null }
            if let flag = node.bool { return .bool(flag) }
            if let integer = node.int { return .number(Double(integer)) }
            if let number = node.float, number.isFinite { return .number(number) }
            return .string(scalar.string)
        case .alias:
            return .null
        }
    }
}
