import FrontlineModel

/// Renders diagnostics like a compiler, with colour when the style allows.
public enum DiagnosticPrinter {
    public static func render(_ diagnostic: Diagnostic, style: TerminalStyle) -> String {
        guard style.enabled else { return diagnostic.rendered }
        let place = diagnostic.location.map { style.bold("\($0.description.terminalSafe()):") + " " } ?? ""
        let severity: String
        switch diagnostic.severity {
        case .error: severity = style.red(style.bold("error:"))
        case .warning: severity = style.magenta(style.bold("warning:"))
        case .note: severity = style.cyan("note:")
        }
        var text = "\(place)\(severity) \(style.bold(diagnostic.message.terminalSafe())) \(style.dim("[\(diagnostic.code.rawValue)]"))"
        let plain = diagnostic.rendered.split(separator: "\n", omittingEmptySubsequences: false)
        if plain.count == 3 {
            text += "\n\(plain[1])\n\(style.green(String(plain[2])))"
        }
        return text
    }
}
