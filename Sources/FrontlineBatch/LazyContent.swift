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
public final class LazyContent: BatchContent, @unchecked Sendable {
    private let folders: [String]
    private let lock = NSLock()
    /// Files that may hold rubrics or language packs, in load order, with the language
    /// their text names (nil when it cannot be told).
    private let candidates: [(path: String, language: String?)]
    private var graders: [String: Grader?] = [:]
    private var full: Catalog?

    public init(root: String) {
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
            let scan = data.withUnsafeBytes { Self.scan($0.bindMemory(to: UInt8.self)) }
            if !isLanguagePack && !scan.mentionsDimension { continue } // a scenario
            candidates.append((path, scan.language))
        }
        self.candidates = candidates
    }

    /// Whether the bytes contain the word `dimension`, and the language they declare
    /// (see `declaredLanguage`), read from bytes: a rubric file is tens of kilobytes, and
    /// every file of the content folder is read. `memchr` finds the words' first bytes
    /// (byte by byte, this was a sixth of start-up before the rubrics are parsed).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (mentionsDimension: Bool, language: String?) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return (false, declaredLanguage(lines: [])) }
        let raw = UnsafeRawPointer(base)
        /// Where `word` next starts at or after `from`: its first byte found with `memchr`.
        func find(_ word: StaticString, from: Int) -> Int? {
            let first = Int32(word.utf8Start.pointee), length = word.utf8CodeUnitCount
            var at = from
            while at + length <= bytes.count, let hit = memchr(raw + at, first, bytes.count - at) {
                let i = UnsafeRawPointer(hit) - raw
                if i + length <= bytes.count, memcmp(raw + i, word.utf8Start, length) == 0 { return i }
                at = i + 1
            }
            return nil
        }
        let mentions = find("dimension", from: 0) != nil
        var lines: [Substring] = []
        var from = 0
        while let i = find("language:", from: from) {
            from = i + 1
            // Only at the start of a line.
            guard i == 0 || bytes[i - 1] == UInt8(ascii: "\n") || bytes[i - 1] == UInt8(ascii: "\r") else { continue }
            var end = i
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "\r") { end += 1 }
            lines.append(Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)))
        }
        return (mentions, declaredLanguage(lines: lines))
    }

    /// The value of the file's one top-level `language:` line, lowercased, when it is a
    /// plain tag; otherwise nil.
    static func declaredLanguage(_ text: String) -> String? {
        var scanned: String?
        var text = text
        text.withUTF8 { scanned = scan($0).language }
        return scanned
    }

    static func declaredLanguage(lines: [Substring]) -> String? {
        var found: String?
        var count = 0
        for line in lines {
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
    public func grader(for language: String) -> Grader? {
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

    public var rubricLanguages: [String] { everything.rubricLanguages }
    public func scenario(_ id: String) -> Scenario? { everything.scenario(id) }
    public var scenarioIds: [String] { everything.scenarios.map(\.id) }
}
