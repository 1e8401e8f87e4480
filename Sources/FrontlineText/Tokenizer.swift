import FrontlineModel

/// Splits text into normalised tokens for one language. Replies and phrase patterns go
/// through the same tokenizer, so every normalisation applies equally to both sides.
public struct Tokenizer: Sendable {
    /// The token that stands for a range between two numbers ("5-7", "5 to 7", "۵ تا ۷").
    public static let rangeToken = "–"

    public let language: String
    let normalizer: CharacterNormalizer
    let expansions: [String: [String]]
    let numbers: [String: Int]
    let canonical: [String: String]
    let negators: Set<String>
    let intensifiers: Set<String>
    let clauseBreaks: Set<String>

    public init(_ pack: LanguagePack) {
        let normalizer = CharacterNormalizer(foldDiacritics: pack.foldDiacritics)
        func norm(_ word: String) -> String { normalizer.normalize(Substring(word)) }
        self.language = pack.language
        self.normalizer = normalizer
        var expansions: [String: [String]] = [:]
        for (short, long) in pack.expansions {
            expansions[norm(short)] = long.split(separator: " ").map { normalizer.normalize($0) }
        }
        self.expansions = expansions
        var numbers: [String: Int] = [:]
        for (word, value) in pack.numberWords { numbers[norm(word)] = value }
        self.numbers = numbers
        var canonical: [String: String] = [:]
        for group in pack.equivalents {
            guard let first = group.first.map(norm) else { continue }
            for word in group.dropFirst() { canonical[norm(word)] = first }
        }
        for word in pack.rangeWords { canonical[norm(word)] = Tokenizer.rangeToken }
        self.canonical = canonical
        self.negators = Set(pack.negators.map(norm))
        self.intensifiers = Set(pack.intensifiers.map(norm))
        self.clauseBreaks = Set(pack.clauseBreaks.map(norm))
    }

    /// Normalises a single word the way tokens are normalised (for prefix patterns).
    public func normalizeWord(_ word: String) -> String {
        normalizer.normalize(Substring(word))
    }

    public func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 4)
        var pendingBreak = false
        var pendingSentence = false
        var pendingDash: (start: Int, end: Int)?
        for piece in RawPieces(text) {
            switch piece.kind {
            case .clauseBreak:
                pendingBreak = true
                pendingDash = nil
            case .sentenceBreak:
                pendingBreak = true
                pendingSentence = true
                pendingDash = nil
            case .dash:
                if tokens.last?.isNumber == true { pendingDash = (piece.start, piece.end) } else { pendingBreak = true }
            case .word:
                let isUpper = piece.text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 2
                    && piece.text == piece.text.uppercased() && piece.text != piece.text.lowercased()
                let base = normalizer.normalize(piece.text)
                let words = expansions[base] ?? [base]
                for (index, word) in words.enumerated() {
                    var token = makeToken(word, start: piece.start, end: piece.end)
                    token.originalIsUppercase = isUpper
                    if let dash = pendingDash, index == 0, token.isNumber {
                        tokens.append(Token(text: Tokenizer.rangeToken, start: dash.start, end: dash.end))
                    }
                    pendingDash = nil
                    if index == 0 && pendingBreak { token.clauseBreakBefore = true }
                    if index == 0 && pendingSentence { token.sentenceBreakBefore = true }
                    if let previous = tokens.last, clauseBreaks.contains(previous.text) { token.clauseBreakBefore = true }
                    if mergeCompoundNumber(&tokens, token) { continue }
                    tokens.append(token)
                }
                pendingBreak = false
                pendingSentence = false
            }
        }
        return tokens
    }

    private func makeToken(_ word: String, start: Int, end: Int) -> Token {
        var text = word
        var isNumber = word.unicodeScalars.allSatisfy { CharacterNormalizer.isDigit($0) || $0 == "." || $0 == "," }
            && word.unicodeScalars.first.map(CharacterNormalizer.isDigit) == true
        if !isNumber, let value = numbers[word] {
            text = String(value)
            isNumber = true
        }
        if !isNumber, let mapped = canonical[word] { text = mapped }
        return Token(text: text, start: start, end: end, isNumber: isNumber,
                     isNegator: negators.contains(word), isIntensifier: intensifiers.contains(word))
    }

    /// "twenty" "five" → "25".
    private func mergeCompoundNumber(_ tokens: inout [Token], _ token: Token) -> Bool {
        guard token.isNumber, !token.clauseBreakBefore, var last = tokens.last, last.isNumber,
              let tens = Int(last.text), let units = Int(token.text),
              tens >= 20, tens < 100, tens % 10 == 0, units > 0, units < 10,
              numbers.values.contains(units) else { return false }
        last.text = String(tens + units)
        last.end = token.end
        tokens[tokens.count - 1] = last
        return true
    }
}
