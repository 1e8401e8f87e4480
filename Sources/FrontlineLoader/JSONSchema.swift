import FrontlineModel

/// JSON Schemas (draft-07, what the common YAML editor extensions read) generated from the
/// key tables the loader uses, one per kind of file. `frontline schema` writes them; the
/// shipped files name theirs on their first line
/// (`# yaml-language-server: $schema=../schemas/scenario.schema.json`).
public enum JSONSchema {
    public enum Kind: String, CaseIterable, Sendable {
        case scenario, walkthrough, rubric, language, track

        public var table: KeyTable {
            switch self {
            case .scenario: KeyTables.scenario
            case .walkthrough: KeyTables.walkthroughFile
            case .rubric: KeyTables.rubric
            case .language: KeyTables.languagePack
            case .track: KeyTables.track
            }
        }

        public var fileName: String { "\(rawValue).schema.json" }

        var title: String {
            switch self {
            case .scenario: "Frontline scenario (Scenarios/<id>.yaml)"
            case .walkthrough: "Frontline golden walkthroughs (Scenarios/<id>.walkthrough.yaml)"
            case .rubric: "Frontline rubric (Rubrics/<language>/<dimension>.yaml)"
            case .language: "Frontline language pack (Rubrics/<language>/language.yaml)"
            case .track: "Frontline onboarding track (Scenarios/<id>.track.yaml)"
            }
        }
    }

    public static func document(_ kind: Kind) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("$schema", .string("http://json-schema.org/draft-07/schema#")),
            ("title", .string(kind.title)),
        ]
        if case .object(let body) = schema(.mapping(kind.table)) { pairs += body }
        return .object(pairs)
    }

    static func schema(_ shape: ValueShape, doc: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = []
        if let doc { pairs.append(("description", .string(doc))) }
        switch shape {
        case .text:
            pairs.append(("type", .array([.string("string"), .string("number"), .string("boolean")])))
        case .number(let min, let max):
            pairs.append(("type", .string("number")))
            if let min { pairs.append(("minimum", .number(min))) }
            if let max { pairs.append(("maximum", .number(max))) }
        case .integer(let min, let max):
            pairs.append(("type", .string("integer")))
            if let min { pairs.append(("minimum", .number(Double(min)))) }
            if let max { pairs.append(("maximum", .number(Double(max)))) }
        case .bool:
            pairs.append(("type", .string("boolean")))
        case .duration:
            pairs.append(("type", .array([.string("string"), .string("number")])))
            pairs.append(("pattern", .string("^\\s*([0-9.]+\\s*[hms]\\s*)+$|^\\s*[0-9.]+\\s*$")))
        case .band:
            pairs.append(("type", .array([.string("string"), .string("number")])))
            pairs.append(("pattern", .string("^\\s*[0-9.]+\\s*(\\.\\.\\s*[0-9.]+\\s*)?$")))
        case .choice(let options):
            pairs.append(("enum", .array(options.map(JSONValue.string))))
        case .textOrList:
            pairs.append(("anyOf", .array([schema(.text), schema(.list(.text))])))
        case .phrases:
            pairs.append(("anyOf", .array([schema(.text), schema(.list(.text, minItems: 1))])))
        case .list(let item, let minItems):
            pairs.append(("type", .string("array")))
            pairs.append(("items", schema(item)))
            if minItems > 0 { pairs.append(("minItems", .number(Double(minItems)))) }
        case .entries(let value):
            pairs.append(("type", .string("object")))
            pairs.append(("additionalProperties", schema(value)))
        case .mapping(let table):
            pairs.append(("type", .string("object")))
            pairs.append(("properties", .object(table.keys.map { ($0.name, schema($0.shape, doc: $0.doc)) })))
            if !table.required.isEmpty { pairs.append(("required", .array(table.required.map(JSONValue.string)))) }
            if !table.requiresOneOf.isEmpty {
                pairs.append(("anyOf", .array(table.requiresOneOf.map { .object([("required", .array($0.map(JSONValue.string)))]) })))
            }
            pairs.append(("additionalProperties", .bool(false)))
        case .anyOf(let shapes):
            pairs.append(("anyOf", .array(shapes.map { schema($0) })))
        }
        return .object(pairs)
    }
}
