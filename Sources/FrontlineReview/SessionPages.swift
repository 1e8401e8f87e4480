/// What a report reads from a store: the filtered sessions a page at a time, in id order,
/// with what `content` asks for. An empty page means the end. Every `ProgressStore` is one.
public protocol SessionPages: AnyObject {
    /// The engine's error (`StoreError` for the progress stores).
    associatedtype PageError: Error
    func exportPage(_ filter: ReviewFilter, after: Int64?, limit: Int, content: ExportContent) throws(PageError)
        -> [ExportedSession]
}
