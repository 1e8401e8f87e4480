import ArgumentParser

@main
struct Frontline: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "frontline",
        abstract: "Practise hard customer-support conversations in the terminal, and see who is improving and why.",
        discussion: """
            Trainees play scripted customers (an angry caller, a technical bug, a refund…) and every reply \
            is graded on empathy, accuracy and response time, with the words that earned or cost each point.

            Start with:  frontline list   then   frontline play angry-caller
            """,
        version: version,
        subcommands: [ListCommand.self, PlayCommand.self, ProgressCommand.self, RegradeCommand.self, CheckCommand.self, NewCommand.self, SchemaCommand.self, GradeCommand.self, ReportCommand.self, ReviewCommand.self, TranscriptCommand.self, AnnotateCommand.self, DisputeCommand.self, ExportCommand.self, SyncCommand.self, AdminCommand.self]
    )
}
