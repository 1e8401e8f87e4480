import ArgumentParser
import Foundation
import FrontlineLoader
import FrontlineModel
import FrontlineStore

/// `store-data generate-store`: a large, deterministic progress store for benchmarks
/// (Benchmarks/review.sh, team-store.sh) and for trying reviews on realistic volumes.
struct GenerateStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-store",
        abstract: "Write a large pseudo-random progress store (for benchmarks).",
        discussion: """
            The same arguments always give the same store: trainees with Persian, Latvian and English \
            names (some with commas and quotes), sessions of the shipped scenarios spread over --weeks \
            weeks, and findings, evidence and tips from the shipped rubrics, with trainees who improve, \
            plateau or stay stuck, and a few supervisors' notes and overrides. The file must not exist yet.
            """
    )

    @Option(help: "How many trainees.")
    var trainees = 500

    @Option(help: "How many sessions in all.")
    var sessions = 50_000

    @Option(help: "Turns in every session.")
    var turnsPerSession = 20

    @Option(help: "Weeks the sessions are spread over, ending on --end.")
    var weeks = 26

    @Option(help: ArgumentHelp("The last day (UTC) of the generated history.", valueName: "yyyy-mm-dd"))
    var end = "2026-06-28"

    @Option(help: "Seed of the pseudo-random data.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("The store file to create, or an empty postgres://… team store to fill.", valueName: "path or URL"))
    var store: String

    func validate() throws {
        guard trainees > 0, sessions >= 0, turnsPerSession > 0, weeks > 0 else {
            throw ValidationError("--trainees, --turns-per-session and --weeks must be positive, --sessions not negative")
        }
        guard endDate != nil else { throw ValidationError("--end '\(end)' is not a day like 2026-06-28") }
    }

    var endDate: Date? {
        let parts = end.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))?.addingTimeInterval(86_400)
    }

    func run() throws {
        let location = StoreTarget(store)
        let path = location.display
        if case .file = location, FileManager.default.fileExists(atPath: path),
           ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) > 0 {
            throw UserError("\(path) already exists; generate-store only writes a new store (remove it first)")
        }
        let catalog = CatalogLoader.load(root: ContentLocation.resolve()).catalog
        let generator = try StoreGenerator(catalog: catalog, trainees: trainees, turnsPerSession: turnsPerSession,
                                           seed: seed)
        let progress: any ProgressStore
        do { progress = try location.open() } catch { throw UserError(error.description) }
        if case .postgres = location, try progress.sessionCount() > 0 {
            throw UserError("\(path) already holds sessions; generate-store only fills an empty store")
        }
        let began = Date()
        let plan = generator.plan(sessions: sessions, weeks: weeks, end: endDate!)
        var written = 0
        var batch: [BulkSession] = []
        batch.reserveCapacity(500)
        let tty = isatty(STDERR_FILENO) == 1
        for planned in plan {
            batch.append(generator.session(planned))
            if batch.count == 500 {
                do { try progress.insertBulk(batch) } catch { throw UserError(error.description) }
                written += batch.count
                batch.removeAll(keepingCapacity: true)
                if tty {
                    FileHandle.standardError.write(Data("\r\(written)/\(sessions) sessions".utf8))
                }
            }
        }
        do {
            if !batch.isEmpty { try progress.insertBulk(batch) }
            try progress.close()
        } catch { throw UserError(error.description) }
        let seconds = Date().timeIntervalSince(began)
        if tty { FileHandle.standardError.write(Data("\r".utf8)) }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / (1 << 20)
        print("Wrote \(path): \(trainees) trainees, \(sessions) sessions, \(sessions * turnsPerSession) turns, \(size) MB in \(String(format: "%.1f", seconds)) s")
    }
}
