import Foundation
import FrontlineModel

/// The interface's messages in one language: `messages(.patienceCalmer, ["name": "Dana"])`,
/// `messages.plural(.transcriptTurns, 3)`, `messages.number(70)`. English is built in; a
/// translation comes from a language pack's `ui:` section (`frontline check` reports any
/// message it lacks, so a shipped language shows no English of Frontline's own).
public struct Messages: Sendable {
    public let language: UILanguage
    let table: [String: UIText]

    public static let english = Messages(language: .en, table: [:])

    init(language: UILanguage, table: [String: UIText]) {
        self.language = language
        self.table = table
    }

    /// The messages of `language` from its language pack (nil: English only).
    public init(_ language: UILanguage, pack: LanguagePack?) {
        self.init(language: language, table: language == .en ? [:] : pack?.ui ?? [:])
    }

    /// The message, its `{placeholders}` filled in. A key the pack lacks reads as English
    /// (and `frontline check` reports it: a missing translation is a content error).
    public func callAsFunction(_ key: MessageKey, _ values: [String: String] = [:]) -> String {
        let text: String
        switch table[key.rawValue] ?? key.english {
        case .text(let t): text = t
        case .forms(let forms): text = forms[PluralCategory.other.rawValue] ?? forms.values.first ?? key.rawValue
        }
        return Self.fill(text, values)
    }

    /// A message that counts: the form for `n` in this language, `{n}` in its digits.
    public func plural(_ key: MessageKey, _ n: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["n"] = number(n)
        guard case .forms(let forms) = table[key.rawValue] ?? key.english else { return self(key, values) }
        let category = table[key.rawValue] == nil ? UILanguage.en.pluralCategory(n) : language.pluralCategory(n)
        let text = forms[category.rawValue] ?? forms[PluralCategory.other.rawValue] ?? ""
        return Self.fill(text, values)
    }

    /// A whole number in the language's digits.
    public func number(_ n: Int) -> String { language.digits(String(n)) }

    /// A number already written with ASCII digits ("71", "72.5", "+3") in the language's.
    public func digits(_ text: String) -> String { language.digits(text) }

    /// A score rounded to a whole number, in the language's digits.
    public func score(_ value: Double) -> String { language.digits(value.roundedText) }

    /// An outcome or status by its stored name ("hung_up"), or the name when unknown.
    public func outcome(_ raw: String) -> String {
        MessageKey(rawValue: "outcome." + raw).map { self($0) } ?? raw.replacingOccurrences(of: "_", with: " ")
    }

    /// Replaces `{name}` by `values["name"]`; other braces are left as they are.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard !values.isEmpty, text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    /// The `{placeholders}` a message uses.
    public static func placeholders(_ text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) { names.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}

extension MessageKey {
    /// Whether the message counts something (and so has plural forms).
    public var isPlural: Bool {
        if case .forms = english { return true }
        return false
    }

    /// The placeholders every translation of this message must use.
    public var placeholders: Set<String> {
        switch english {
        case .text(let text): Messages.placeholders(text)
        case .forms(let forms): forms.values.reduce(into: Set<String>()) { $0.formUnion(Messages.placeholders($1)) }
        }
    }

    /// The English text for documentation (a plural message's "other" form).
    public var englishText: String {
        switch english {
        case .text(let text): text
        case .forms(let forms): forms["other"] ?? ""
        }
    }
}
