// swift-tools-version:6.1
// Frontline benchmarks: speed targets are checked here, never by timed unit tests
// (DEVELOPERS.md). The library sources are the main package's own, reached through the
// symbolic links in Sources/, so a benchmark always measures the code in this checkout.
//
//   swift run -c release --package-path Benchmarks grader-latency
//   swift run -c release --package-path Benchmarks store-data generate-store --store /tmp/big.sqlite
//   Benchmarks/vader-vs-frontline.sh
import PackageDescription

let package = Package(
    name: "FrontlineBenchmarks",
    platforms: [.macOS(.v14)],
    // As in the main package: `--traits PostgreSQL` lets store-data fill a postgres://… team store.
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
        .target(name: "FrontlineModel"),
        .target(name: "FrontlineText", dependencies: ["FrontlineModel"]),
        .target(name: "FrontlineLocale", dependencies: ["FrontlineModel"]),
        .target(name: "FrontlineLoader", dependencies: ["FrontlineModel", "FrontlineText", "FrontlineLocale", "Yams"]),
        .target(name: "FrontlineGrader", dependencies: ["FrontlineModel", "FrontlineText"]),
        .target(name: "FrontlineBatch", dependencies: ["FrontlineModel", "FrontlineLoader", "FrontlineGrader"]),
        .target(name: "FrontlineReview", dependencies: ["FrontlineModel"]),
        .target(name: "FrontlineStore", dependencies: [
            "FrontlineModel", "FrontlineReview", .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "FrontlinePostgres", dependencies: [
            "FrontlineModel", "FrontlineReview", "FrontlineStore",
            .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["PostgreSQL"])),
        ]),
        // Per-reply grading latency (p50/p99) with the shipped rubrics.
        .executableTarget(name: "grader-latency", dependencies: ["FrontlineGrader", "FrontlineLoader", "FrontlineBatch"], path: "Sources/GraderLatency"),
        // Benchmark data: `generate-store` (a large deterministic progress store, for
        // review.sh and team-store.sh) and `bench-store` (a turn's commit, for play-startup.sh).
        .executableTarget(name: "store-data", dependencies: [
            "FrontlineModel", "FrontlineLoader", "FrontlineStore",
            .target(name: "FrontlinePostgres", condition: .when(traits: ["PostgreSQL"])),
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], path: "Sources/StoreData"),
        .testTarget(name: "StoreDataTests", dependencies: ["store-data", "FrontlineModel", "FrontlineLoader", "FrontlineStore"], path: "Tests/StoreDataTests"),
    ],
    swiftLanguageModes: [.v6]
)
