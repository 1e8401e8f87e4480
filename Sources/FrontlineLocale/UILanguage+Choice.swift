import Foundation

/// Which language the interface speaks, from the `--ui-language` flag, the `LANG`
/// environment variable and the content's (scenario's, session's) language:
///
/// 1. `--ui-language en|fa|lv`, when given, always;
/// 2. else `LANG` (or `LC_ALL`, `LC_MESSAGES`, which override it as usual), when it names
///    Persian or Latvian: a trainee who set their computer to Latvian reads Latvian;
/// 3. else the content's language, when the interface speaks it;
/// 4. else English.
///
/// `LANG=en_US.UTF-8` and `C.UTF-8` are most systems' default, set by nobody in particular,
/// so English from `LANG` does not override a Persian scenario; `--ui-language en` does.
public struct UILanguageChoice: Sendable {
    public static let environmentKeys = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// A `--ui-language` value that is not a language the interface speaks.
    public struct UnknownLanguage: Error, CustomStringConvertible, Sendable {
        public var value: String
        public var description: String {
            "unknown interface language '\(value)'; choose one of: \(UILanguage.allCases.map(\.rawValue).joined(separator: ", ")) (English, Persian, Latvian)"
        }
    }

    /// Parses a `--ui-language` value ("fa", "lv_LV", "EN").
    public static func parse(_ flag: String) throws(UnknownLanguage) -> UILanguage {
        guard let language = UILanguage(tag: flag.trimmingCharacters(in: .whitespaces)) else { throw UnknownLanguage(value: flag) }
        return language
    }

    /// The language from the locale environment, when it chooses a non-English interface.
    public static func fromEnvironment(_ environment: [String: String]) -> UILanguage? {
        // The first of LC_ALL, LC_MESSAGES, LANG that is set decides, as for gettext.
        guard let value = environmentKeys.lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty }),
              let language = UILanguage(tag: value), language != .en else { return nil }
        return language
    }

    public static func choose(flag: UILanguage?, environment: [String: String], content: String?) -> UILanguage {
        if let flag { return flag }
        if let fromLocale = fromEnvironment(environment) { return fromLocale }
        if let content, let language = UILanguage(tag: content) { return language }
        return .en
    }
}
