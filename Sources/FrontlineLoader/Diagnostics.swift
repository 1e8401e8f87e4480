import FrontlineModel
import Yams

/// Collects diagnostics for one file while its nodes are decoded.
final class Diagnostics {
    let source: SourceText
    private(set) var items: [Diagnostic] = []

    init(source: SourceText) { self.source = source }

    var file: String { source.path }

    func location(_ node: Node) -> SourceLocation {
        source.clamped(SourceLocation(file: source.path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
    }

    func error(_ code: DiagnosticCode, _ message: String, at node: Node) {
        items.append(.error(code, message, at: location(node)))
    }

    func warning(_ code: DiagnosticCode, _ message: String, at node: Node) {
        items.append(.warning(code, message, at: location(node)))
    }

    func add(_ diagnostic: Diagnostic) { items.append(diagnostic) }

    /// Ids written in the file whose definitions did not decode ("expectation:ask-order",
    /// "turn:opening"): they exist as far as references go, so a missing `tip` is one
    /// error, not also "unknown expectation" wherever the expectation is named.
    private(set) var brokenNames: Set<String> = []

    func broken(_ kind: BrokenKind, _ id: String) { brokenNames.insert("\(kind.rawValue):\(id)") }

    var hasErrors: Bool { items.contains { $0.severity == .error } }
}

enum BrokenKind: String { case expectation, turn, ending, fact }

extension Set where Element == String {
    func contains(_ kind: BrokenKind, _ id: String) -> Bool { contains("\(kind.rawValue):\(id)") }
}

extension Node {
    /// "text", "a list", "a mapping" — for wrong-type messages.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar):
            if scalar.style == .plain, self.int != nil || self.float != nil { return "a number" }
            if scalar.style == .plain, self.null != nil { return "nothing (null)" }
            return "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
