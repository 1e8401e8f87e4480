#if PostgreSQL
import Foundation
import FrontlineModel
import Testing
@testable import FrontlinePostgres
@testable import FrontlineStore

/// The team store's roles, proved by logging in as each: row-level security decides what
/// a trainee, a supervisor and a manager may see and change.
@Suite("PostgreSQL roles", .enabled(if: PostgresTesting.url != nil), .serialized)
struct PostgresRolesTests {
    /// A team in a fresh schema: trainees Ava (team north) and Ben (team south), a
    /// supervisor of north, and a manager. Logins are cluster-wide, so each run names its own.
    struct Team {
        let owner: PostgresLocation
        let tag = String(UUID().uuidString.prefix(8)).lowercased()
        var ava: String { "ava_\(tag)" }
        var ben: String { "ben \"o'brien\"; DROP TABLE sessions; --\(tag)" }
        var supervisor: String { "sup_\(tag)" }
        var manager: String { "mgr_\(tag)" }

        init() throws {
            owner = try PostgresTesting.freshLocation()
            let admin = PostgresAdmin(location: owner)
            try admin.setUp()
            try admin.add(login: ava, kind: .trainee, trainee: "Ava", team: "north")
            try admin.add(login: ben, kind: .trainee, trainee: "Ben", team: "south")
            try admin.add(login: supervisor, kind: .supervisor, team: "north")
            try admin.add(login: manager, kind: .manager)
        }

        func store(as login: String) throws -> PostgresStore {
            var location = owner
            location.user = login
            location.password = nil
            return try PostgresStore(location: location)
        }

        func drop() { try? PostgresTesting.drop(owner) }
    }

    static func play(_ store: PostgresStore, trainee: String) throws -> Int64 {
        let id = try store.startSession(Fixture.session(trainee: trainee))
        try store.recordTurn(session: id, Fixture.turn(0), shownAt: Fixture.shownAt(0))
        try store.finishSession(id, summary: Fixture.summary(overall: 70), at: Fixture.shownAt(1))
        return id
    }

    @Test("a trainee sees and writes only their own sessions, and cannot change a stored score")
    func trainee() throws {
        let team = try Team()
        defer { team.drop() }
        let ava = try team.store(as: team.ava), ben = try team.store(as: team.ben)
        let mine = try Self.play(ava, trainee: "Ava")
        let theirs = try Self.play(ben, trainee: "Ben")

        #expect(try ava.sessions(trainee: nil, scenario: nil, limit: nil).map(\.id) == [mine])
        #expect(try ava.session(theirs) == nil)
        #expect(try ava.turns(session: theirs).isEmpty)
        #expect(try ava.column(sql: "SELECT count(*) FROM turns") == ["1"])
        #expect(try ava.review(ReviewFilter()).trainees.map(\.trainee) == ["Ava"])
        // Playing as someone else, or changing what is stored, is refused by the database.
        #expect(throws: StoreError.self) { _ = try ava.startSession(Fixture.session(trainee: "Ben")) }
        #expect(throws: StoreError.self) { try ava.execute(sql: "UPDATE turns SET empathy = 100") }
        #expect(throws: StoreError.self) { try ava.execute(sql: "DELETE FROM findings") }
        #expect(throws: StoreError.self) {
            try ava.finishSession(mine, summary: Fixture.summary(overall: 100), at: Fixture.shownAt(2))
        }
        #expect(try ava.session(mine)?.overall == 70)
        #expect(throws: (any Error).self) {
            try ava.annotate(AnnotationRequest(sessionId: mine, turnIndex: 0, supervisor: "Ava", note: "great job, me"))
        }
        #expect(throws: StoreError.self) { _ = try ava.startRegrade(at: Date(), filter: "") }
    }

    @Test("a supervisor reads their team and annotates it; a manager reads everything and regrades")
    func supervisorAndManager() throws {
        let team = try Team()
        defer { team.drop() }
        let avaSession = try Self.play(try team.store(as: team.ava), trainee: "Ava")
        let benSession = try Self.play(try team.store(as: team.ben), trainee: "Ben")
        let supervisor = try team.store(as: team.supervisor), manager = try team.store(as: team.manager)

        #expect(try supervisor.trainees() == ["Ava"])
        // Opening the store to annotate marks dead sessions interrupted where it may: here, none.
        #expect(try supervisor.markInterruptedSessions() == 0)
        #expect(try supervisor.turns(session: avaSession).count == 1)
        #expect(try supervisor.turns(session: benSession).isEmpty)
        let added = try supervisor.annotate(AnnotationRequest(sessionId: avaSession, turnIndex: 0, supervisor: team.supervisor,
                                                              note: "good", overrides: [.empathy: 60], reason: "too kind"))
        #expect(added.count == 2)
        #expect(throws: StoreError.unknownSession(String(benSession))) {
            try supervisor.annotate(AnnotationRequest(sessionId: benSession, turnIndex: 0, supervisor: "S", note: "x"))
        }
        #expect(throws: StoreError.self) { try supervisor.execute(sql: "UPDATE turns SET empathy = 100") }
        #expect(throws: StoreError.self) { _ = try supervisor.startRegrade(at: Date(), filter: "") }
        // The grader's score stays; the override sits beside it.
        #expect(try supervisor.turns(session: avaSession).first?.scores[.empathy] == 75)

        #expect(try manager.trainees() == ["Ava", "Ben"])
        #expect(try manager.review(ReviewFilter()).overrides == 1)
        // The manager's all-time misses (from the all-trainee rollup) are the owner's; a
        // supervisor's count their own team only.
        let everyone = try PostgresStore(location: team.owner).review(ReviewFilter()).misses
        #expect(try manager.review(ReviewFilter()).misses == everyone)
        #expect(try supervisor.review(ReviewFilter()).misses.map(\.turns) == everyone.map { $0.turns / 2 })
        let batch = try manager.startRegrade(at: Date(), filter: "all")
        let turn = try #require(try manager.turns(session: benSession).first)
        try manager.recordRegrade(batch: batch, turn: turn.id, grade: Fixture.turn(0).grade, overall: 50, fingerprint: "f")
        #expect(try manager.regradedOverall(session: benSession) == [turn.id: 50])
        #expect(try PostgresAdmin(location: team.owner).members().count == 4)
    }

    @Test("a login that is not a member sees nothing")
    func stranger() throws {
        let team = try Team()
        defer { team.drop() }
        _ = try Self.play(try team.store(as: team.ava), trainee: "Ava")
        let owner = try PostgresStore(location: team.owner)
        let stranger = "nobody_\(team.tag)"
        try owner.execute(sql: "CREATE ROLE \(stranger) LOGIN IN ROLE frontline_trainees")
        defer { try? owner.execute(sql: "DROP OWNED BY \(stranger); DROP ROLE \(stranger)") }
        #expect(try team.store(as: stranger).sessions(trainee: nil, scenario: nil, limit: nil).isEmpty)
    }
}

@Suite("PostgreSQL store", .enabled(if: PostgresTesting.url != nil))
struct PostgresStoreTests {
    @Test("migrations are named, recorded and applied once; a newer database is refused")
    func migrations() throws {
        let location = try PostgresTesting.freshLocation()
        defer { try? PostgresTesting.drop(location) }
        let store = try PostgresStore(location: location)
        #expect(try store.column(sql: "SELECT name FROM frontline_migrations").compactMap { $0 }.sorted()
                == PostgresSchema.migrations.map(\.name).sorted())
        _ = try PostgresStore(location: location)
        #expect(try store.column(sql: "SELECT count(*) FROM frontline_migrations") == ["\(PostgresSchema.migrations.count)"])
        try store.execute(sql: "INSERT INTO frontline_migrations (name) VALUES ('v99-future')")
        #expect(throws: StoreError.newerVersion(path: location.description, migration: "v99-future")) {
            _ = try PostgresStore(location: location)
        }
    }

    @Test("a server that cannot be reached is a clear error")
    func unreachable() throws {
        #expect {
            _ = try PostgresStore(url: "postgres://nobody@127.0.0.1:1/frontline")
        } throws: { error in
            guard case StoreError.unreachable(let location, _) = error else { return false }
            return location == "postgres://nobody@127.0.0.1:1/frontline"
        }
    }

    @Test("URLs: defaults, percent-encoding, no password in messages, unknown parameters refused")
    func urls() throws {
        let location = try PostgresLocation(url: "postgresql://sup%20one:s3cret@db.example:6543/centre?sslmode=require",
                                            environment: [:])
        #expect(location.user == "sup one" && location.password == "s3cret" && location.port == 6543)
        #expect(location.database == "centre" && location.tls == .require)
        #expect(!location.description.contains("s3cret"))
        #expect(try PostgresLocation(url: "postgres://ava@localhost", environment: [:]).database == "ava")
        #expect(throws: StoreError.self) { _ = try PostgresLocation(url: "postgres://x:pw@h/db?colour=blue") }
        #expect(throws: StoreError.self) { _ = try PostgresLocation(url: "postgres:///db") }
    }

    @Test("migration statements are split outside quotes and function bodies")
    func statements() {
        let sql = "CREATE TABLE a (x text DEFAULT ';');\nCREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$;\n-- a; comment\nSELECT 1"
        #expect(Connection.statements(sql).count == 3)
    }
}

@Test("built with the PostgreSQL trait, the tests have a server to run against (scripts/test starts one)")
func postgresIsConfigured() {
    #expect(PostgresTesting.url != nil, "set FRONTLINE_TEST_POSTGRES or run scripts/test")
}
#endif
