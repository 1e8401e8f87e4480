import Foundation
import FrontlineModel
import FrontlineStore

/// The names a review or export is narrowed to (trainee, scenarios, a track), checked
/// against the store and the scenarios on disk and turned into a store query. Unknown
/// names get "did you mean"; the catalogue is loaded only when a scenario or track is named.
public struct ReviewFilterResolver {
    public var trainee: String?
    /// `--scenario` as given: repeated, or ids separated by commas.
    public var scenarios: [String]
    /// `--track`: a track id, or scenario ids separated by commas.
    public var track: String?

    public init(trainee: String?, scenarios: [String], track: String?) {
        self.trainee = trainee
        self.scenarios = scenarios
        self.track = track
    }

    /// An option whose value cannot mean anything (the command line's problem).
    public struct InvalidOption: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// The query for sessions started between `since` and `until`. Throws `SessionError`
    /// for a name nobody has, `InvalidOption` for an empty `--track`, `StoreError` when
    /// the store cannot be read.
    public func resolve(since: Date?, until: Date?, in progress: any ProgressStore,
                        catalog loadCatalog: () -> Catalog) throws -> ReviewFilter {
        var filter = ReviewFilter(trainee: trainee, since: since, until: until)
        if let trainee, try !progress.hasSessions(trainee: trainee) {
            let known = try progress.trainees()
            throw SessionError("no such trainee '\(trainee)'"
                               + trainee.didYouMean(known, otherwise: known.isEmpty ? "" : "; 'frontline review' lists the team"))
        }
        let needsScenarios = !scenarios.isEmpty || track != nil
        let stored = needsScenarios ? Set(try progress.scenarioIds()) : []
        var lazyCatalog: Catalog?
        func catalog() -> Catalog {
            if let lazyCatalog { return lazyCatalog }
            let loaded = loadCatalog()
            lazyCatalog = loaded
            return loaded
        }
        func checked(_ id: String, option: String) throws -> String {
            if stored.contains(id) || catalog().scenario(id) != nil { return id }
            let known = stored.union(catalog().scenarios.map(\.id))
            throw SessionError("no such scenario '\(id)' (\(option))\(id.didYouMean(known))")
        }
        let ids = scenarios.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var chosen: Set<String>? = ids.isEmpty ? nil : Set(try ids.map { try checked($0, option: "--scenario") })
        if let track {
            let parts = track.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !parts.isEmpty else { throw InvalidOption(description: "--track needs a track id or scenario ids separated by commas") }
            var members: Set<String>
            if parts.count == 1, !stored.contains(parts[0]), let found = catalog().track(parts[0]) {
                members = Set(found.steps.flatMap(\.scenarios))
            } else {
                members = Set(try parts.map { id in
                    if parts.count == 1, !stored.contains(id), catalog().scenario(id) == nil {
                        let known = stored.union(catalog().scenarios.map(\.id)).union(catalog().tracks.map(\.id))
                        throw SessionError("no such track or scenario '\(id)' (--track)\(id.didYouMean(known))")
                    }
                    return try checked(id, option: "--track")
                })
            }
            if let picked = chosen {
                let both = picked.intersection(members)
                if both.isEmpty {
                    throw SessionError("--scenario \(picked.sorted().joined(separator: ",")) is not in --track \(track), so no session could match")
                }
                members = both
            }
            chosen = members
        }
        filter.scenarios = chosen
        return filter
    }
}
