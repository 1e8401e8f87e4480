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
        var filter = ReviewFilter(trainee: trainee, since: from, until: to)
        var scope = ReviewScope(trainee: trainee, since: since, until: until, track: track)
        do {
            if let trainee, try !progress.hasSessions(trainee: trainee) {
                let known = try progress.trainees()
                throw UserError("no such trainee '\(trainee)'"
                                + trainee.didYouMean(known, otherwise: known.isEmpty ? "" : "; 'frontline review' lists the team"))
            }
            let needsScenarios = !scenario.isEmpty || track != nil
            let stored = needsScenarios ? Set(try progress.scenarioIds()) : []
            var lazyCatalog: Catalog?
            func catalog() -> Catalog {
                if let lazyCatalog { return lazyCatalog }
                let loaded = CatalogLoader.load(root: ContentLocation.resolve()).catalog
                lazyCatalog = loaded
                return loaded
            }
            func checked(_ id: String, option: String) throws -> String {
                if stored.contains(id) || catalog().scenario(id) != nil { return id }
                let known = stored.union(catalog().scenarios.map(\.id))
                throw UserError("no such scenario '\(id)' (\(option))\(id.didYouMean(known))")
            }
            let ids = scenario.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            var scenarios: Set<String>? = ids.isEmpty ? nil : Set(try ids.map { try checked($0, option: "--scenario") })
            if let track {
                let parts = track.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard !parts.isEmpty else { throw ValidationError("--track needs a track id or scenario ids separated by commas") }
                var members: Set<String>
                if parts.count == 1, !stored.contains(parts[0]), let found = catalog().track(parts[0]) {
                    members = Set(found.steps.flatMap(\.scenarios))
                } else {
                    members = Set(try parts.map { id in
                        if parts.count == 1, !stored.contains(id), catalog().scenario(id) == nil {
                            let known = stored.union(catalog().scenarios.map(\.id)).union(catalog().tracks.map(\.id))
                            throw UserError("no such track or scenario '\(id)' (--track)\(id.didYouMean(known))")
                        }
                        return try checked(id, option: "--track")
                    })
                }
                if let chosen = scenarios {
                    let both = chosen.intersection(members)
                    if both.isEmpty {
                        throw UserError("--scenario \(chosen.sorted().joined(separator: ",")) is not in --track \(track), so no session could match")
                    }
                    members = both
                }
                scenarios = members
            }
            filter.scenarios = scenarios
            scope.scenarios = scenarios?.sorted()
        } catch let error as StoreError {
            throw UserError(error.description)
        }
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
