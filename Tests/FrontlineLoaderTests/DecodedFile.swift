import FrontlineModel
import FrontlineTestSupport
import Yams
@testable import FrontlineLoader

/// What a decoder test holds after decoding a YAML text: the value, the diagnostics, and
/// where each diagnostic points ("line:column") next to where a needle is in the text.
/// Each decoder's tests name the value as they read it (`decoded.track`, `decoded.pack`).
struct DecodedFile<Value> {
    let text: String
    let value: Value
    let diagnostics: [Diagnostic]

    var messages: [String] { diagnostics.map(\.message) }
    var places: [String] { diagnostics.map { $0.location.map { "\($0.line):\($0.column)" } ?? "nowhere" } }
    func place(of needle: String, occurrence: Int = 1) -> String { TextPlace.of(needle, in: text, occurrence: occurrence) }

    /// Composes `text` as the file at `path` and hands its root, its diagnostics and its
    /// source file to `decode`.
    static func decode(_ text: String, path: String,
                       _ decode: (Node, Diagnostics, SourceFile) throws -> Value) throws -> DecodedFile {
        let source = SourceText(path: path, text: text)
        let document = try YAMLDocument.compose(source).get()
        let diagnostics = Diagnostics(source: source)
        let value = try decode(document.root, diagnostics, SourceFile(path: path, fingerprint: source.fingerprint))
        return DecodedFile(text: text, value: value, diagnostics: diagnostics.items)
    }
}
