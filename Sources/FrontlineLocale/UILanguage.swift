/// The languages Frontline's interface speaks: its own words around the scenario's
/// (labels, help, feedback, the debrief). English is built in; the others come from the
/// `ui:` section of `Rubrics/<language>/language.yaml`.
public enum UILanguage: String, CaseIterable, Sendable, Hashable {
    case en, fa, lv

    /// The plural categories a message that counts must give in this language.
    public var pluralCategories: [PluralCategory] {
        switch self {
        case .en, .fa: [.one, .other]
        case .lv: [.zero, .one, .other]
        }
    }

    /// The category of `n`. English: one for 1. Persian: one for 0 and 1 (the noun after
    /// a number stays singular anyway). Latvian: one when n ends in 1 but not 11; zero
    /// when it ends in 0 or in 11–19; other for the rest (2–9 endings).
    public func pluralCategory(_ n: Int) -> PluralCategory {
        let n = n.magnitude
        switch self {
        case .en: return n == 1 ? .one : .other
        case .fa: return n <= 1 ? .one : .other
        case .lv:
            if n % 10 == 0 || (11...19).contains(n % 100) { return .zero }
            if n % 10 == 1 && n % 100 != 11 { return .one }
            return .other
        }
    }

    /// Writes the ASCII digits of a number in the language's own: Persian uses the
    /// Extended Arabic-Indic digits ۰–۹ and the momayyez «٫» as decimal separator; Latvian
    /// Western digits with a decimal comma.
    public func digits(_ number: String) -> String {
        switch self {
        case .en: return number
        case .lv: return number.replacingDecimalPoint(with: ",")
        case .fa:
            var out = ""
            out.unicodeScalars.reserveCapacity(number.unicodeScalars.count)
            var previous: Unicode.Scalar?
            for scalar in number.unicodeScalars {
                if ("0"..."9").contains(scalar), let persian = Unicode.Scalar(0x06F0 + scalar.value - 0x30) {
                    out.unicodeScalars.append(persian)
                } else if scalar == ".", let p = previous, ("0"..."9").contains(p) {
                    out.unicodeScalars.append("\u{066B}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
                previous = scalar
            }
            return out
        }
    }

    /// Whether text in this language runs right to left (for HTML's `dir`).
    public var isRightToLeft: Bool { self == .fa }

    /// The interface language a content or locale tag names: "fa", "fa-IR", "lv_LV.UTF-8"
    /// and "LV" all work; nil for a language the interface does not speak.
    public init?(tag: String) {
        let base = tag.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == "@" }).first.map { String($0).lowercased() } ?? ""
        self.init(rawValue: base)
    }
}

/// CLDR's plural categories that Frontline's languages use.
public enum PluralCategory: String, CaseIterable, Sendable, Hashable {
    case zero, one, other
}

extension String {
    /// "72.5" → "72,5": a point between two digits becomes `separator`.
    func replacingDecimalPoint(with separator: Character) -> String {
        let chars = Array(self)
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == ".", i > 0, i + 1 < chars.count, chars[i - 1].isASCII, chars[i - 1].isNumber, chars[i + 1].isASCII, chars[i + 1].isNumber {
                out.append(separator)
            } else {
                out.append(c)
            }
        }
        return out
    }
}
