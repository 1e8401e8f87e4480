#if PostgreSQL
import Foundation
import FrontlineStore
import PostgresNIO

/// Raw SQL against the store, for tests and maintenance. Internal on purpose: the REPL and
/// reports use the typed API.
extension PostgresStore {
    func execute(sql: String) throws(StoreError) {
        try write { c in try c.simple(sql) }
    }

    /// One column of every row, as text (NULL as nil): the first unless told.
    func column(sql: String, at index: Int = 0) throws(StoreError) -> [String?] {
        try read { c in
            try c.connection.query(PostgresQuery(unsafeSQL: sql), logger: c.logger).wait().map { row in
                let cell = row.makeRandomAccess()[index]
                guard cell.bytes != nil else { return nil }
                switch cell.dataType {
                case .int2, .int4, .int8: return String(try cell.decode(Int.self))
                case .float4, .float8: return String(try cell.decode(Double.self))
                case .bool: return try cell.decode(Bool.self) ? "1" : "0"
                default: return try cell.decode(String.self)
                }
            }
        }
    }
}
#endif
