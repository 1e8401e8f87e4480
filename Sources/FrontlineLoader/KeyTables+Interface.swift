import FrontlineLocale
import FrontlineModel

/// The `ui:` section of a language pack: one key per interface message (`MessageKey`), its
/// English text as the documentation an editor shows; a message that counts is a mapping of
/// plural forms.
extension KeyTables {
    public static let interfaceMessages = KeyTable("the interface messages", MessageKey.allCases.map { key in
        KeySpec(key.rawValue, key.isPlural ? .mapping(pluralForms) : .text, "English: \(key.englishText)")
    })

    public static let pluralForms = KeyTable("plural forms", [
        KeySpec("zero", .text, "Latvian: for 0, 10–20, 30, 40… (numbers ending in 0 or 11–19)."),
        KeySpec("one", .text, "For 1 (Latvian: 1, 21, 31… but not 11)."),
        KeySpec("other", .text, "For the other numbers."),
    ])
}
