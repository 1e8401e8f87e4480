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

    var hasErrors: Bool { items.contains { $0.severity == .error } }
}

extension Node {
    /// "text", "a list", "a mapping" — for wrong-type messages.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar):
            if scalar.style == .plain, self.int != nil { return "a number" }
            if scalar.style == .plain, self.null != nil { return "nothing (null)" }
            return "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
