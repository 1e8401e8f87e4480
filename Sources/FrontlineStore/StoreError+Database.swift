import Foundation
import GRDB

extension StoreError {
    /// Translates whatever GRDB, SQLite or Foundation threw into words a trainee can act on.
    static func wrapping(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else {
            return .failed("\(path): \(error.localizedDescription)")
        }
        let detail = error.message ?? "SQLite error \(error.resultCode.rawValue)"
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return .notADatabase(path: path)
        case .SQLITE_CORRUPT:
            return .corrupt(path: path, detail: detail)
        case .SQLITE_READONLY, .SQLITE_PERM:
            return .readOnly(path: path)
        case .SQLITE_CANTOPEN:
            return .cannotCreate(path: path, detail: detail)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .failed("\(path) stayed locked by another Frontline for more than \(Int(SQLiteStore.busyTimeout)) s; try again")
        case .SQLITE_FULL:
            return .failed("the disk holding \(path) is full")
        case .SQLITE_IOERR:
            return .failed("cannot read or write \(path) (\(detail))")
        default:
            return .failed("\(path): \(detail)")
        }
    }
}
