import Foundation
import FrontlineReview

/// `frontline export` without the command line: the filtered sessions read a page at a
/// time, only what the format and table need, and written out in order as CSV, one JSON
/// document, or supervisors' corrections as JSON lines. Where the text goes (a file
/// renamed into place, standard output) is the caller's `write`.
public struct ExportRun {
    public enum Format: String, CaseIterable, Sendable { case csv, json, jsonl }

    public var format: Format
    /// CSV only: every kind of record, or one.
    public var table: ExportCSV.Table
    /// CSV only: a UTF-8 byte order mark first (for spreadsheets that need one).
    public var bom: Bool
    /// Sessions read per page: memory stays bounded whatever the store's size.
    public var pageSize = 200

    public init(format: Format, table: ExportCSV.Table = .all, bom: Bool = false) {
        self.format = format
        self.table = table
        self.bom = bom
    }

    /// What the store reads for each session: sessions alone skip the turns and findings.
    public var content: ExportContent {
        switch (format, table) {
        case (.jsonl, _): [.turns, .findings, .annotations]
        case (.json, _), (_, .all): .everything
        case (_, .sessions): []
        case (_, .turns): .turns
        case (_, .findings): [.turns, .findings]
        case (_, .annotations): [.turns, .annotations]
        }
    }

    /// How much was written.
    public struct Count: Equatable, Sendable {
        public var sessions = 0
        public var turns = 0
    }

    /// Writes the export of `filter`'s sessions through `write`, in session order. Throws
    /// the store's error or `write`'s, where it happened (what was written stays written:
    /// the caller abandons a partial file).
    public func run<Pages: SessionPages>(_ filter: ReviewFilter, scope: ReviewScope, from pages: Pages, exportedAt: Date,
                                         write: (String) throws -> Void) throws -> Count {
        var count = Count()
        let csv = ExportCSV(table: table)
        switch format {
        case .csv: try write((bom ? "\u{FEFF}" : "") + csv.header)
        case .json: try write(try ExportJSON.opening(scope: scope, exportedAt: exportedAt))
        case .jsonl: break
        }
        var after: Int64?
        while true {
            let page = try pages.exportPage(filter, after: after, limit: pageSize, content: content)
            guard let last = page.last else { break }
            var chunk = ""
            for exported in page {
                switch format {
                case .csv: chunk += csv.rows(exported)
                case .json: chunk += try ExportJSON.session(exported, first: count.sessions == 0)
                case .jsonl: chunk += try CalibrationJSONL.lines(exported)
                }
                count.sessions += 1
                count.turns += exported.session.turnCount
            }
            try write(chunk)
            after = last.session.id
        }
        if format == .json { try write(ExportJSON.closing) }
        return count
    }
}
