import Foundation
import FrontlineGrader
import FrontlineLoader
import FrontlineModel

/// The content folder as `frontline grade` needs it: a language's rubrics are read and
/// compiled the first time a line in that language is graded, scenarios only when a line
/// (or `--scenario`) names one. Nothing is validated (grade reports no diagnostics).
///
/// The result is what loading the whole folder would give. Which files can hold a
/// language's rubrics is decided from their text without parsing them: a rubric is a
/// mapping with a `dimension` key, so a file without that word is not one; a file whose
/// top-level `language:` line names another language is skipped; any file this cannot
/// tell (no such line, two of them, an unusual value) is read for every language.
/// Files are read in the same order as a full load, so the first language pack wins as
/// before.
final class LazyContent: BatchContent, @unchecked Sendable {
    private let folders: [String]
    private let lock = NSLock()
    /// Files that may hold rubrics or language packs, in load order, with the language
    /// their text names (nil when it cannot be told).
    private let candidates: [(path: String, language: String?)]
    private var graders: [String: Grader?] = [:]
    private var full: Catalog?

    init(root: String) {
        folders = CatalogLoader.contentFolders(root: root)
        var candidates: [(String, String?)] = []
        for path in CatalogLoader.files(in: folders) {
            let name = (path as NSString).lastPathComponent
            if name.hasSuffix(".walkthrough.yaml") || name.hasSuffix(".walkthrough.yml")
                || name.hasSuffix(".track.yaml") || name.hasSuffix(".track.yml") { continue }
            let isLanguagePack = name == "language.yaml" || name == "language.yml"
            guard let data = FileManager.default.contents(atPath: path) else {
                candidates.append((path, nil)) // the loader reports it (or not); read it anyway
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            if !isLanguagePack && !text.contains("dimension") { continue } // a scenario
            candidates.append((path, Self.declaredLanguage(text)))
        }
        self.candidates = candidates
    }

    /// The value of the file's one top-level `language:` line, lowercased, when it is a
    /// plain tag; otherwise nil.
    static func declaredLanguage(_ text: String) -> String? {
        var found: String?
        var count = 0
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline)
        where line.hasPrefix("language:") {
            count += 1
            var value = line.dropFirst("language:".count)
            if let hash = value.range(of: " #") { value = value[..<hash.lowerBound] }
            var trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
                trimmed = String(trimmed.dropFirst().dropLast())
            }
            found = trimmed.lowercased()
        }
        guard count == 1, let tag = found, !tag.isEmpty,
              tag.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }),
              !["yes", "no", "on", "off", "true", "false", "null", "y", "n"].contains(tag) else { return nil }
        return tag
    }

    /// Same lookup as `GraderLibrary.grader(for:)`: `fa-IR` falls back to `fa`.
    func grader(for language: String) -> Grader? {
        let tag = language.lowercased()
        if let exact = exactGrader(tag) { return exact }
        return tag.split(separator: "-").first.flatMap { exactGrader(String($0)) }
    }

    private func exactGrader(_ language: String) -> Grader? {
        lock.lock()
        defer { lock.unlock() }
        if let known = graders[language] { return known }
        let grader = makeGrader(language)
        graders[language] = .some(grader)
        return grader
    }

    private func makeGrader(_ language: String) -> Grader? {
        let catalog: Catalog
        if let full {
            catalog = full
        } else {
            let files = candidates.filter { $0.language == nil || $0.language == language }.map(\.path)
            guard !files.isEmpty else { return nil }
            catalog = CatalogLoader.load(paths: files, validate: false).catalog
        }
        let rubrics = catalog.rubrics(for: language)
        guard !rubrics.isEmpty else { return nil }
        let pack = catalog.language(language) ?? LanguagePack(language: language, name: language)
        return Grader(rubrics: rubrics, language: pack)
    }

    /// Everything, loaded once (for scenarios, and the list of languages).
    private var everything: Catalog {
        lock.lock()
        defer { lock.unlock() }
        if let full { return full }
        let catalog = CatalogLoader.load(paths: folders, validate: false).catalog
        full = catalog
        return catalog
    }

    var rubricLanguages: [String] { everything.rubricLanguages }
    func scenario(_ id: String) -> Scenario? { everything.scenario(id) }
    var scenarioIds: [String] { everything.scenarios.map(\.id) }
}
