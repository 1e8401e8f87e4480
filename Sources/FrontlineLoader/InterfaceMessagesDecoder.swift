import FrontlineLocale
import FrontlineModel
import Yams

/// Reads a language pack's `ui:` section (the interface's messages) and reports what a
/// trainee would otherwise see in English: a message with no translation, a plural form the
/// language needs, a placeholder the translation drops or invents. A pack for a language the
/// interface speaks (Persian, Latvian) must translate every message; so must any pack that
/// has a `ui:` section.
struct InterfaceMessagesDecoder {
    let diagnostics: Diagnostics

    func decode(_ map: MappingReader, language: String?, root: Node) -> [String: UIText] {
        let uiLanguage = language.flatMap(UILanguage.init(tag:))
        guard let section = map.node("ui"), let sectionKey = map.keyNode("ui") else {
            if let uiLanguage, uiLanguage != .en {
                diagnostics.error(.missingTranslation, "the language file has no 'ui:' section, so Frontline's own words would be shown in English "
                    + "to a \(uiLanguage.rawValue) trainee; translate the \(MessageKey.allCases.count) interface messages under 'ui:' (see docs/authoring.md)", at: root)
            }
            return [:]
        }
        guard let messages = MappingReader(section, table: KeyTables.interfaceMessages, diagnostics: diagnostics) else { return [:] }
        defer { messages.finish() }
        let categories = uiLanguage?.pluralCategories ?? [.one, .other]
        var table: [String: UIText] = [:]
        for (name, keyNode, value) in messages.entries {
            guard let key = MessageKey(rawValue: name) else { continue }
            if key.isPlural {
                guard let forms = MappingReader(value, table: KeyTables.pluralForms, what: "the plural forms of '\(name)'", diagnostics: diagnostics) else { continue }
                forms.finish()
                var texts: [String: String] = [:]
                for category in PluralCategory.allCases {
                    guard let formNode = forms.node(category.rawValue), let text = forms.scalarString(formNode, key: category.rawValue) else { continue }
                    if placeholdersAgree(text, key: key, at: formNode) { texts[category.rawValue] = text }
                }
                let missing = categories.filter { forms.node($0.rawValue) == nil }
                if !missing.isEmpty {
                    diagnostics.error(.missingTranslation, "'\(name)' has no '\(missing.map(\.rawValue).joined(separator: "', '"))' form; "
                        + "\(language ?? "this language") needs \(categories.map(\.rawValue).joined(separator: ", "))", at: keyNode)
                }
                table[name] = .forms(texts)
            } else if let text = messages.scalarString(value, key: name), placeholdersAgree(text, key: key, at: value) {
                table[name] = .text(text)
            }
        }
        let missing = MessageKey.allCases.filter { !messages.has($0.rawValue) }
        if !missing.isEmpty {
            let listed = missing.prefix(5).map { "'\($0.rawValue)' (English: \"\($0.englishText.excerpt())\")" }
            let more = missing.count > 5 ? " and \(missing.count - 5) more" : ""
            diagnostics.error(.missingTranslation, "no translation of \(missing.count) interface message\(missing.count == 1 ? "" : "s"): "
                + listed.joined(separator: ", ") + more + "; add \(missing.count == 1 ? "it" : "them") under 'ui:'", at: sectionKey)
        }
        return table
    }

    /// A translation fills in the same `{placeholders}` as the English.
    private func placeholdersAgree(_ text: String, key: MessageKey, at node: Node) -> Bool {
        let used = Messages.placeholders(text), expected = key.placeholders
        if let unknown = used.subtracting(expected).sorted().first {
            diagnostics.error(.invalidValue, "'{\(unknown)}' is not filled in for '\(key.rawValue)'; it has "
                + (expected.isEmpty ? "no placeholders" : expected.sorted().map { "{\($0)}" }.joined(separator: ", ")), at: node)
            return false
        }
        if let dropped = expected.subtracting(used).sorted().first {
            diagnostics.error(.invalidValue, "the translation of '\(key.rawValue)' leaves out '{\(dropped)}'; the trainee would not see it", at: node)
            return false
        }
        return true
    }
}
