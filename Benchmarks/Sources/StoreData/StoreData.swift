import ArgumentParser

/// Benchmark data, kept out of the product binary: `generate-store` writes a large
/// deterministic progress store, `bench-store` times a turn's commit.
@main
struct StoreData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-data",
        abstract: "Make and time progress stores for Frontline's benchmarks (Benchmarks/*.sh).",
        subcommands: [GenerateStoreCommand.self, BenchStoreCommand.self]
    )
}
