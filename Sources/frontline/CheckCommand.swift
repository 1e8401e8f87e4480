import ArgumentParser
import Foundation
import FrontlineCheck
import FrontlineLoader
import FrontlineModel
import FrontlineTerminal

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenarios, rubrics and walkthroughs like a compiler.",
        discussion: """
            Reports every problem as file:line:column with a code (FL0012), the source line and a caret. \
            Runs every rubric criterion's examples and every scenario's golden walkthrough through the real grader. \
            Exits with status 1 when there is any error.
            """
    )

    @Argument(help: ArgumentHelp("Files or folders to check (default: Scenarios/ and Rubrics/).", valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp("Print what a diagnostic code means and exit.", valueName: "code"))
    var explain: String?

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        if let explain {
            guard let code = DiagnosticCode(rawValue: explain.uppercased()) else {
                throw ValidationError("'\(explain)' is not a diagnostic code\(explain.uppercased().didYouMean(DiagnosticCode.allCases.map(\.rawValue))); codes look like FL0012")
            }
            print("\(code.rawValue): \(code.summary)")
            return
        }
        let content = ContentLocation.resolve()
        let report = Checker.run(paths: paths, contentRoot: content)
        let style = TerminalStyle.detect(fd: STDERR_FILENO)
        let out = TerminalStyle.detect(fd: STDOUT_FILENO)
        for diagnostic in report.diagnostics {
            print(DiagnosticPrinter.render(diagnostic, style: out))
        }
        _ = style
        print(report.summary)
        if !report.passed || (strict && report.warningCount > 0) { throw ExitCode(1) }
    }
}
