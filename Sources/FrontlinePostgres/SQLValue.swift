#if PostgreSQL
import Foundation
import PostgresNIO

/// A value bound to a $n placeholder: queries are always parameterised, never spliced.
enum SQLValue: Sendable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case bool(Bool)
    case date(Date)
    case texts([String])
    case ints([Int64])

    static func int(_ value: Int) -> SQLValue { .int(Int64(value)) }
    static func optional(_ value: Double?) -> SQLValue { value.map(SQLValue.double) ?? .null }
    static func optional(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
    static func optional(_ value: Date?) -> SQLValue { value.map(SQLValue.date) ?? .null }
    static func optional(_ value: Int?) -> SQLValue { value.map { SQLValue.int(Int64($0)) } ?? .null }

    static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .int(let v): bindings.append(v)
            case .double(let v): bindings.append(v)
            case .text(let v): bindings.append(v)
            case .bool(let v): bindings.append(v)
            case .date(let v): bindings.append(v)
            case .texts(let v): bindings.append(v)
            case .ints(let v): bindings.append(v)
            }
        }
        return bindings
    }
}

/// One result row, read by column name.
struct Row {
    let row: PostgresRandomAccessRow

    func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try row[column].decode(T.self)
    }

    func optional<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T? {
        let cell = row[column]
        return cell.bytes == nil ? nil : try cell.decode(T.self)
    }

    func int(_ column: String) throws -> Int { try value(column, as: Int.self) }
    func int64(_ column: String) throws -> Int64 { Int64(try value(column, as: Int.self)) }
    func string(_ column: String) throws -> String { try value(column, as: String.self) }
    func double(_ column: String) throws -> Double? { try optional(column, as: Double.self) }
    func date(_ column: String) throws -> Date? { try optional(column, as: Date.self) }
}
#endif
