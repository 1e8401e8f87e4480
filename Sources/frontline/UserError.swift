/// A problem with the user's data or environment (not with the command line), printed as
/// "Error: …" without the usage line that ArgumentParser adds for bad arguments.
struct UserError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
