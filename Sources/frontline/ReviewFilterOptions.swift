import ArgumentParser
import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineReports
import FrontlineSession
import FrontlineStore
import FrontlineTerminal

/// The filters `review` and `export` share, and turning them into a store query after
/// checking every name against the store (and the scenarios on disk).
struct ReviewFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only this trainee (default: the whole team).", valueName: "name"))
    var trainee: String?

    @Option(name: .long, help: ArgumentHelp("Only sessions started on or after this date: 2026-11-01, 7d, 2w, yesterday, today.", valueName: "date"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only sessions started on or before this date (a day counts whole).", valueName: "date"))
    var until: String?

    @Option(name: .long, help: ArgumentHelp("Only this scenario (repeat, or separate ids with commas, for several).", valueName: "id"))
    var scenario: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only the scenarios of a track: a track id, or scenario ids separated by commas.", valueName: "ids"))
    var track: String?

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    func validate() throws {
        do {
            _ = try DateFilter().range(since: since, until: until)
        } catch {
            throw ValidationError("\(error)")
        }
        if let trainee, trainee.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--trainee needs a name")
        }
    }

    /// The filter, checked against the store: unknown trainees and scenarios get "did you mean".
    func resolve(in progress: any ProgressStore, now: Date = Date()) throws -> (ReviewFilter, ReviewScope) {
        let (from, to) = try DateFilter(now: now).range(since: since, until: until)
        var scope = ReviewScope(trainee: trainee, since: since, until: until, track: track)
        let filter: ReviewFilter
        do {
            filter = try ReviewFilterResolver(trainee: trainee, scenarios: scenario, track: track)
                .resolve(since: from, until: to, in: progress) { CatalogLoader.load(root: ContentLocation.resolve()).catalog }
        } catch let error as ReviewFilterResolver.InvalidOption {
            throw ValidationError(error.description)
        } catch let error as StoreError {
            throw UserError(error.description)
        }
        scope.scenarios = filter.scenarios?.sorted()
        return (filter, scope)
    }
}

/// Opening a store that already exists: one that does not is never created.
enum ExistingStore {
    /// To read it (review, transcript, export): nil when there is no store file yet.
    static func open(_ given: String?) throws -> (any ProgressStore)? {
        guard StoreLocation(given).exists else { return nil }
        return try StoreAccess.open(given, .read)
    }

    /// To write to it (annotate, dispute): nil when there is no store file yet.
    static func openForWriting(_ given: String?) throws -> (any ProgressStore)? {
        guard StoreLocation(given).exists else { return nil }
        return try StoreAccess.open(given, .write)
    }

    /// "No sessions yet…": what a supervisor sees before anyone has played.
    static func emptyState(path: String) -> String {
        let catalog = CatalogLoader.load(root: ContentLocation.resolve()).catalog
        let first = catalog.scenarios.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }.first?.id ?? "angry-caller"
        return """
            No sessions yet (store: \(path)).
            Trainees start with: frontline play \(first) --trainee NAME   ('frontline list' shows every scenario)
            Their sessions then show up here.
            """
    }
}

/// Columns for tables: the terminal's width, or a wide page when the output is piped
/// (to a file or a pager), so nothing is cut that a terminal would not cut.
enum OutputWidth {
    static func current() -> Int { isatty(STDOUT_FILENO) == 1 ? TerminalWidth.current() : 160 }
}

extension Palette {
    /// The terminal's colours (none when not a terminal, or with NO_COLOR).
    static func terminal(_ style: TerminalStyle = .detect()) -> Palette {
        Palette(bold: { style.bold($0) }, dim: { style.dim($0) }, red: { style.red($0) }, green: { style.green($0) },
                yellow: { style.yellow($0) }, cyan: { style.cyan($0) })
    }
}
