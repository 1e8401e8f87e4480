import FrontlineModel
import Yams

/// Composes a source text into Yams' node tree, turning every Yams error into a located
/// diagnostic. Nothing here escapes the loader: callers get model values or diagnostics.
struct YAMLDocument {
    static let maximumNodes = 100_000

    let source: SourceText
    let root: Node

    static func compose(_ source: SourceText) -> Result<YAMLDocument, Diagnostic> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: source.text)
        } catch let error as YamlError {
            return .failure(diagnostic(for: error, in: source))
        } catch {
            return .failure(.error(.yamlSyntax, "\(error)", at: SourceLocation(file: source.path, line: 1, column: 1)))
        }
        guard let node else {
            return .failure(.error(.missingKey, "the file is empty", at: SourceLocation(file: source.path, line: 1, column: 1)))
        }
        if let mark = firstBeyondBudget(node) {
            return .failure(.error(.tooManyNodes, "the document expands to more than \(maximumNodes) values (aliases repeating aliases?); write the content out instead",
                                   at: source.clamped(SourceLocation(file: source.path, line: mark?.line ?? 1, column: mark?.column ?? 1))))
        }
        return .success(YAMLDocument(source: source, root: node))
    }

    /// Counts nodes (aliases expanded, as the decoders would see them), stopping early.
    private static func firstBeyondBudget(_ root: Node) -> Mark?? {
        var count = 0
        var stack: [Node] = [root]
        while let node = stack.popLast() {
            count += 1
            if count > maximumNodes { return .some(node.mark) }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case .sequence(let sequence):
                stack.append(contentsOf: Array(sequence))
            default:
                break
            }
        }
        return nil
    }

    static func diagnostic(for error: YamlError, in source: SourceText) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            source.clamped(SourceLocation(file: source.path, line: mark.line, column: mark.column))
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            if problem == "did not find expected key",
               let hint = IndentationHint.locate(problemLine: mark.line, contextLine: context?.mark.line ?? 0, in: source) {
                return .error(.yamlSyntax, hint.message, at: source.clamped(SourceLocation(file: source.path, line: hint.line, column: hint.column)))
            }
            return .error(.yamlSyntax, "YAML syntax: \(problem)\(while_)\(advice(for: problem))", at: at(mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? "?"
            let location = secondOccurrence(of: key, after: context.mark, in: source) ?? at(context.mark)
            return .error(.duplicateKey, "duplicate key '\(key)' (each key may appear once in a mapping)", at: location)
        case .reader(let problem, let offset, _, _):
            let bytes = [UInt8](source.text.utf8)
            let location = SourceText.location(ofByte: offset ?? 0, in: bytes, path: source.path)
            return .error(.notUTF8, "YAML cannot read the text: \(problem)", at: location)
        default:
            return .error(.yamlSyntax, "YAML: \(error)", at: SourceLocation(file: source.path, line: 1, column: 1))
        }
    }

    /// What to do about the libyaml problems managers meet most.
    private static func advice(for problem: String) -> String {
        if problem.contains("tab character") { return "; YAML indents with spaces only: replace the tab with spaces" }
        if problem == "did not find expected key" {
            return "; check this line's indentation (the keys of one mapping start in the same column) and its quotes"
        }
        return ""
    }

    /// Yams points at the first of two duplicate keys; the mistake is the second.
    private static func secondOccurrence(of key: String, after mark: Mark, in source: SourceText) -> SourceLocation? {
        let column = mark.column
        guard mark.line < source.lines.count else { return nil }
        for number in (mark.line + 1)...source.lines.count {
            guard let line = source.line(number) else { break }
            let scalars = Array(line.unicodeScalars)
            guard scalars.count >= column else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(column - 1)...]))
            if rest.hasPrefix("\(key):") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return SourceLocation(file: source.path, line: number, column: column)
            }
        }
        return nil
    }
}
