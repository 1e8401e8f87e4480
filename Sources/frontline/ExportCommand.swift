import ArgumentParser
import Foundation
import FrontlineReports
import FrontlineSession
import FrontlineStore

/// `frontline export`: every session, turn, finding and annotation, for spreadsheets and scripts.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export sessions, turns, findings and supervisors' annotations as CSV or JSON.",
        discussion: """
            CSV (RFC 4180, UTF-8): by default one file where the first column, 'record', says what each row \
            is (session, turn, finding, annotation) and every row repeats the session id, trainee and \
            scenario, so a spreadsheet can filter on it; --table writes one kind only. Turns are numbered \
            from 1, as transcripts show them. JSON: one object with every session and, inside, its turns, \
            their findings and annotations. Sessions are read a page at a time, so any store fits in memory.

            --format jsonl --calibration: one line per turn a supervisor corrected (frontline annotate … \
            --criterion), in the grader's paraphrase test format (customer, reply, scenario, turn, met, missed) \
            with the supervisors' corrections in place of the grader's findings: test cases for the grader.

            Examples:  frontline export --format csv --output progress.csv
                       frontline export --format csv --table turns --since 30d > turns.csv
                       frontline export --format json --trainee "Whitfield, Dana" --output dana.json
                       frontline export --format jsonl --calibration --output corrections.jsonl
            """
    )

    typealias Format = ExportRun.Format

    @Option(name: .long, help: ArgumentHelp("csv, json, or jsonl (with --calibration).", valueName: "format"))
    var format: Format = .csv

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (default: standard output).", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("CSV only: all (one file, a 'record' column), sessions, turns, findings or annotations.", valueName: "table"))
    var table: ExportCSV.Table = .all

    @Flag(name: .long, help: "CSV only: start with a UTF-8 byte-order mark, so Excel shows Persian and Latvian text correctly.")
    var bom = false

    @Flag(name: .long, help: "With --format jsonl: the turns supervisors corrected, as grader test cases (paraphrase format).")
    var calibration = false

    @OptionGroup var filters: ReviewFilterOptions

    func validate() throws {
        if format == .jsonl && !calibration {
            throw ValidationError("--format jsonl writes supervisors' corrections; add --calibration (or use --format json)")
        }
        if calibration && format != .jsonl { throw ValidationError("--calibration writes JSON lines; use --format jsonl") }
        if format == .jsonl && (table != .all || bom) { throw ValidationError("--table and --bom are for CSV") }
        if format == .json && table != .all { throw ValidationError("--table is for CSV; JSON always holds every kind") }
        if format == .json && bom { throw ValidationError("--bom is for CSV") }
        if let output, output.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--output needs a file name") }
    }

    func run() throws {
        let location = StoreLocation(filters.store)
        let path = location.display
        guard let progress = try ExistingStore.open(filters.store) else {
            FileHandle.standardError.write(Data("frontline: no data yet: there is no progress store at \(path); nothing was exported.\n".utf8))
            return
        }
        let (filter, scope) = try filters.resolve(in: progress)
        let sink = try ExportSink(output)
        let count: ExportRun.Count
        do {
            count = try ExportRun(format: format, table: table, bom: bom)
                .run(filter, scope: scope, from: progress, exportedAt: Date(), write: sink.write)
            try sink.finish()
        } catch let error as StoreError {
            sink.abandon()
            throw UserError(error.description)
        } catch {
            sink.abandon()
            throw error
        }
        let (sessions, turns) = (count.sessions, count.turns)
        if let output {
            let what = "\(ReviewFormat.count(sessions)) session\(sessions == 1 ? "" : "s"), \(ReviewFormat.count(turns)) turn\(turns == 1 ? "" : "s")"
            FileHandle.standardError.write(Data("Exported \(what) to \(output).\n".utf8))
        }
    }
}

extension ExportCSV.Table: ExpressibleByArgument {}
extension ExportRun.Format: ExpressibleByArgument {}

/// Standard output, or a file written beside its final name and renamed into place when
/// complete, so a failed export never leaves half a file under the name asked for.
final class ExportSink {
    private let handle: FileHandle
    private let target: URL?
    private let partial: URL?

    init(_ output: String?) throws {
        guard let output, output != "-" else {
            handle = FileHandle.standardOutput
            target = nil
            partial = nil
            return
        }
        let url = URL(fileURLWithPath: NSString(string: output).expandingTildeInPath)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw UserError("cannot write \(url.path): it is a folder; give a file name")
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let opened = FileHandle(forWritingAtPath: temporary.path) else {
            throw UserError("cannot write \(url.path): the folder does not exist or is not writable")
        }
        handle = opened
        target = url
        partial = temporary
    }

    func write(_ text: String) throws {
        do {
            try handle.write(contentsOf: Data(text.utf8))
        } catch {
            throw UserError("cannot write \(target?.path ?? "standard output"): \(error.localizedDescription)")
        }
    }

    func finish() throws {
        guard let target, let partial else { return }
        try handle.close()
        // rename(2) replaces an existing file in one step.
        guard rename(partial.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            abandon()
            throw UserError("cannot write \(target.path): \(reason)")
        }
    }

    func abandon() {
        guard let partial else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: partial)
    }
}
