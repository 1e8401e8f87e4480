import Foundation

extension SQLiteStore {
    /// What opening an existing store to read only finds.
    public enum ReadOnlyOpening {
        /// The store is current: a read-only connection that never migrates, never marks
        /// sessions interrupted, and writes nothing.
        case current(SQLiteStore)
        /// The file is a Frontline store (or an empty file) that this build must migrate
        /// before it can be read; nothing was done to it.
        case needsMigration(path: String)
    }

    /// Opens an existing store file to read it and nothing else. A missing file is an error
    /// (and is not created); a file that is not a healthy store is refused untouched, in
    /// the same words as `SQLiteStore(path:)`.
    public static func openReadOnly(path: String) throws(StoreError) -> ReadOnlyOpening {
        let path = NSString(string: path).expandingTildeInPath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw .cannotCreate(path: path, detail: "there is no store there yet")
        }
        if isFolder.boolValue { throw .folder(path: path) }
        guard let queue = try StoreOpener.openReadOnly(path: path) else { return .needsMigration(path: path) }
        return .current(SQLiteStore(writer: queue, path: path))
    }
}
