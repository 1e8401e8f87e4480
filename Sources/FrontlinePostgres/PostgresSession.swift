#if PostgreSQL
import Foundation
import FrontlineStore
import Logging
import PostgresNIO

/// One connection to the server, used from synchronous code: each call blocks on the
/// SwiftNIO future (never on Swift concurrency's thread pool, so it cannot starve it).
/// A dropped connection is opened again on the next call; calls are serialised.
final class PostgresSession: @unchecked Sendable {
    let location: PostgresLocation
    private let lock = NSLock()
    private var connection: PostgresConnection?
    private var nextId = 1
    private let logger: Logger = {
        var logger = Logger(label: "frontline.postgres")
        logger.logLevel = .critical
        return logger
    }()

    init(location: PostgresLocation) {
        self.location = location
    }

    deinit {
        if let connection { Self.shut(connection) }
    }

    /// Runs `body` with the connection, holding the lock (one caller at a time).
    @discardableResult
    func withConnection<T>(_ body: (Connection) throws -> T) throws(StoreError) -> T {
        lock.lock()
        defer { lock.unlock() }
        let connection: PostgresConnection
        do {
            connection = try open()
        } catch {
            throw .unreachable(location: location.description, detail: Self.describe(error))
        }
        do {
            return try body(Connection(connection: connection, logger: logger))
        } catch let error as StoreError {
            throw error
        } catch let error as PSQLError {
            if connection.isClosed || error.serverInfo == nil { drop(connection) }
            throw Self.storeError(error, location: location.description)
        } catch {
            if connection.isClosed { drop(connection) }
            throw .failed(Self.describe(error))
        }
    }

    /// One transaction: BEGIN, `body`, COMMIT (ROLLBACK when `body` throws).
    @discardableResult
    func transaction<T>(_ body: (Connection) throws -> T) throws(StoreError) -> T {
        try withConnection { connection in
            try connection.execute("BEGIN")
            do {
                let result = try body(connection)
                try connection.execute("COMMIT")
                return result
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
        }
    }

    func close() {
        lock.lock()
        defer { lock.unlock() }
        if let connection { drop(connection) }
    }

    /// Forgets the connection, closing it first (postgres-nio insists).
    private func drop(_ connection: PostgresConnection) {
        Self.shut(connection)
        if self.connection === connection { self.connection = nil }
    }

    static func shut(_ connection: PostgresConnection) {
        guard !connection.isClosed else { return }
        try? (connection.close() as EventLoopFuture<Void>).wait()
    }

    private func open() throws -> PostgresConnection {
        if let connection {
            if !connection.isClosed { return connection }
            drop(connection)
        }
        let eventLoop = MultiThreadedEventLoopGroup.singleton.any()
        let opened = try PostgresConnection.connect(on: eventLoop, configuration: try location.configuration(),
                                                    id: nextId, logger: logger).wait()
        nextId += 1
        let wrapped = Connection(connection: opened, logger: logger)
        do {
            try wrapped.execute("SET TIME ZONE 'UTC'")
            // The policies' subplans inflate cost estimates past jit_above_cost, and
            // compiling a review query cost 350 ms more than running it.
            try wrapped.execute("SET jit = off")
            if let schema = location.schema {
                try wrapped.execute("SET search_path TO \(Self.quoted(schema))")
            }
        } catch {
            Self.shut(opened)
            throw error
        }
        connection = opened
        return opened
    }

    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return describe(underlying) }
            switch error.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown:
                return "the connection was lost"
            default: return "\(error.code)"
            }
        }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout: return "no answer within 5 seconds"
            default: return "\(error)"
            }
        }
        let text = "\(error)"
        let lower = text.lowercased()
        if lower.contains("refused") { return "connection refused: is the server running, on that port?" }
        if lower.contains("timed out") || lower.contains("timeout") { return "no answer within 5 seconds" }
        if lower.contains("resolve") || lower.contains("no such host") || lower.contains("unknown host") || lower.contains("unknownhost") {
            return "unknown host"
        }
        return text
    }

    /// SQLSTATE classes that matter to a user: no privilege (42501, RLS) and the rest.
    static func storeError(_ error: PSQLError, location: String) -> StoreError {
        guard let info = error.serverInfo else { return .unreachable(location: location, detail: describe(error)) }
        let state = info[.sqlState] ?? ""
        let message = info[.message] ?? "\(error)"
        if state == "42501" { return .denied(location: location, detail: message) }
        if state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03" {
            return .unreachable(location: location, detail: message)
        }
        return .failed(message + (info[.detail].map { " (\($0))" } ?? ""))
    }
}

/// The connection as the store's queries see it: SQL text with $1… placeholders and values.
struct Connection {
    let connection: PostgresConnection
    let logger: Logger

    @discardableResult
    func execute(_ sql: String, _ values: [SQLValue] = []) throws -> Int {
        let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: SQLValue.bindings(values)),
                                          logger: logger).wait()
        return result.metadata.rows ?? 0
    }

    func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [Row] {
        let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: SQLValue.bindings(values)),
                                          logger: logger).wait()
        return result.map { Row(row: $0.makeRandomAccess()) }
    }

    func row(_ sql: String, _ values: [SQLValue] = []) throws -> Row? {
        try rows(sql, values).first
    }
}
#endif
