// swift-tools-version:6.1
// Frontline: a terminal training simulator for customer-support teams.
//
// Data flows one way (see docs/architecture.md):
//   files → FrontlineLoader → FrontlineModel values → FrontlineEngine → FrontlineGrader
//         → FrontlineStore → FrontlineSession (the application); FrontlineReview (review
//   rules, no database) → reports; FrontlineLocale holds the interface's messages.
//   FrontlineBatch is `frontline grade`. FrontlineTerminal and the `frontline` executable
//   are the only targets that touch the terminal. Each target names only what it imports.
import PackageDescription

let package = Package(
    name: "Frontline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "frontline", targets: ["frontline"]),
    ],
    // The PostgreSQL team store is a trait, off by default: postgres-nio and SwiftNIO add
    // minutes to a clean build on two cores, and one trainee on one laptop never needs them.
    // `swift build --traits PostgreSQL`; CI (`scripts/test`) always enables it.
    traits: [
        .trait(name: "PostgreSQL", description: "The PostgreSQL team store (postgres-nio): --store postgres://…"),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // GNU readline from libreadline-dev, linked from the module map (Debian's
        // readline.pc pulls in tinfo flags that SwiftPM rejects).
        .systemLibrary(name: "CReadline", path: "Sources/CReadline"),
        // GNU FriBidi from libfribidi-dev: right-to-left lines (Persian) put in visual order
        // for terminals that do not reorder them (tmux, xterm).
        .systemLibrary(name: "CFriBidi", path: "Sources/CFriBidi"),

        // Immutable values: scenarios, rubrics, grades, diagnostics. No dependencies.
        .target(name: "FrontlineModel"),
        // Unicode-correct normalisation, tokens, numbers and the compiled phrase matcher.
        .target(name: "FrontlineText", dependencies: ["FrontlineModel"]),
        // The interface's messages: keys, English, plural rules, digits, which language to show.
        .target(name: "FrontlineLocale", dependencies: ["FrontlineModel"]),
        // YAML → model values with located diagnostics. Yams stays inside.
        .target(name: "FrontlineLoader", dependencies: ["FrontlineModel", "FrontlineText", "FrontlineLocale", "Yams"]),
        // Reply + context → scores with evidence. No I/O.
        .target(name: "FrontlineGrader", dependencies: ["FrontlineModel", "FrontlineText"]),
        // The `frontline grade` batch: JSONL files streamed through the grader on every core,
        // content loaded as the lines need it. Files, no terminal.
        .target(name: "FrontlineBatch", dependencies: ["FrontlineModel", "FrontlineLoader", "FrontlineGrader"]),
        // The conversation state machine: injected clock, never prints.
        .target(name: "FrontlineEngine", dependencies: ["FrontlineModel", "FrontlineGrader"]),
        // Review rules: stored values in, summaries out (weeks, the stuck rule, calibration,
        // miss ranking, outcomes), fed by each engine through `ReviewSource`. No database.
        .target(name: "FrontlineReview", dependencies: ["FrontlineModel"]),
        // Progress store: SQLite through GRDB. GRDB stays inside.
        .target(name: "FrontlineStore", dependencies: [
            "FrontlineModel", "FrontlineReview", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        // The PostgreSQL team store: the same `ProgressStore`, with roles enforced by row-level
        // security. Empty unless the PostgreSQL trait is on; postgres-nio stays inside.
        .target(name: "FrontlinePostgres", dependencies: [
            "FrontlineModel", "FrontlineReview", "FrontlineStore",
            .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
        ]),
        // The application: opening the store with read or write intent (one factory),
        // recording a session (recorder, journal retry, injected clock), correcting a
        // finding, regrading stored turns. What every command does, without the command
        // line or the terminal.
        .target(name: "FrontlineSession", dependencies: [
            "FrontlineModel", "FrontlineLoader", "FrontlineGrader", "FrontlineEngine", "FrontlineStore", "FrontlineReports",
            "FrontlineLocale",
            .target(name: "FrontlinePostgres", condition: .when(traits: ["PostgreSQL"])),
        ]),
        // Review and reports: team and trainee summaries, transcripts, HTML, CSV/JSON.
        .target(name: "FrontlineReports", dependencies: ["FrontlineModel", "FrontlineReview", "FrontlineLocale"]),
        // `frontline check`: structure, criterion examples and golden walkthroughs.
        .target(name: "FrontlineCheck", dependencies: [
            "FrontlineModel", "FrontlineLoader", "FrontlineGrader", "FrontlineEngine",
        ]),
        // The REPL and terminal rendering: with the executable, the only terminal code.
        .target(name: "FrontlineTerminal", dependencies: [
            "CReadline", "CFriBidi", "FrontlineModel", "FrontlineGrader", "FrontlineEngine", "FrontlineSession", "FrontlineLocale",
            "FrontlineReview", "FrontlineReports",
        ]),
        .executableTarget(name: "frontline", dependencies: [
            "FrontlineModel", "FrontlineLoader", "FrontlineGrader", "FrontlineEngine", "FrontlineStore", "FrontlineCheck",
            "FrontlineTerminal", "FrontlineReports", "FrontlineBatch", "FrontlineSession", "FrontlineLocale",
            .target(name: "FrontlinePostgres", condition: .when(traits: ["PostgreSQL"])),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: [
            // Release builds link the Swift runtime and Foundation statically: launching then
            // takes about 6 ms instead of 13–15 (no loading and relocating a dozen shared
            // libraries), which `review --trainee` needs to stay within 20 ms (docs/benchmarks.md).
            // Compiling with the flag too makes the module name the static libraries Foundation
            // needs (ICU among them). Debug builds and tests link dynamically, as before.
            .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
        ], linkerSettings: [
            .unsafeFlags(["-static-stdlib"], .when(configuration: .release)),
        ]),

        // Helpers more than one test target needs (an RFC 4180 reader, where text is in a fixture).
        .target(name: "FrontlineTestSupport", path: "Tests/FrontlineTestSupport"),
        .testTarget(name: "FrontlineModelTests", dependencies: ["FrontlineModel"]),
        .testTarget(name: "FrontlineTextTests", dependencies: ["FrontlineText"]),
        .testTarget(name: "FrontlineLocaleTests", dependencies: ["FrontlineLocale", "FrontlineLoader"]),
        // Fixtures are read from the source tree (#filePath), so diagnostics name them
        // as a manager would see them.
        .testTarget(name: "FrontlineLoaderTests", dependencies: ["FrontlineLoader", "FrontlineTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FrontlineGraderTests", dependencies: ["FrontlineGrader", "FrontlineLoader"]),
        .testTarget(name: "FrontlineBatchTests", dependencies: ["FrontlineBatch", "FrontlineGrader", "FrontlineLoader"]),
        .testTarget(name: "FrontlineEngineTests", dependencies: ["FrontlineEngine", "FrontlineLoader"]),
        .testTarget(name: "FrontlineReviewTests", dependencies: ["FrontlineReview"]),
        .testTarget(name: "FrontlineStoreTests", dependencies: [
            "FrontlineStore", .target(name: "FrontlinePostgres", condition: .when(traits: ["PostgreSQL"])),
        ]),
        .testTarget(name: "FrontlineSessionTests", dependencies: ["FrontlineSession", "FrontlineLoader", "FrontlineEngine"]),
        .testTarget(name: "FrontlineCheckTests", dependencies: ["FrontlineCheck", "FrontlineTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "FrontlineTerminalTests", dependencies: ["FrontlineTerminal", "FrontlineLoader", "FrontlineGrader", "FrontlineLocale"]),
        // The store too: the figures a report shows must agree with the store's review.
        .testTarget(name: "FrontlineReportsTests", dependencies: [
            "FrontlineReports", "FrontlineStore", "FrontlineTestSupport", "FrontlineLocale", "FrontlineLoader",
        ]),
        .testTarget(name: "frontlineTests", dependencies: [
            "frontline", "FrontlineModel", "FrontlineStore", "FrontlineBatch", "FrontlineTestSupport",
        ]),
    ],
    swiftLanguageModes: [.v6]
)
