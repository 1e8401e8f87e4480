// swift-tools-version:6.0
// Frontline benchmarks: speed targets are checked here, never by timed unit tests
// (DEVELOPERS.md). The library sources are the main package's own, reached through the
// symbolic links in Sources/, so a benchmark always measures the code in this checkout.
//
//   swift run -c release --package-path Benchmarks grader-latency
//   Benchmarks/vader-vs-frontline.sh
import PackageDescription

let package = Package(
    name: "FrontlineBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .target(name: "FrontlineModel"),
        .target(name: "FrontlineText", dependencies: ["FrontlineModel"]),
        .target(name: "FrontlineLoader", dependencies: ["FrontlineModel", "FrontlineText", "Yams"]),
        .target(name: "FrontlineGrader", dependencies: ["FrontlineModel", "FrontlineText"]),
        // Per-reply grading latency (p50/p99) with the shipped rubrics.
        .executableTarget(name: "grader-latency", dependencies: ["FrontlineGrader", "FrontlineLoader"], path: "Sources/GraderLatency"),
    ],
    swiftLanguageModes: [.v6]
)
