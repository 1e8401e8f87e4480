import FrontlineModel

/// A problem with the user's data or environment (not with the command line), printed as
/// "Error: …" without the usage line that ArgumentParser adds for bad arguments. The
/// message often quotes a name, a path or a value from a file or a store, so its control
/// characters are made visible (its own line breaks are kept).
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description.terminalSafe(keepingLayout: true) }
}
