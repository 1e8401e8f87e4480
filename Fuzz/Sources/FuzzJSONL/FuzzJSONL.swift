import Foundation
import FrontlineBatch
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

/// One input: a JSONL file as `frontline grade` reads it. Each line is graded against
/// the shipped rubrics and scenarios (loaded once), as the command grades it: a line is
/// either graded or refused with a message; nothing may trap.
enum FuzzJSONL {
    /// The repository: this file is Fuzz/Sources/FuzzJSONL/FuzzJSONL.swift.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static let batch: BatchGrading = {
        let catalog = CatalogLoader.load(root: repository).catalog
        precondition(!catalog.rubrics.isEmpty, "no rubrics under \(repository)")
        return BatchGrading(library: GraderLibrary(catalog: catalog), catalog: catalog, scenario: nil)
    }()

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        var output: [UInt8] = []
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            do throws(BatchGrading.LineError) {
                try batch.gradeLine(UnsafeBufferPointer(rebasing: bytes[start..<end]), appendingTo: &output)
            } catch {
                _ = error.message
            }
            output.removeAll(keepingCapacity: true)
            start = end + 1
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzJSONL.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
