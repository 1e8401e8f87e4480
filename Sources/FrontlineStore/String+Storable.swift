extension String {
    /// The text as the store keeps it. GRDB hands SQLite strings as C strings, so a U+0000
    /// would silently cut off everything after it; it becomes U+FFFD instead (one code
    /// point for one, so evidence offsets stay right). Readline lines cannot hold U+0000,
    /// so in practice every string is kept verbatim.
    var storable: String {
        contains("\u{0}") ? replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : self
    }
}

extension Optional<String> {
    var storable: String? { map(\.storable) }
}
