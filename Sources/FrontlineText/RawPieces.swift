/// The first pass of tokenising: words, dashes and clause breaks with code point offsets.
struct RawPieces: Sequence, IteratorProtocol {
    enum Kind { case word, dash, clauseBreak, sentenceBreak }
    struct Piece {
        var kind: Kind
        var text: Substring
        var start: Int
        var end: Int
    }

    private let text: String
    private var index: String.UnicodeScalarView.Index
    private var offset = 0

    init(_ text: String) {
        self.text = text
        self.index = text.unicodeScalars.startIndex
    }

    mutating func next() -> Piece? {
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if CharacterNormalizer.isWordScalar(scalar) {
                return word()
            }
            let start = offset
            advance()
            switch scalar {
            case ".", "!", "?", "\n", "\u{2026}", "\u{061F}", "\u{3002}":
                return Piece(kind: .sentenceBreak, text: "", start: start, end: offset)
            case ",", ";", ":", "(", ")", "\u{060C}", "\u{061B}":
                return Piece(kind: .clauseBreak, text: "", start: start, end: offset)
            case "-", "\u{2013}", "\u{2014}", "\u{2212}":
                return Piece(kind: scalar == "\u{2014}" ? .clauseBreak : .dash, text: "", start: start, end: offset)
            default:
                continue
            }
        }
        return nil
    }

    private mutating func advance() {
        index = text.unicodeScalars.index(after: index)
        offset += 1
    }

    /// A run of word scalars, keeping apostrophes between letters ("don't") and decimal
    /// points between digits ("4.99").
    private mutating func word() -> Piece {
        let scalars = text.unicodeScalars
        let startIndex = index
        let start = offset
        var previous: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if CharacterNormalizer.isWordScalar(scalar) {
                previous = scalar
                advance()
                continue
            }
            let nextIndex = scalars.index(after: index)
            guard let prev = previous, nextIndex < scalars.endIndex else { break }
            let following = scalars[nextIndex]
            let joinsWord = CharacterNormalizer.isApostrophe(scalar) && CharacterNormalizer.isWordScalar(following)
            let joinsNumber = (scalar == "." || scalar == ",") && CharacterNormalizer.isDigit(prev)
                && CharacterNormalizer.isDigit(following)
            guard joinsWord || joinsNumber else { break }
            advance()
        }
        return Piece(kind: .word, text: Substring(text.unicodeScalars[startIndex..<index]), start: start, end: offset)
    }
}
