import Foundation
import FrontlineLoader
import FrontlineLocale
import FrontlineModel

/// `--ui-language`: which language Frontline's own words are in (`UILanguageChoice` says
/// what wins), and its messages from the content's language pack.
enum InterfaceLanguage {
    static let optionHelp = "Frontline's own words in en, fa or lv (default: $LANG if it is Persian or Latvian, else the content's language)."

    /// The flag's language; an unknown value is an error that lists the choices.
    static func flag(_ value: String?) throws -> UILanguage? {
        guard let value else { return nil }
        do { return try UILanguageChoice.parse(value) } catch { throw UserError("--ui-language: \(error.description)") }
    }

    static func choose(_ flag: UILanguage?, content: String?) -> UILanguage {
        UILanguageChoice.choose(flag: flag, environment: ProcessInfo.processInfo.environment, content: content)
    }

    /// The messages of `language`, from the catalogue's language pack.
    static func messages(_ language: UILanguage, catalog: Catalog) -> Messages {
        Messages(language, pack: catalog.language(language.rawValue))
    }

    /// The messages of `language`, reading only its language pack from the content root.
    static func messages(_ language: UILanguage, contentRoot: String) -> Messages {
        guard language != .en else { return .english }
        let path = (contentRoot as NSString).appendingPathComponent("Rubrics/\(language.rawValue)/language.yaml")
        return messages(language, catalog: CatalogLoader.load(paths: [path]).catalog)
    }
}
