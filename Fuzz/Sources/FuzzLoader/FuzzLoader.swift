import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

/// One input: a YAML file as a manager might write it. The first byte picks what the
/// file is named (scenario, walkthrough, track, language pack; a rubric is told by its
/// `dimension` key), the rest is its text. The file is loaded and validated as
/// `frontline check` would, its diagnostics rendered with their quoted lines, and the
/// rubrics it held compiled into a grader. Any trap is a bug: bad input must get a
/// located diagnostic.
enum FuzzLoader {
    static let folder: String = {
        let path = NSTemporaryDirectory() + "frontline-fuzz-loader-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
    static let names = ["fuzz.yaml", "fuzz.walkthrough.yaml", "fuzz.track.yaml", "language.yaml"]

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let kind = bytes.first else { return }
        let path = folder + "/" + names[Int(kind) % names.count]
        let text = Data(UnsafeBufferPointer(rebasing: bytes.dropFirst()))
        guard FileManager.default.createFile(atPath: path, contents: text) else { return }
        defer { unlink(path) }
        let result = CatalogLoader.load(paths: [path])
        for diagnostic in result.renderedDiagnostics { _ = diagnostic.rendered }
        for language in Set(result.catalog.rubrics.map(\.language)) {
            let pack = result.catalog.language(language) ?? LanguagePack(language: language, name: language)
            let grader = Grader(rubrics: result.catalog.rubrics(for: language), language: pack)
            _ = grader.grade("I'm so sorry, Dana: your refund of 40 euros arrives in 5-7 days.", context: GradingContext())
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoaderTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzLoader.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
