import FrontlineModel
import Yams

/// Reads one YAML mapping against a schema: every key it is asked for is marked known;
/// `finish()` reports the others as unknown, with "did you mean".
struct MappingReader {
    let node: Node
    let what: String
    let diagnostics: Diagnostics
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private let known: [String]

    /// Reads `node` against a key table (see `KeyTables`); `what` overrides the table's
    /// name in messages ("turn 'opening'").
    init?(_ node: Node, table: KeyTable, what: String? = nil, diagnostics: Diagnostics) {
        self.init(node, what: what ?? table.what, known: table.names, diagnostics: diagnostics)
    }

    /// Nil (with a diagnostic) when `node` is not a mapping.
    init?(_ node: Node, what: String, known: [String], diagnostics: Diagnostics) {
        guard case .mapping(let mapping) = node else {
            diagnostics.error(.wrongType, "expected \(what) to be a mapping of keys, found \(node.kindDescription)", at: node)
            return nil
        }
        self.node = node
        self.what = what
        self.known = known
        self.diagnostics = diagnostics
        var pairs: [(String, Node, Node)] = []
        for (key, value) in mapping {
            guard let name = key.string, case .scalar = key else {
                diagnostics.error(.wrongType, "keys must be plain words, found \(key.kindDescription)", at: key)
                continue
            }
            pairs.append((name, key, value))
        }
        self.pairs = pairs
    }

    /// Reports keys the schema does not have.
    func finish() {
        for pair in pairs where !known.contains(pair.key) {
            diagnostics.error(.unknownKey, "unknown key '\(pair.key.excerpt())' in \(what)\(pair.key.didYouMean(known))", at: pair.keyNode)
        }
    }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }
    func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }
    func keyNode(_ key: String) -> Node? { pairs.first { $0.key == key }?.keyNode }
    /// The entries in file order (for mappings keyed by id: turns, endings, knowledge).
    var entries: [(key: String, keyNode: Node, value: Node)] { pairs }

    /// Where each key's value is, for diagnostics raised after decoding.
    var valueLocations: [String: SourceLocation] {
        Dictionary(pairs.map { ($0.key, diagnostics.location($0.value)) }, uniquingKeysWith: { a, _ in a })
    }

    func missing(_ key: String) {
        // A misspelt key ('titel') is reported once, as unknown with "did you mean 'title'".
        if pairs.contains(where: { !known.contains($0.key) && $0.key.closest(in: known) == key }) { return }
        diagnostics.error(.missingKey, "\(what) is missing required key '\(key)'", at: node)
    }

    // MARK: Typed values

    func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        return scalarString(value, key: key)
    }

    func scalarString(_ value: Node, key: String) -> String? {
        guard case .scalar(let scalar) = value else {
            diagnostics.error(.wrongType, "expected text for '\(key)', found \(value.kindDescription)", at: value)
            return nil
        }
        if scalar.style == .plain, value.null != nil {
            diagnostics.error(.wrongType, "'\(key)' is empty; write a value or remove the key", at: value)
            return nil
        }
        return scalar.string
    }

    func number(_ key: String, required: Bool = false, range: ClosedRange<Double>? = nil) -> Double? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .scalar = value, let number = value.float else {
            diagnostics.error(.wrongType, "expected a number for '\(key)', found \(value.kindDescription)\(quoted(value))", at: value)
            return nil
        }
        if let range, !range.contains(number) {
            diagnostics.error(.invalidValue, "'\(key)' must be between \(format(range.lowerBound)) and \(format(range.upperBound)), found \(format(number))", at: value)
            return nil
        }
        return number
    }

    func integer(_ key: String, range: ClosedRange<Int>) -> Int? {
        guard let value = node(key) else { return nil }
        guard case .scalar = value, let number = value.int else {
            diagnostics.error(.wrongType, "expected a whole number for '\(key)', found \(value.kindDescription)\(quoted(value))", at: value)
            return nil
        }
        guard range.contains(number) else {
            diagnostics.error(.invalidValue, "'\(key)' must be between \(range.lowerBound) and \(range.upperBound), found \(number)", at: value)
            return nil
        }
        return number
    }

    func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        guard case .scalar = value, let flag = value.bool else {
            diagnostics.error(.wrongType, "expected true or false for '\(key)', found \(value.kindDescription)\(quoted(value))", at: value)
            return nil
        }
        return flag
    }

    /// `30s`, `2m`, `1h`, `1m30s` or a plain number of seconds.
    func duration(_ key: String) -> Double? {
        guard let value = node(key) else { return nil }
        guard let text = scalarString(value, key: key) else { return nil }
        guard let seconds = Duration.parse(text), seconds > 0 else {
            diagnostics.error(.invalidValue, "'\(text.excerpt())' is not a duration; write it like 30s, 2m or 1m30s", at: value)
            return nil
        }
        return seconds
    }

    func choice<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, required: Bool = false) -> E? where E.RawValue == String {
        guard let text = string(key, required: required), let value = node(key) else { return nil }
        if let parsed = E(rawValue: text) { return parsed }
        let options = E.allCases.map(\.rawValue)
        let hint = text.closest(in: options).map { "did you mean '\($0)'?" } ?? "expected one of: \(options.joined(separator: ", "))"
        diagnostics.error(.invalidValue, "'\(text.excerpt())' is not a valid \(key); \(hint)", at: value)
        return nil
    }

    /// A single string or a list of strings, each with its location.
    func strings(_ key: String, required: Bool = false) -> [(String, Node)]? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        switch value {
        case .scalar:
            return scalarString(value, key: key).map { [($0, value)] }
        case .sequence(let items):
            var result: [(String, Node)] = []
            for item in items {
                if let text = scalarString(item, key: key) { result.append((text, item)) }
            }
            return result
        default:
            diagnostics.error(.wrongType, "expected text or a list of texts for '\(key)', found \(value.kindDescription)", at: value)
            return nil
        }
    }

    func phrases(_ key: String, required: Bool = false) -> [Phrase]? {
        strings(key, required: required)?.map { text, node in Phrase(text, location: phraseLocation(node)) }
    }

    /// The location of a phrase's first character (after its quote, if quoted).
    func phraseLocation(_ node: Node) -> SourceLocation {
        var location = diagnostics.location(node)
        if case .scalar(let scalar) = node, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
            location.column += 1
        }
        return location
    }

    func sequence(_ key: String, required: Bool = false) -> [Node]? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let items) = value else {
            diagnostics.error(.wrongType, "expected a list for '\(key)', found \(value.kindDescription)", at: value)
            return nil
        }
        return Array(items)
    }

    func mapping(_ key: String, what: String, known: [String], required: Bool = false) -> MappingReader? {
        guard let value = node(key) else {
            if required { missing(key) }
            return nil
        }
        return MappingReader(value, what: what, known: known, diagnostics: diagnostics)
    }

    func mapping(_ key: String, table: KeyTable, what: String? = nil, required: Bool = false) -> MappingReader? {
        mapping(key, what: what ?? table.what, known: table.names, required: required)
    }

    private func quoted(_ node: Node) -> String {
        node.string.map { " '\($0.excerpt())'" } ?? ""
    }

    private func format(_ value: Double) -> String { value.wholeText }
}
