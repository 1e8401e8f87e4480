#if PostgreSQL
import Foundation
import FrontlineStore
import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…` URL, parsed and checked.
/// Its `description` never shows the password.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var tls: TLSMode
    /// A schema to work in instead of `public` (tests give each test its own).
    public var schema: String?

    /// Whether `text` names a PostgreSQL store rather than a file.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        guard Self.isPostgresURL(text), let url = URLComponents(string: text) else {
            throw .failed("'\(text)' is not a PostgreSQL URL; expected postgres://USER@HOST:PORT/DATABASE")
        }
        guard let host = url.host, !host.isEmpty else {
            throw .failed("the URL '\(Self.redacted(text))' names no host; expected postgres://USER@HOST:PORT/DATABASE")
        }
        self.host = host
        port = url.port ?? 5432
        user = url.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        password = url.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        var tls = TLSMode.disable
        var schema: String?
        for item in url.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                switch item.value ?? "" {
                case "disable", "allow": tls = .disable
                case "prefer": tls = .prefer
                case "require", "verify-ca", "verify-full": tls = .require
                case let other:
                    throw .failed("unknown sslmode '\(other)' in \(Self.redacted(text)); use disable, prefer or require")
                }
            case "schema":
                schema = item.value
            default:
                throw .failed("unknown URL parameter '\(item.name)' in \(Self.redacted(text)); Frontline knows sslmode and schema")
            }
        }
        self.tls = tls
        self.schema = schema
    }

    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (schema.map { "?schema=\($0)" } ?? "")
    }

    /// The URL with its password replaced by "***", for messages about a URL that did not parse.
    static func redacted(_ text: String) -> String {
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = "***"
        return url.string ?? text
    }

    func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch self.tls {
        case .disable: tls = .disable
        case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                             database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        return configuration
    }
}
#endif
