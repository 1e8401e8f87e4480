import GRDB

extension SQLiteStore {
    /// Closes the file now (WAL checkpointed, side files removed when this was the last
    /// connection) rather than when the store is released. Later calls fail.
    public func close() throws(StoreError) {
        do {
            try writer.close()
        } catch {
            throw StoreError.wrapping(error, path: path)
        }
    }
}
