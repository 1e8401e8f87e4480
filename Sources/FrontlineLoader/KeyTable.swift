import FrontlineModel

/// The keys one kind of YAML mapping may have: what each holds, whether it is required and
/// what it means. The decoders' unknown-key check (`MappingReader(table:)`) and the JSON
/// Schemas of `frontline schema` both read these tables, so the two cannot drift: adding a
/// key is one line in `KeyTables`.
public struct KeyTable: Sendable {
    /// "the scenario", "an expectation": how messages name the mapping.
    public var what: String
    public var keys: [KeySpec]
    /// Sets of keys of which at least one set must be present (`say` and `tip`, or `same_as`).
    public var requiresOneOf: [[String]]

    public init(_ what: String, _ keys: [KeySpec], requiresOneOf: [[String]] = []) {
        self.what = what
        self.keys = keys
        self.requiresOneOf = requiresOneOf
    }

    public var names: [String] { keys.map(\.name) }
    public var required: [String] { keys.filter(\.required).map(\.name) }
    public func key(_ name: String) -> KeySpec? { keys.first { $0.name == name } }
}

/// One key: its name, the shape of its value, whether it is required, and what it means
/// (shown by editors as the key's documentation).
public struct KeySpec: Sendable {
    public var name: String
    public var shape: ValueShape
    public var required: Bool
    public var doc: String

    public init(_ name: String, _ shape: ValueShape, required: Bool = false, _ doc: String) {
        self.name = name
        self.shape = shape
        self.required = required
        self.doc = doc
    }
}

/// What a value may be, as far as its structure goes (the loader checks the rest: ids
/// that exist, patterns that parse).
public indirect enum ValueShape: Sendable {
    /// Any text (numbers and true/false are read as their text).
    case text
    case number(min: Double?, max: Double?)
    case integer(min: Int?, max: Int?)
    case bool
    /// `30s`, `2m`, `1h`, `1m30s` or a number of seconds.
    case duration
    /// A score band: `70..100` or one number.
    case band
    case choice([String])
    /// A text or a list of texts.
    case textOrList
    /// Phrase patterns: a text or a list of at least one.
    case phrases
    case list(ValueShape, minItems: Int = 0)
    case mapping(KeyTable)
    /// A mapping whose keys are names the author chooses (turn ids, words), each value this.
    case entries(ValueShape)
    /// Any of these shapes.
    case anyOf([ValueShape])

    static func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> ValueShape where E.RawValue == String {
        .choice(type.allCases.map(\.rawValue))
    }
}
