import FrontlineModel

/// The outcome of `frontline check`: diagnostics in file order and what was checked.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var filesChecked: Int

    public init(diagnostics: [Diagnostic], filesChecked: Int) {
        self.diagnostics = diagnostics
        self.filesChecked = filesChecked
    }

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
    public var passed: Bool { errorCount == 0 }

    /// "checked 24 files: 2 errors, 1 warning" — the one-line summary at the end.
    public var summary: String {
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let files = plural(filesChecked, "file")
        if diagnostics.isEmpty { return "checked \(files): no problems" }
        return "checked \(files): \(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
    }
}
