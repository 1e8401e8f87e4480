#if PostgreSQL
import Foundation
import FrontlineStore

/// The team store on PostgreSQL: the same `ProgressStore` as the SQLite file, shared by
/// every workstation of a training centre, with each login's access decided by the
/// database's row-level security (see `PostgresSchema.roles`).
///
/// Each call is one transaction on one connection, committed before it returns. A dropped
/// connection is opened again by the next call; while the server is away calls throw
/// `StoreError.unreachable` (the REPL then keeps turns in its journal).
public final class PostgresStore: ProgressStore, @unchecked Sendable {
    let connection: PostgresSession
    public var location: String { connection.location.description }

    /// Connects and makes sure the schema is current: migrated when this login may, else
    /// an error that says who must set it up.
    public convenience init(url: String) throws(StoreError) {
        try self.init(location: try PostgresLocation(url: url))
    }

    public init(location: PostgresLocation) throws(StoreError) {
        connection = PostgresSession(location: location)
        try migrate()
    }

    public func close() throws(StoreError) {
        connection.close()
    }

    func read<T>(_ body: (Connection) throws -> T) throws(StoreError) -> T {
        try connection.transaction(body)
    }

    @discardableResult
    func write<T>(_ body: (Connection) throws -> T) throws(StoreError) -> T {
        try connection.transaction(body)
    }

    /// Applies the migrations this database lacks, under an advisory lock so that twenty
    /// workstations starting at once migrate once.
    func migrate() throws(StoreError) {
        let known = Set(PostgresSchema.migrations.map(\.name))
        let applied: [String]? = try read { c in
            guard try c.row("SELECT to_regclass('frontline_migrations') IS NOT NULL AS present")?.value("present", as: Bool.self)
                    == true else { return nil }
            return try c.rows("SELECT name FROM frontline_migrations").map { try $0.string("name") }
        }
        if let unknown = applied?.first(where: { !known.contains($0) }) {
            throw .newerVersion(path: location, migration: unknown)
        }
        let done = Set(applied ?? [])
        guard PostgresSchema.migrations.contains(where: { !done.contains($0.name) }) else { return }
        do {
            try connection.transaction { c in
                if let schema = self.connection.location.schema {
                    try c.execute("CREATE SCHEMA IF NOT EXISTS \(PostgresSession.quoted(schema))")
                }
                try c.execute("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/frontline-migrations'))")
                try c.execute("""
                    CREATE TABLE IF NOT EXISTS frontline_migrations (
                      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """)
                let done = Set(try c.rows("SELECT name FROM frontline_migrations").map { try $0.string("name") })
                for migration in PostgresSchema.migrations where !done.contains(migration.name) {
                    try c.simple(migration.sql)
                    try c.execute("INSERT INTO frontline_migrations (name) VALUES ($1)", [.text(migration.name)])
                }
            }
        } catch .denied(_, let detail) {
            throw .failed("""
                the team store at \(location) is not set up for this version of Frontline (\(detail)); \
                a manager sets it up with: frontline admin setup --store \(location)
                """)
        }
    }
}

extension Connection {
    /// Several statements, one after another (migrations): split at top-level semicolons.
    func simple(_ sql: String) throws {
        for statement in Self.statements(sql) { try execute(statement) }
    }

    /// `sql` cut at the semicolons outside quotes, identifiers, comments and $$ bodies.
    static func statements(_ sql: String) -> [String] {
        var result: [String] = []
        var current = ""
        var quote: Character?
        var inBody = false
        var inComment = false
        var previous: Character = " "
        for character in sql {
            current.append(character)
            if inComment {
                if character == "\n" { inComment = false }
            } else if inBody {
                if character == "$" && previous == "$" { inBody = false; previous = " "; continue }
            } else if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "-" && previous == "-" {
                inComment = true
            } else if character == "$" && previous == "$" {
                inBody = true
                previous = " "
                continue
            } else if character == ";" {
                let statement = current.dropLast().trimmingCharacters(in: .whitespacesAndNewlines)
                if !statement.isEmpty { result.append(statement) }
                current = ""
            }
            previous = character
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { result.append(rest) }
        return result
    }
}
#endif
