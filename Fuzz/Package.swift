// swift-tools-version:6.1
// libFuzzer harnesses for Frontline's parsers of outside input: the scenario/rubric
// loader and the `frontline grade` JSONL reader. Kept out of the main package so that
// `swift build` and `swift test` never build them; run them with `scripts/fuzz`.
//
// Sources/Frontline* are symbolic links to the main package's targets, so the fuzzers
// compile exactly the shipped code (with -sanitize=fuzzer coverage in every module)
// without resolving the main package's other dependencies (GRDB, postgres-nio).
import PackageDescription

let package = Package(
    name: "FrontlineFuzz",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "FrontlineModel"),
        .target(name: "FrontlineText", dependencies: ["FrontlineModel"]),
        .target(name: "FrontlineLocale", dependencies: ["FrontlineModel"]),
        .target(name: "FrontlineLoader", dependencies: ["FrontlineModel", "FrontlineText", "FrontlineLocale", "Yams"]),
        .target(name: "FrontlineGrader", dependencies: ["FrontlineModel", "FrontlineText"]),
        .target(name: "FrontlineBatch", dependencies: ["FrontlineModel", "FrontlineLoader", "FrontlineGrader"]),
        .executableTarget(name: "FuzzLoader", dependencies: ["FrontlineLoader", "FrontlineGrader"]),
        .executableTarget(name: "FuzzJSONL", dependencies: ["FrontlineLoader", "FrontlineGrader", "FrontlineBatch"]),
    ],
    swiftLanguageModes: [.v6]
)
