extension String {
    /// Columns the string takes in a terminal: combining marks and zero-width characters
    /// take none, East Asian wide characters and emoji take two.
    /// ANSI colour sequences (ESC [ … m) take no columns.
    public var terminalWidth: Int {
        var width = 0
        var inEscape = false
        for character in self {
            if inEscape {
                if character.isLetter { inEscape = false }
                continue
            }
            if character == "\u{1B}" {
                inEscape = true
                continue
            }
            width += character.terminalWidth
        }
        return width
    }

    /// Cuts the string to at most `columns` terminal columns, adding "…" when it was cut.
    public func truncated(toWidth columns: Int) -> String {
        guard terminalWidth > columns else { return self }
        var result = ""
        var width = 0
        for character in self {
            let w = character.terminalWidth
            if width + w > columns - 1 { break }
            result.append(character)
            width += w
        }
        return result + "…"
    }

    /// Pads with spaces on the right to `columns` terminal columns.
    public func padded(toWidth columns: Int) -> String {
        let w = terminalWidth
        return w >= columns ? self : self + String(repeating: " ", count: columns - w)
    }
}

extension Character {
    public var terminalWidth: Int {
        guard let first = unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if first.properties.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
             0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
             0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
