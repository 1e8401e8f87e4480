import ArgumentParser
import Foundation
import FrontlineSession
import FrontlineStore
#if PostgreSQL
import FrontlinePostgres
#endif

/// `frontline admin`: setting up a PostgreSQL team store and who may use it.
struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin",
        abstract: "Set up a PostgreSQL team store: its tables, and the logins of trainees, supervisors and managers.",
        discussion: """
            Run as the database's owner (or a superuser). Each person then connects as their own login
            (--store postgres://LOGIN@HOST/DATABASE) and PostgreSQL's row-level security decides what they see:
            trainees their own sessions, supervisors their team's, managers everything.
            """,
        subcommands: [Setup.self, Add.self, Members.self])

    struct Connection: ParsableArguments {
        @Option(name: .long, help: ArgumentHelp("The team store, as its owner: postgres://OWNER@HOST:PORT/DATABASE (default: $FRONTLINE_STORE).", valueName: "URL"))
        var store: String?

        func url() throws -> String {
            guard case .postgres(let url) = StoreLocation(store) else {
                throw ValidationError("'frontline admin' works on a PostgreSQL team store: give --store postgres://OWNER@HOST/DATABASE")
            }
            return url
        }
    }

    struct Setup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or upgrade the team store's tables, group roles and access policies.")
        @OptionGroup var connection: Connection

        func run() throws {
            let url = try connection.url()
            #if PostgreSQL
            do {
                let location = try PostgresLocation(url: url)
                try PostgresAdmin(location: location).setUp()
                print("The team store at \(location) is ready. Add people with: frontline admin add LOGIN --kind trainee --team TEAM")
            } catch { throw UserError(error.description) }
            #else
            throw UserError(AdminCommand.withoutPostgres)
            #endif
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a login (or change one): a trainee, a supervisor of a team, or a manager.")
        @OptionGroup var connection: Connection

        @Argument(help: ArgumentHelp("The database login to create (any text; it is quoted).", valueName: "login"))
        var login: String

        @Option(name: .long, help: ArgumentHelp("What the login is for.", valueName: "kind"))
        var kind: LoginKind

        @Option(name: .long, help: ArgumentHelp("The team: a trainee's own, or the one a supervisor reviews.", valueName: "team"))
        var team: String?

        @Option(name: .long, help: ArgumentHelp("For a trainee: the name their sessions carry (default: the login).", valueName: "name"))
        var trainee: String?

        @Option(name: .long, help: ArgumentHelp("An environment variable holding the login's password (never on the command line).", valueName: "variable"))
        var passwordFrom: String?

        func validate() throws {
            if kind == .supervisor, (team ?? "").isEmpty {
                throw ValidationError("a supervisor needs a team (--team NAME): they review that team's trainees")
            }
            if kind != .trainee, trainee != nil {
                throw ValidationError("--trainee names a trainee's sessions; a \(kind.rawValue) has none")
            }
        }

        func run() throws {
            let url = try connection.url()
            var password: String?
            if let passwordFrom {
                guard let value = ProcessInfo.processInfo.environment[passwordFrom], !value.isEmpty else {
                    throw ValidationError("the environment variable '\(passwordFrom)' is not set")
                }
                password = value
            }
            #if PostgreSQL
            do {
                let admin = PostgresAdmin(location: try PostgresLocation(url: url))
                try admin.add(login: login, kind: kind.postgres, trainee: trainee, team: team,
                              password: password)
                let who = kind == .trainee ? "trainee '\(trainee ?? login)'" : kind.rawValue
                print("Added \(login) as \(who)\(team.map { " in team \($0)" } ?? "").")
            } catch { throw UserError(error.description) }
            #else
            _ = (url, password)
            throw UserError(AdminCommand.withoutPostgres)
            #endif
        }
    }

    struct Members: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the team store's logins, by kind and team.")
        @OptionGroup var connection: Connection

        func run() throws {
            let url = try connection.url()
            #if PostgreSQL
            do {
                let members = try PostgresAdmin(location: try PostgresLocation(url: url)).members()
                if members.isEmpty { print("No logins yet. Add one with: frontline admin add LOGIN --kind trainee --team TEAM") }
                for member in members {
                    let detail = member.kind == .trainee ? " (sessions as '\(member.trainee ?? member.login)')" : ""
                    print("\(member.kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(member.team.isEmpty ? "-" : member.team)\t\(member.login)\(detail)")
                }
            } catch { throw UserError(error.description) }
            #else
            throw UserError(AdminCommand.withoutPostgres)
            #endif
        }
    }

    static let withoutPostgres = "this frontline was built without PostgreSQL support; build it with: swift build --traits PostgreSQL"
}

/// What a team store login is: `admin add --kind`.
enum LoginKind: String, CaseIterable, ExpressibleByArgument {
    case trainee, supervisor, manager

    #if PostgreSQL
    var postgres: PostgresAdmin.Kind {
        switch self {
        case .trainee: .trainee
        case .supervisor: .supervisor
        case .manager: .manager
        }
    }
    #endif
}

/// `frontline sync`: delivers turns kept on this computer while the team store was away.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Deliver turns kept on this computer while the team store could not be reached.")

    @Option(name: .long, help: ArgumentHelp(StoreLocation.optionHelp, valueName: "path or URL"))
    var store: String?

    func run() throws {
        guard case .postgres = StoreLocation(store) else {
            // A store file an older Frontline wrote is brought up to date here: reading
            // commands never migrate, and send the trainee to this command instead.
            if StoreLocation(store).exists { try StoreAccess.open(store, .write).close() }
            print("The store is a file on this computer: nothing waits to be delivered.")
            return
        }
        let progress = try StoreAccess.open(store, .write)
        print(KeptTurns.deliverLeftovers(to: progress) ?? "Nothing waits to be delivered.")
    }
}
