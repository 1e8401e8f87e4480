/// One displayed line taken apart into characters (Unicode scalars), each with the colour
/// escape sequences in force where it stands, so the characters can be reordered and the
/// colours put back around the same characters afterwards.
struct StyledLine: Equatable {
    struct Cell: Equatable {
        var scalar: Unicode.Scalar
        /// The SGR sequences in force since the last reset ("" for none), e.g. "\e[36m\e[1m".
        var style: String
        /// A bidi control added before reordering (an isolate around quoted text); never shown.
        var added = false
    }

    var cells: [Cell]

    /// `line` under the style `carried` from the line before; nil when the line holds an
    /// escape sequence other than a colour (cursor movement…), which must not be reordered.
    /// `carried` becomes the style in force at the end of the line.
    init?(_ line: String, carried: inout String) {
        cells = []
        var escape: String?
        for scalar in line.unicodeScalars {
            if var sequence = escape {
                sequence.unicodeScalars.append(scalar)
                escape = sequence
                let isFinal = sequence.unicodeScalars.count > 2 && (0x40...0x7E).contains(scalar.value)
                guard sequence.unicodeScalars.count > 2 || scalar == "[" else { return nil }
                guard isFinal else { continue }
                guard scalar == "m" else { return nil }
                carried = sequence == "\u{1B}[0m" || sequence == "\u{1B}[m" ? "" : carried + sequence
                escape = nil
            } else if scalar == "\u{1B}" {
                escape = "\u{1B}"
            } else {
                cells.append(Cell(scalar: scalar, style: carried))
            }
        }
        if escape != nil { return nil }
    }

    /// The cells in `order`, with escape sequences where the style changes, a reset at the
    /// end when a style is in force, and added or bidi control characters left out
    /// (terminals that do not do bidi may print them).
    static func render(_ cells: [Cell]) -> String {
        var text = "", style = ""
        for cell in cells where !cell.added && !cell.scalar.isBidiControl {
            if cell.style != style {
                if !style.isEmpty { text += "\u{1B}[0m" }
                text += cell.style
                style = cell.style
            }
            text.unicodeScalars.append(cell.scalar)
        }
        if !style.isEmpty { text += "\u{1B}[0m" }
        return text
    }
}

extension Unicode.Scalar {
    /// LRM, RLM, ALM and the embedding, override and isolate controls.
    var isBidiControl: Bool {
        switch value {
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Hebrew, Arabic, Persian, Syriac, Thaana, N'Ko… and their presentation forms.
    var isRightToLeft: Bool {
        switch value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}
