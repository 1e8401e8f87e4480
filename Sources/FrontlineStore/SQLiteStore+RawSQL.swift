import Foundation
import GRDB

/// Raw SQL against the store, for tests and maintenance. Internal on purpose: the REPL and
/// reports use the typed API.
extension SQLiteStore {
    func execute(sql: String) throws(StoreError) {
        try write { db in try db.execute(sql: sql) }
    }

    /// One column of every row, as text (NULL as nil): the first unless told.
    func column(sql: String, at index: Int = 0) throws(StoreError) -> [String?] {
        try read { db in
            try Row.fetchAll(db, sql: sql).map { row -> String? in
                switch (row[index] as DatabaseValue).storage {
                case .null: nil
                case .int64(let value): String(value)
                case .double(let value): String(value)
                case .string(let value): value
                case .blob(let value): value.map { String(format: "%02x", $0) }.joined()
                }
            }
        }
    }
}
