import Foundation
import FrontlineModel
import Yams

/// What loading produced: the catalog, every diagnostic, and the sources (for quoting lines).
public struct LoadResult: Sendable {
    public var catalog: Catalog
    public var diagnostics: [Diagnostic]
    public var sources: [String: SourceText]
    /// Every file that was asked for (read or not): diagnostics in them are reported.
    public var files: Set<String> = []
    /// What files that failed to load would have defined (see `UnresolvedNames`).
    public var unresolved = UnresolvedNames()
    public var filesRead: Int { files.count }

    /// Diagnostics with their source lines attached, sorted by file and position.
    public var renderedDiagnostics: [Diagnostic] { attachingSourceLines(diagnostics) }

    /// Locations computed after decoding (a pattern's column plus an offset into it) can
    /// run past a line's end when the value spans lines; they are clamped onto the text.
    public func attachingSourceLines(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var d = diagnostic
            if let location = d.location, let source = sources[location.file] {
                d.location = source.clamped(location)
                if d.sourceLine == nil { d.sourceLine = source.line(d.location!.line) }
            }
            return d
        }.sorted { a, b in
            let la = a.location, lb = b.location
            if la?.file != lb?.file { return (la?.file ?? "") < (lb?.file ?? "") }
            if la?.line != lb?.line { return (la?.line ?? 0) < (lb?.line ?? 0) }
            return (la?.column ?? 0) < (lb?.column ?? 0)
        }
    }
}

extension UnresolvedNames {
    mutating func merge(_ other: UnresolvedNames) {
        scenarios.formUnion(other.scenarios)
        rubricLanguages.formUnion(other.rubricLanguages)
        languagePacks.formUnion(other.languagePacks)
        walkthroughScenarios.formUnion(other.walkthroughScenarios)
    }
}

/// Loads scenarios, rubrics, language packs and walkthroughs from files and folders.
public enum CatalogLoader {
    /// Loads the content folder: `<root>/Scenarios` and `<root>/Rubrics`.
    public static func load(root: String) -> LoadResult {
        load(paths: contentFolders(root: root))
    }

    /// The folders `load(root:)` reads, those that exist.
    public static func contentFolders(root: String) -> [String] {
        let folders = ["Scenarios", "Rubrics"].map { (root as NSString).appendingPathComponent($0) }
        return folders.filter { FileManager.default.fileExists(atPath: $0) }
    }

    /// The YAML files `load(paths:)` would read for `paths`, in the order it reads them.
    public static func files(in paths: [String]) -> [String] {
        var ignored: [Diagnostic] = []
        return expand(paths, diagnostics: &ignored)
    }

    /// Loads the given files and folders (folders recursively, `.yaml` and `.yml` files).
    /// `context` is loaded too, for cross-references, but its diagnostics are dropped
    /// (e.g. the shipped rubrics when only one scenario is checked).
    /// Without `validate`, cross-file checks are skipped (the catalog is the same; only
    /// diagnostics are missing): for commands that use the content without reporting on it.
    public static func load(paths: [String], context: [String] = [], validate: Bool = true) -> LoadResult {
        var result = LoadResult(catalog: Catalog(), diagnostics: [], sources: [:])
        let files = expand(paths, diagnostics: &result.diagnostics)
        for parsed in parseAll(files) {
            decode(parsed, into: &result, reportDiagnostics: true)
        }
        let explicit = result.files
        let explicitPaths = Set(explicit.map(canonical))
        var contextResult = LoadResult(catalog: Catalog(), diagnostics: [], sources: [:])
        var seenContext = Set<String>()
        for path in expand(context, diagnostics: &contextResult.diagnostics)
        where !explicitPaths.contains(canonical(path)) && seenContext.insert(canonical(path)).inserted {
            loadFile(path, into: &contextResult, reportDiagnostics: false)
        }
        result.catalog.merge(context: contextResult.catalog)
        result.unresolved.merge(contextResult.unresolved)
        guard validate else { return result }
        var validator = CatalogValidator(catalog: result.catalog, checkedFiles: explicit, unresolved: result.unresolved)
        result.diagnostics += validator.run()
        return result
    }

    /// One spelling per file (`./Scenarios/a.yaml`, `Scenarios/a.yaml` and the absolute
    /// path are the same file), so a file given explicitly is not loaded again as context.
    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Files under the paths, sorted so diagnostics come in a stable order.
    static func expand(_ paths: [String], diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let namedLikeYAML = path.hasSuffix(".yaml") || path.hasSuffix(".yml")
            if !namedLikeYAML, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                // A folder that is a symbolic link (Rubrics shared between content folders) is
                // walked where it points; the files keep the path the user gave.
                let enumerator = FileManager.default.enumerator(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
                var found: [String] = []
                while let relative = enumerator?.nextObject() as? String {
                    if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                        found.append((path as NSString).appendingPathComponent(relative))
                    }
                }
                files += found.sorted()
            } else {
                files.append(path)
            }
        }
        return files
    }

    static func loadFile(_ path: String, into result: inout LoadResult, reportDiagnostics: Bool) {
        decode(parse(path), into: &result, reportDiagnostics: reportDiagnostics)
    }

    /// A file read and composed into YAML nodes, not yet decoded.
    struct Parsed {
        var display: String
        var content: Content

        enum Content {
            case unreadable(Diagnostic)
            case read(SourceText, Result<YAMLDocument, Diagnostic>)
        }
    }

    static func parse(_ path: String) -> Parsed {
        let display = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        switch SourceText.read(display) {
        case .failure(let diagnostic): return Parsed(display: display, content: .unreadable(diagnostic))
        case .success(let text): return Parsed(display: display, content: .read(text, YAMLDocument.compose(text)))
        }
    }

    /// The files parsed on all cores, in the order given: reading and composing YAML is
    /// most of loading (the English rubrics: 7 ms of 11 ms) and each file is independent;
    /// decoding stays in order, so the catalog and diagnostics are a serial load's.
    static func parseAll(_ paths: [String]) -> [Parsed] {
        guard paths.count > 1 else { return paths.map(parse) }
        let parsed = UnsafeMutableBufferPointer<Parsed>.allocate(capacity: paths.count)
        defer { parsed.deallocate() }
        nonisolated(unsafe) let shared = parsed // each index is written by one iteration only
        // Largest first, so that a big file does not start last.
        let sizes = paths.map(fileSize)
        let order = paths.indices.sorted { sizes[$0] > sizes[$1] }
        DispatchQueue.concurrentPerform(iterations: paths.count) { k in
            let i = order[k]
            (shared.baseAddress! + i).initialize(to: parse(paths[i]))
        }
        let result = Array(parsed)
        _ = parsed.deinitialize()
        return result
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    static func decode(_ parsed: Parsed, into result: inout LoadResult, reportDiagnostics: Bool) {
        let display = parsed.display
        if reportDiagnostics { result.files.insert(display) }
        var diagnostics: [Diagnostic] = []
        defer { if reportDiagnostics { result.diagnostics += diagnostics } }
        let source: SourceText, composed: Result<YAMLDocument, Diagnostic>
        switch parsed.content {
        case .unreadable(let diagnostic):
            diagnostics.append(diagnostic)
            result.unresolved.record(path: display, text: nil, kind: nil)
            return
        case .read(let text, let document):
            source = text
            composed = document
        }
        if reportDiagnostics { result.sources[display] = source }
        let document: YAMLDocument
        switch composed {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            result.unresolved.record(path: display, text: source.text, kind: nil)
            return
        case .success(let doc):
            document = doc
        }
        let collector = Diagnostics(source: source)
        let file = SourceFile(path: display, fingerprint: source.fingerprint)
        let kind = FileKind.classify(path: display, root: document.root)
        var defined = true
        switch kind {
        case .walkthrough:
            let walkthroughs = WalkthroughDecoder(diagnostics: collector, sourceFile: file).decode(document.root)
            result.catalog.walkthroughs += walkthroughs
            defined = !walkthroughs.isEmpty || !collector.hasErrors
        case .track:
            let track = TrackDecoder(diagnostics: collector, sourceFile: file).decode(document.root)
            result.catalog.tracks += track.map { [$0] } ?? []
            defined = track != nil
        case .language:
            let pack = LanguagePackDecoder(diagnostics: collector, sourceFile: file).decode(document.root)
            result.catalog.languages += pack.map { [$0] } ?? []
            defined = pack != nil
        case .rubric:
            let rubric = RubricDecoder(diagnostics: collector, sourceFile: file).decode(document.root)
            result.catalog.rubrics += rubric.map { [$0] } ?? []
            defined = rubric != nil
        case .scenario:
            let scenario = ScenarioDecoder(diagnostics: collector, sourceFile: file).decode(document.root)
            if let scenario {
                // A part that did not decode (a turn, an ending) changes the graph: its
                // reachability is checked once the file decodes cleanly.
                var validator = ScenarioValidator(scenario, broken: collector.brokenNames, checkGraph: !collector.hasErrors)
                diagnostics += validator.run()
                result.catalog.scenarios.append(scenario)
            }
            defined = scenario != nil
        }
        if !defined { result.unresolved.record(path: display, text: source.text, kind: kind) }
        diagnostics = collector.items + diagnostics
    }
}

enum FileKind {
    case scenario, rubric, language, walkthrough, track

    static func classify(path: String, root: Node) -> FileKind {
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".walkthrough.yaml") || name.hasSuffix(".walkthrough.yml") { return .walkthrough }
        if name == "language.yaml" || name == "language.yml" { return .language }
        if name.hasSuffix(".track.yaml") || name.hasSuffix(".track.yml") { return .track }
        if case .mapping(let mapping) = root {
            if mapping["dimension"] != nil { return .rubric }
            if mapping["walkthroughs"] != nil { return .walkthrough }
        }
        return .scenario
    }
}

extension Catalog {
    /// Adds context values that the explicitly checked files do not already provide:
    /// an edited rubric being checked replaces the shipped one, not the other way round.
    mutating func merge(context: Catalog) {
        let rubricKeys = Set(rubrics.map { "\($0.language)/\($0.dimension.rawValue)" })
        rubrics += context.rubrics.filter { !rubricKeys.contains("\($0.language)/\($0.dimension.rawValue)") }
        let languageKeys = Set(languages.map(\.language))
        languages += context.languages.filter { !languageKeys.contains($0.language) }
        let scenarioIds = Set(scenarios.map(\.id))
        scenarios += context.scenarios.filter { !scenarioIds.contains($0.id) }
        let trackIds = Set(tracks.map(\.id))
        tracks += context.tracks.filter { !trackIds.contains($0.id) }
        // Another file's walkthroughs of a scenario still count as its walkthroughs (it is
        // not "without a walkthrough"); those of the files being checked come first.
        let walkthroughKeys = Set(walkthroughs.map { "\($0.scenario)/\($0.name)" })
        walkthroughs += context.walkthroughs.filter { !walkthroughKeys.contains("\($0.scenario)/\($0.name)") }
    }
}
