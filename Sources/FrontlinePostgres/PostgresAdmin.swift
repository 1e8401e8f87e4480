#if PostgreSQL
import Foundation
import FrontlineStore

/// Setting up a team store: the schema, and who may log in as what (`frontline admin`).
/// Runs as the schema's owner (or a superuser); every name is a bound value, quoted by
/// PostgreSQL's format(%I, %L) inside `frontline_add_member`, never spliced into SQL.
public struct PostgresAdmin: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case trainee, supervisor, manager }

    public struct Member: Sendable, Equatable {
        public var login: String
        public var kind: Kind
        public var trainee: String?
        public var team: String
    }

    let location: PostgresLocation

    public init(location: PostgresLocation) {
        self.location = location
    }

    /// Creates the schema (when named) and applies every migration, roles included.
    public func setUp() throws(StoreError) {
        let store = try PostgresStore(location: location)
        try store.close()
    }

    /// Adds or changes a login: a trainee (whose sessions carry `trainee`, by default the
    /// login), a supervisor of `team`, or a manager.
    public func add(login: String, kind: Kind, trainee: String? = nil, team: String? = nil,
                    password: String? = nil) throws(StoreError) {
        guard !login.isEmpty else { throw .failed("a login needs a name") }
        if kind == .supervisor, (team ?? "").isEmpty {
            throw .failed("a supervisor needs a team (--team NAME): they review that team's trainees")
        }
        let session = PostgresSession(location: location)
        defer { session.close() }
        try session.transaction { c in
            try c.execute("SELECT frontline_add_member($1, $2, $3, $4, $5)",
                          [.text(login.storable), .text(kind.rawValue), .optional(trainee.storable),
                           .optional(team.storable), .optional(password)])
        }
    }

    public func members() throws(StoreError) -> [Member] {
        let session = PostgresSession(location: location)
        defer { session.close() }
        return try session.transaction { c in
            try c.rows("SELECT login, kind, trainee, team FROM members ORDER BY kind, team, login").map { row in
                Member(login: try row.string("login"), kind: Kind(rawValue: try row.string("kind")) ?? .trainee,
                       trainee: try row.optional("trainee"), team: try row.string("team"))
            }
        }
    }

    /// Drops a schema and everything in it (tests' throwaway schemas).
    public func dropSchema(_ schema: String) throws(StoreError) {
        let session = PostgresSession(location: location)
        defer { session.close() }
        try session.withConnection { c in try c.execute("DROP SCHEMA IF EXISTS \(PostgresSession.quoted(schema)) CASCADE") }
    }
}
#endif
