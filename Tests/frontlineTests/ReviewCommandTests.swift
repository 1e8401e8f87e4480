import Foundation
import FrontlineStore
import Testing
import FrontlineTestSupport

/// `review`, `transcript`, `annotate` and `export` end to end, against a
/// small store made by piping real `frontline play` runs.
@Suite struct ReviewCommandTests {
    static let good = "Sorry about that, Dana. What is your order number?\nThanks. You do not need to send it back; a photo is enough. Full refund within 5-7 business days.\n"
    static let poor = "whatever\nno\n"
    static let comma = "Whitfield, Dana"
    static let persian = "مریم احمدی"
    static let latvian = "Jānis Bērziņš"

    /// Made once: six sessions of four trainees; Jānis's three are all poor (stuck).
    static let template: (path: String, error: String) = {
        do {
            let folder = try Binary.temporaryFolder()
            let store = folder.appendingPathComponent("template.sqlite").path
            for (trainee, input) in [(comma, good), (persian, good), (latvian, poor), (latvian, poor), (latvian, poor), ("Ava", good)] {
                let result = try Binary.run(["play", "refund-request", "--trainee", trainee, "--store", store, "--seed", "0"],
                                            input: input)
                guard result.status == 0 else { return ("", "play failed: \(result.err)") }
            }
            return (store, "")
        } catch {
            return ("", "\(error)")
        }
    }()

    struct CommandFailure: Error, CustomStringConvertible { var description: String }

    /// A copy of the template store for one test to read and change.
    static func store() throws -> String {
        guard template.error.isEmpty else { throw CommandFailure(description: template.error) }
        let folder = try Binary.temporaryFolder()
        let copy = folder.appendingPathComponent("progress.sqlite").path
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: template.path + suffix) {
            try FileManager.default.copyItem(atPath: template.path + suffix, toPath: copy + suffix)
        }
        return copy
    }

    func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        try Binary.run(arguments)
    }

    @Test func theTeamAtAGlance() throws {
        let store = try Self.store()
        let result = try run(["review", "--store", store])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Team review · 6 sessions"))
        for name in [Self.comma, Self.persian, Self.latvian, "Ava"] {
            #expect(result.out.contains("\n  \(name) "), "\(name)")
        }
        #expect(result.out.contains("Stuck (1)"))
        #expect(result.out.contains("\(Self.latvian)  last 3 sessions below 70"))
        #expect(result.out.contains("Criteria the team misses most"))
        #expect(result.out.contains("acknowledge-feelings"))
        #expect(!result.out.contains("\u{1B}["))
    }

    @Test func oneTraineeInPersian() throws {
        let store = try Self.store()
        let result = try run(["review", "--trainee", Self.persian, "--store", store])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Review of \(Self.persian) · 1 session (1 completed)"))
        #expect(result.out.contains("Status          on track"))
        #expect(result.out.contains("refund-request"))
        let stuck = try run(["review", "--trainee", Self.latvian, "--store", store])
        #expect(stuck.out.contains("Status          stuck: last 3 sessions below 70"))
        #expect(stuck.out.contains("Empathy facets  warmth 20"))
    }

    @Test("unknown names get 'did you mean', and nothing else", arguments: [
        (["--trainee", "Whitfield Dana"], "no such trainee 'Whitfield Dana'; did you mean 'Whitfield, Dana'?"),
        (["--trainee", "ava"], "no such trainee 'ava'; did you mean 'Ava'?"),
        (["--scenario", "refund-requst"], "no such scenario 'refund-requst' (--scenario); did you mean 'refund-request'?"),
        (["--track", "refund-request,angry-calle"], "no such scenario 'angry-calle' (--track); did you mean 'angry-caller'?"),
        (["--since", "last tuesday"], "--since 'last tuesday' is not a date Frontline understands; use a day (2026-11-01)"),
        (["--until", "2026-02-30"], "--until '2026-02-30' is not a date"),
        (["--since", "today", "--until", "yesterday"], "--since 'today' is not before --until 'yesterday'"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let store = try Self.store()
        let result = try run(["review", "--store", store] + arguments)
        #expect(result.status != 0)
        #expect(result.err.contains(message), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    @Test("dates in the forms people type", arguments: [["--since", "7d"], ["--since", "2w"], ["--since", "yesterday"],
                                                        ["--since", "today"], ["--until", "today"], ["--since", "2026-01-01"]])
    func dates(arguments: [String]) throws {
        let store = try Self.store()
        let result = try run(["review", "--store", store] + arguments)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Team review · 6 sessions"), "sessions were played just now")
        #expect(result.out.contains("Filters: " + arguments[0].dropFirst(2) + " " + arguments[1]))
    }

    @Test func filtersThatMatchNothingSaySo() throws {
        let store = try Self.store()
        let result = try run(["review", "--store", store, "--until", "2000-01-01"])
        #expect(result.status == 0)
        #expect(result.out.hasPrefix("No sessions match (until 2000-01-01). The store has 6 sessions"))
        let other = try run(["review", "--store", store, "--scenario", "angry-caller"])
        #expect(other.out.hasPrefix("No sessions match (scenario angry-caller)."))
        let track = try run(["review", "--store", store, "--track", "refund-request,angry-caller"])
        #expect(track.out.hasPrefix("Team review · 6 sessions"))
        #expect(track.out.contains("Filters: track refund-request,angry-caller · scenarios angry-caller, refund-request"))
    }

    @Test func jsonAndCSV() throws {
        let store = try Self.store()
        let json = try run(["review", "--store", store, "--format", "json"])
        #expect(json.status == 0, "\(json.err)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        let review = try #require(object["review"] as? [String: Any])
        #expect((review["trainees"] as? [[String: Any]])?.count == 4)
        let csv = try run(["review", "--store", store, "--format", "csv"])
        let rows = parseCSV(csv.out)
        #expect(rows.count == 5 && rows.allSatisfy { $0.count == rows[0].count })
        #expect(Set(rows.dropFirst().map { $0[0] }) == [Self.comma, Self.persian, Self.latvian, "Ava"])
        let calibration = try run(["review", "--store", store, "--calibration", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(calibration.out.utf8)) as? [String: Any])?["calibration"] != nil)
    }

    @Test("annotate, then see both scores in the transcript, the review and the calibration report")
    func annotateAndSee() throws {
        let store = try Self.store()
        let added = try run(["annotate", "1", "1", "--override", "empathy=10", "--reason", "Too \"scripted\", sorry",
                             "--note", "Greet first.", "--supervisor", "O'Brien, Pat", "--store", store])
        #expect(added.status == 0, "\(added.err)")
        #expect(added.out.contains("Added to session 1 (\(Self.comma), refund-request), turn 1, as O'Brien, Pat:"))
        #expect(added.out.contains("the grader's 95.6 is kept"))
        let transcript = try run(["transcript", "1", "--store", store])
        #expect(transcript.status == 0, "\(transcript.err)")
        #expect(transcript.out.hasPrefix("Session 1 · \(Self.comma) · refund-request"))
        #expect(transcript.out.contains("empathy 96 → 10 (supervisor)"))
        #expect(transcript.out.contains("✎ override O'Brien, Pat"))
        #expect(transcript.out.contains("✎ note O'Brien, Pat"))
        #expect(transcript.out.contains("Tip: "))
        #expect(transcript.out.contains("first key"))
        let review = try run(["review", "--store", store])
        #expect(review.out.contains("after overrides) · accuracy"))
        let calibration = try run(["review", "--calibration", "--store", store])
        #expect(calibration.out.hasPrefix("Calibration · 1 reviewed turn of 12 graded · 1 overridden"))
        #expect(calibration.out.contains("  empathy            1"))
        let last = try run(["transcript", "last", "--trainee", "Ava", "--store", store])
        #expect(last.out.hasPrefix("Session 6 · Ava"))
    }

    @Test("annotate and transcript refuse clearly", arguments: [
        (["transcript", "9"], "no such session '9'; did you mean '6'?"),
        (["transcript", "abc"], "no such session 'abc': sessions are numbered"),
        (["annotate", "1", "7", "--note", "x"], "session 1 has no turn 7; it has turns 1–2"),
        (["annotate", "1", "order-fund", "--note", "x"], "session 1 has no turn 'order-fund'; did you mean 'order-found'?"),
        (["annotate", "1", "1", "--override", "empaty=70", "--reason", "r"], "no dimension 'empaty'; did you mean 'empathy'?"),
        (["annotate", "1", "1", "--override", "empathy=70"], "--override needs --reason"),
        (["annotate", "1", "1"], "nothing to add"),
    ])
    func refusals(arguments: [String], message: String) throws {
        let store = try Self.store()
        let result = try run(arguments + ["--store", store])
        #expect(result.status != 0)
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test func exportEverythingAsCSVAndJSON() throws {
        let store = try Self.store()
        let folder = try Binary.temporaryFolder()
        let file = folder.appendingPathComponent("all.csv").path
        let csv = try run(["export", "--format", "csv", "--output", file, "--store", store])
        #expect(csv.status == 0, "\(csv.err)")
        #expect(csv.err.contains("Exported 6 sessions, 12 turns to \(file)."))
        let rows = parseCSV(try String(contentsOfFile: file, encoding: .utf8))
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let trainee = rows[0].firstIndex(of: "trainee")!
        #expect(rows.filter { $0[0] == "session" }.map { $0[trainee] }.contains(Self.comma))
        #expect(rows.filter { $0[0] == "turn" }.count == 12)
        #expect(rows.contains { $0[0] == "finding" && $0[trainee] == Self.persian })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["all.csv"], "no partial file left")
        let again = try run(["export", "--table", "sessions", "--output", file, "--store", store])
        #expect(again.status == 0, "an existing file is replaced: \(again.err)")
        #expect(parseCSV(try String(contentsOfFile: file, encoding: .utf8)).count == 7)
        #expect(again.err.contains("Exported 6 sessions, 12 turns"))

        let turns = try run(["export", "--table", "turns", "--trainee", Self.latvian, "--store", store])
        #expect(parseCSV(turns.out).count == 7)
        let json = try run(["export", "--format", "json", "--store", store])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any])
        #expect((object["sessions"] as? [Any])?.count == 6)
    }

    @Test("without a store: an empty state, and no store is created")
    func noStoreYet() throws {
        let folder = try Binary.temporaryFolder()
        let store = folder.appendingPathComponent("missing/progress.sqlite").path
        let review = try run(["review", "--store", store])
        #expect(review.status == 0)
        #expect(review.out.hasPrefix("No sessions yet"))
        #expect(review.out.contains("Trainees start with: frontline play "))
        let json = try run(["review", "--store", store, "--format", "json"])
        #expect(json.status == 0 && (try? JSONSerialization.jsonObject(with: Data(json.out.utf8))) != nil)
        let transcript = try run(["transcript", "1", "--store", store])
        #expect(transcript.status != 0 && transcript.err.contains("no sessions yet"))
        let export = try run(["export", "--store", store])
        #expect(export.status == 0 && export.out.isEmpty && export.err.contains("no data yet"))
        let annotate = try run(["annotate", "1", "1", "--note", "x", "--store", store])
        #expect(annotate.status != 0)
        #expect(!FileManager.default.fileExists(atPath: store))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("missing").path))
    }

    @Test func anEmptyStoreIsAnEmptyState() throws {
        let folder = try Binary.temporaryFolder()
        let path = folder.appendingPathComponent("empty.sqlite").path
        try SQLiteStore(path: path).close()
        let review = try run(["review", "--store", path])
        #expect(review.status == 0 && review.out.hasPrefix("No sessions yet"))
        let trainee = try run(["review", "--store", path, "--trainee", "Ava"])
        #expect(trainee.status != 0 && trainee.err.contains("no such trainee 'Ava'"))
    }

    @Test func helpListsTheCommandsButNotTheGenerator() throws {
        let help = try run(["--help"])
        for command in ["review", "transcript", "annotate", "export"] { #expect(help.out.contains("  \(command) ")) }
        #expect(!help.out.contains("generate-store"))
    }

    func parseCSV(_ text: String) -> [[String]] { CSVReader.rows(text) }
}
