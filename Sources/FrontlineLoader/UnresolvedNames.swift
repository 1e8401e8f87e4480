import Foundation

/// The names files would have defined had they loaded: a scenario id, a rubric's or
/// language pack's language, the scenario a walkthrough file is for. A file that does not
/// parse (or decode) defines nothing, so everything that refers to it would be "unknown"
/// too; these names let the catalog checks stay silent about that follow-on, so a
/// manager sees one error (the real one) rather than four.
public struct UnresolvedNames: Sendable, Equatable {
    public var scenarios: Set<String> = []
    public var rubricLanguages: Set<String> = []
    public var languagePacks: Set<String> = []
    public var walkthroughScenarios: Set<String> = []

    public init() {}

    /// Records what the file at `path` (text, when it could be read) would have defined.
    mutating func record(path: String, text: String?, kind: FileKind?) {
        let name = (path as NSString).lastPathComponent
        var stem = (name as NSString).deletingPathExtension
        let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent.lowercased()
        let kind = kind ?? FileKind.guess(name: name, text: text ?? "")
        switch kind {
        case .scenario:
            scenarios.insert(stem)
            if let id = text.flatMap({ Self.topLevelValue("id", in: $0) }) { scenarios.insert(id) }
        case .walkthrough:
            if stem.hasSuffix(".walkthrough") { stem.removeLast(".walkthrough".count) }
            walkthroughScenarios.insert(stem)
            if let id = text.flatMap({ Self.topLevelValue("scenario", in: $0) }) { walkthroughScenarios.insert(id) }
        case .rubric, .language:
            var languages: Set<String> = [folder]
            if let language = text.flatMap({ Self.topLevelValue("language", in: $0) }) { languages.insert(language.lowercased()) }
            if kind == .rubric { rubricLanguages.formUnion(languages) } else { languagePacks.formUnion(languages) }
        case .track:
            break
        }
    }

    /// The value of a top-level `key: value` line (unquoted, without a comment), read from
    /// the text because the file did not parse.
    static func topLevelValue(_ key: String, in text: String) -> String? {
        // `isNewline`: "\r\n" is one Character, so a Windows file split on "\n" stays one line.
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) where line.hasPrefix("\(key):") {
            var value = line.dropFirst(key.count + 1)
            if let hash = value.range(of: " #") { value = value[..<hash.lowerBound] }
            var trimmed = value.trimmingCharacters(in: .whitespaces)
            if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
                trimmed = String(trimmed.dropFirst().dropLast())
            }
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }
}

extension FileKind {
    /// A file's kind from its name and text, for a file whose YAML did not parse.
    static func guess(name: String, text: String) -> FileKind {
        if name.hasSuffix(".walkthrough.yaml") || name.hasSuffix(".walkthrough.yml") { return .walkthrough }
        if name == "language.yaml" || name == "language.yml" { return .language }
        if name.hasSuffix(".track.yaml") || name.hasSuffix(".track.yml") { return .track }
        if UnresolvedNames.topLevelValue("dimension", in: text) != nil { return .rubric }
        if text.split(whereSeparator: \.isNewline).contains(where: { $0.hasPrefix("walkthroughs:") }) { return .walkthrough }
        return .scenario
    }
}
