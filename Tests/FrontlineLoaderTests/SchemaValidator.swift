import Foundation
@testable import FrontlineLoader

/// A JSON Schema validator for the subset `JSONSchema` emits (draft-07: type, enum,
/// properties, required, additionalProperties, items, minItems, minimum, maximum, anyOf,
/// pattern), so tests can prove files against the generated schemas without a network.
enum SchemaValidator {
    /// The problems, as "path: what"; empty when the value conforms.
    static func problems(_ value: JSONValue, _ schema: JSONValue, at path: String = "$") -> [String] {
        var found: [String] = []
        if case .array(let types)? = schema["type"] {
            let names = types.compactMap { if case .string(let s) = $0 { s } else { nil } }
            if !names.contains(where: { matches(value, type: $0) }) { found.append("\(path): not \(names.joined(separator: " or "))") }
        } else if case .string(let type)? = schema["type"], !matches(value, type: type) {
            found.append("\(path): not \(type)")
        }
        if case .array(let options)? = schema["enum"], !options.contains(value) {
            found.append("\(path): not one of the allowed values")
        }
        if case .number(let value) = value {
            if case .number(let minimum)? = schema["minimum"], value < minimum { found.append("\(path): below \(minimum)") }
            if case .number(let maximum)? = schema["maximum"], value > maximum { found.append("\(path): above \(maximum)") }
        }
        if case .string(let text) = value, case .string(let pattern)? = schema["pattern"],
           text.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): does not match \(pattern)")
        }
        if case .array(let items) = value {
            if case .number(let minimum)? = schema["minItems"], Double(items.count) < minimum { found.append("\(path): fewer than \(Int(minimum)) items") }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { found += problems(item, itemSchema, at: "\(path)[\(index)]") }
            }
        }
        if case .object(let pairs) = value {
            let properties: [(String, JSONValue)]
            if case .object(let declared)? = schema["properties"] { properties = declared } else { properties = [] }
            if case .array(let required)? = schema["required"] {
                for case .string(let key) in required where !pairs.contains(where: { $0.0 == key }) { found.append("\(path): missing '\(key)'") }
            }
            for (key, item) in pairs {
                if let property = properties.first(where: { $0.0 == key })?.1 {
                    found += problems(item, property, at: "\(path).\(key)")
                } else if case .bool(false)? = schema["additionalProperties"] {
                    found.append("\(path): unknown key '\(key)'")
                } else if let additional = schema["additionalProperties"], case .object = additional {
                    found += problems(item, additional, at: "\(path).\(key)")
                }
            }
        }
        if case .array(let alternatives)? = schema["anyOf"] {
            let results = alternatives.map { problems(value, $0, at: path) }
            if !results.contains(where: \.isEmpty) {
                found.append("\(path): matches none of its alternatives (\(results.map { $0.first ?? "" }.joined(separator: "; ")))")
            }
        }
        return found
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("string", .string), ("boolean", .bool), ("null", .null), ("object", .object), ("array", .array), ("number", .number): true
        case ("integer", .number(let n)): n == n.rounded()
        default: false
        }
    }
}
